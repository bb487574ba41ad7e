package read_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/read"
)

func TestHTML(t *testing.T) {
	tests := []struct {
		file      string
		title     string
		url       string
		source    string
		published sitrep.Date
		first     string   // first line of the body
		lines     int      // paragraphs
		without   []string // boilerplate that must not be in the body
	}{
		{file: "suez.html", title: "Container ship freed from Suez Canal after six days",
			url: "https://ledger.example.org/world/2021/03/29/suez-ship-freed", source: "Harbour Ledger",
			published: sitrep.NewDate(2021, 3, 29), lines: 5,
			first:   "Salvage crews refloated the giant container ship Ever Given on Monday, reopening one of the world's busiest trade routes after the vessel had been wedged across the Suez Canal for almost a week.",
			without: []string{"Cheap flights", "premium trading", "Related stories", "tug crews", "newsletter", "Privacy", "cookies"}},
		{file: "chile.html", title: "Last of 33 Chilean miners lifted to surface",
			url: "https://andesdaily.example.com/2010/10/14/miners-rescued", source: "Andes Daily",
			published: sitrep.NewDate(2010, 10, 14), lines: 5,
			first:   "COPIAPO, Chile – The shift foreman Luis Urzua became the last of the 33 trapped miners to reach the surface on Wednesday night, ending an ordeal that had kept the men underground for 69 days.",
			without: []string{"READ MORE", "Viva Chile", "Most read", "Refinance", "Log in"}},
		{file: "nepal.html", title: "Nepal quake death toll passes 7,000",
			url: "http://himalayawire.example.net/story/nepal-quake-toll", source: "Himalaya Wire",
			published: sitrep.NewDate(2015, 5, 3),
			first:     "The number of people confirmed dead in the earthquake that struck Nepal eight days ago rose above 7,000 on Sunday, the home ministry said, as relief teams reached remote villages for the first time.",
			without:   []string{"Front page", "Everest climbers", "Trekking tours", "live updates"}},
		{file: "aleppo.html", title: "Evacuation of eastern Aleppo begins as ceasefire holds",
			source: "The Levant Monitor", published: sitrep.NewDate(2016, 12, 15),
			first:   "Buses and ambulances leave the last rebel-held districts of the city under a deal brokered by Russia and Turkey.",
			without: []string{"Mosul", "Praying", "Skip to content", "LIVE:", "Donate"}},
	}
	r := read.New(read.Options{Source: "fallback", Published: sitrep.NewDate(2000, 1, 1)})
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			it := MustArticle(t, r, "testdata/html/"+tt.file)
			a := it.Article
			if got, want := a.Title, tt.title; got != want {
				t.Errorf("title = %q, want %q", got, want)
			}
			if got, want := a.URL, tt.url; got != want {
				t.Errorf("url = %q, want %q", got, want)
			}
			if got, want := a.Source, tt.source; got != want {
				t.Errorf("source = %q, want %q", got, want)
			}
			if got, want := a.Published, tt.published; got != want {
				t.Errorf("published = %v, want %v", got, want)
			}
			if a.PublishedInferred {
				t.Errorf("published date marked inferred")
			}
			lines := strings.Split(a.Body, "\n")
			if got, want := lines[0], tt.first; got != want {
				t.Errorf("first line = %q, want %q", got, want)
			}
			if tt.lines > 0 && len(lines) != tt.lines {
				t.Errorf("body has %d lines, want %d:\n%s", len(lines), tt.lines, a.Body)
			}
			for _, w := range tt.without {
				if strings.Contains(a.Body, w) {
					t.Errorf("body holds boilerplate %q", w)
				}
			}
			if len(it.Diagnostics) != 0 {
				t.Errorf("diagnostics = %v", it.Diagnostics)
			}
		})
	}
}

func TestHTMLMalformed(t *testing.T) {
	dir := t.TempDir()
	r := read.New(read.Options{})
	page := `<!DOCTYPE html><html><head><title>Dam bursts in Libya</title>
<meta property="article:published_time" content="yesterday at noon"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Dam bursts in Libya</h1>
<p>Floodwater swept through the city of Derna after two dams collapsed during a storm.</p>
<p>Thousands of people were reported missing, and whole districts were washed into the sea.</p>
<p>Rescue teams struggled to reach the city because roads and bridges had been destroyed`

	t.Run("Truncated", func(t *testing.T) {
		p := MustWrite(t, dir, "cut.html", []byte(page))
		it := MustArticle(t, r, p)
		if got, want := it.Article.Title, "Dam bursts in Libya"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
		lines := strings.Split(it.Article.Body, "\n")
		if got, want := len(lines), 3; got != want {
			t.Fatalf("body has %d lines, want %d: %q", got, want, it.Article.Body)
		}
		if got, want := lines[2], "Rescue teams struggled to reach the city because roads and bridges had been destroyed"; got != want {
			t.Errorf("last line = %q, want %q", got, want)
		}
		if got, want := len(it.Diagnostics), 1; got != want {
			t.Errorf("diagnostics = %v, want one for the bad date", it.Diagnostics)
		}
	})
	t.Run("TextFileHoldingHTML", func(t *testing.T) {
		p := MustWrite(t, dir, "page.txt", []byte(page))
		it := MustArticle(t, r, p)
		if strings.Contains(it.Article.Body, "<p>") {
			t.Errorf("a .txt holding HTML was read as text: %q", it.Article.Body)
		}
	})
	t.Run("Charset", func(t *testing.T) {
		latin := "<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head><body><p>S\xe3o Paulo</p></body></html>"
		p := MustWrite(t, dir, "latin.html", []byte(latin))
		it := MustArticle(t, r, p)
		if got, want := it.Article.Body, "São Paulo"; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
		if got, want := it.Article.Title, "Café"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
	})
	t.Run("InvalidUTF8", func(t *testing.T) {
		p := MustWrite(t, dir, "bad.html", []byte("<html><body><p>Caf\xe9 \xff</p></body></html>"))
		it := MustArticle(t, r, p)
		if got, want := it.Article.Body, "Caf\ufffd \ufffd"; got != want {
			t.Errorf("body = %q, want %q", got, want)
		}
		if got, want := len(it.Diagnostics), 1; got != want {
			t.Errorf("diagnostics = %v, want %d", it.Diagnostics, want)
		}
	})
	t.Run("ErrNoText", func(t *testing.T) {
		p := MustWrite(t, dir, "empty.html", []byte("<html><head><title>x</title></head><body><script>var a;</script></body></html>"))
		MustError(t, r, p, sitrep.EINVALID)
	})
}
