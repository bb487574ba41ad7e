package read_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/read"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
 <title>Coastal Courier</title>
 <link>https://courier.example.com/</link>
 <description>News from the coast</description>
 <item>
  <title>Storm &amp; floods hit coast</title>
  <link>https://courier.example.com/storm</link>
  <description>Short summary only.</description>
  <content:encoded><![CDATA[<p>Heavy rain flooded the harbour on Sunday.</p><p>Two fishermen were <b>missing</b>,<br>officials said.</p><script>x()</script>]]></content:encoded>
  <pubDate>Mon, 04 Sep 2023 08:00:00 GMT</pubDate>
 </item>
 <item>
  <title>Ferry service resumes</title>
  <link>/ferry</link>
  <description>Ferries ran again on 5 September 2023 after the storm.</description>
  <pubDate>the day after the storm</pubDate>
 </item>
 <item>
  <title>Empty</title>
 </item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
 <title>Mountain Post</title>
 <link href="https://mountain.example.org/"/>
 <updated>2015-04-26T10:00:00Z</updated>
 <entry>
  <title>Aftershocks rattle Kathmandu</title>
  <link href="https://mountain.example.org/aftershocks"/>
  <id>tag:mountain.example.org,2015:1</id>
  <published>2015-04-26T09:00:00+05:45</published>
  <updated>2015-04-26T10:00:00Z</updated>
  <content type="html">&lt;p&gt;A strong aftershock shook the capital.&lt;/p&gt;&lt;p&gt;People slept outdoors.&lt;/p&gt;</content>
 </entry>
</feed>`

const jsonFeed = `{"version":"https://jsonfeed.org/version/1.1","title":"Harbour Ledger","home_page_url":"https://ledger.example.org/",
"items":[{"id":"1","url":"https://ledger.example.org/suez","title":"Ship freed","content_text":"The Ever Given was refloated.\nTraffic resumed.","date_published":"2021-03-29T16:40:00+02:00"}]}`

func TestFeed(t *testing.T) {
	type want struct {
		where, title, body, url, source string
		published                       sitrep.Date
		inferred                        bool
		diags                           int
		err                             string
	}
	tests := []struct {
		name  string
		file  string
		data  string
		wants []want
	}{
		{name: "RSS", file: "news.rss", data: rssFeed, wants: []want{
			{where: "#item 1", title: "Storm & floods hit coast", body: "Heavy rain flooded the harbour on Sunday.\nTwo fishermen were missing,\nofficials said.",
				url: "https://courier.example.com/storm", source: "Coastal Courier", published: sitrep.NewDate(2023, 9, 4)},
			{where: "#item 2", title: "Ferry service resumes", body: "Ferries ran again on 5 September 2023 after the storm.",
				url: "https://courier.example.com/ferry", source: "Coastal Courier", published: sitrep.NewDate(2023, 9, 5), inferred: true, diags: 1},
			{where: "#item 3", err: "no content"},
		}},
		{name: "Atom", file: "feed.xml", data: atomFeed, wants: []want{
			{where: "#item 1", title: "Aftershocks rattle Kathmandu", body: "A strong aftershock shook the capital.\nPeople slept outdoors.",
				url: "https://mountain.example.org/aftershocks", source: "Mountain Post", published: sitrep.NewDate(2015, 4, 26)},
		}},
		{name: "JSONFeed", file: "feed.json", data: jsonFeed, wants: []want{
			{where: "#item 1", title: "Ship freed", body: "The Ever Given was refloated.\nTraffic resumed.",
				url: "https://ledger.example.org/suez", source: "Harbour Ledger", published: sitrep.NewDate(2021, 3, 29)},
		}},
	}
	dir := t.TempDir()
	r := read.New(read.Options{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := MustWrite(t, dir, tt.file, []byte(tt.data))
			items := MustItems(t, r, p)
			if got, want := len(items), len(tt.wants); got != want {
				t.Fatalf("items = %d, want %d", got, want)
			}
			for i, w := range tt.wants {
				it := items[i]
				if got, want := it.Where, p+w.where; got != want {
					t.Errorf("where = %q, want %q", got, want)
				}
				if w.err != "" {
					if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) || !strings.Contains(it.Err.Error(), it.Where) {
						t.Errorf("%s: err = %v, want %q", it.Where, it.Err, w.err)
					}
					continue
				}
				if it.Err != nil {
					t.Fatalf("%s: %v", it.Where, it.Err)
				}
				a := it.Article
				if got, want := a.Title, w.title; got != want {
					t.Errorf("%s: title = %q, want %q", it.Where, got, want)
				}
				if got, want := a.Body, w.body; got != want {
					t.Errorf("%s: body = %q, want %q", it.Where, got, want)
				}
				if got, want := a.URL, w.url; got != want {
					t.Errorf("%s: url = %q, want %q", it.Where, got, want)
				}
				if got, want := a.Source, w.source; got != want {
					t.Errorf("%s: source = %q, want %q", it.Where, got, want)
				}
				if got, want := a.Published, w.published; got != want {
					t.Errorf("%s: published = %v, want %v", it.Where, got, want)
				}
				if got, want := a.PublishedInferred, w.inferred; got != want {
					t.Errorf("%s: inferred = %v, want %v", it.Where, got, want)
				}
				if got, want := len(it.Diagnostics), w.diags; got != want {
					t.Errorf("%s: diagnostics = %v, want %d", it.Where, it.Diagnostics, want)
				}
			}
		})
	}
	t.Run("ErrJSONArray", func(t *testing.T) {
		p := MustWrite(t, dir, "list.json", []byte(`[{"body":"x"}]`))
		MustError(t, r, p, sitrep.EUNSUPPORTED)
	})
	t.Run("JSONLinesInJSON", func(t *testing.T) {
		p := MustWrite(t, dir, "lines.json", []byte(`{"body":"x"}`+"\n"+`{"body":"y"}`))
		if got, want := len(MustItems(t, r, p)), 2; got != want {
			t.Errorf("items = %d, want %d", got, want)
		}
	})
	t.Run("OneJSONObject", func(t *testing.T) {
		p := MustWrite(t, dir, "one.json", []byte("{\n  \"title\": \"T\",\n  \"body\": \"x\"\n}\n"))
		it := MustArticle(t, r, p)
		if got, want := it.Article.Title, "T"; got != want {
			t.Errorf("title = %q, want %q", got, want)
		}
	})
	t.Run("ErrNotAFeed", func(t *testing.T) {
		p := MustWrite(t, dir, "data.xml", []byte(`<?xml version="1.0"?><inventory><part id="1"/></inventory>`))
		MustError(t, r, p, sitrep.EUNSUPPORTED)
	})
}
