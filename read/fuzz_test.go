package read_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"unicode/utf8"

	"sitrep/read"
)

// fuzzRead reads data as the given format through standard input and checks
// that every article has a valid UTF-8 body and an id, and every failure an
// error.
func fuzzRead(t *testing.T, data []byte, name string, f read.Format) {
	r := read.New(read.Options{Stdin: bytes.NewReader(data)})
	in := read.Input{Name: name, Kind: read.KindStdin, Format: f}
	err := r.Each(context.Background(), in, func(it read.Item) error {
		if it.Err != nil {
			return nil
		}
		a := it.Article
		if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
			t.Fatalf("%s: invalid UTF-8 in %q / %q", it.Where, a.Title, a.Body)
		}
		if a.Body == "" || a.ID == "" {
			t.Fatalf("%s: article without body or id: %+v", it.Where, a)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// addFiles adds the test pages to a fuzz corpus.
func addFiles(f *testing.F, paths ...string) {
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("Headline here\n\nStory on Dec. 8, 2016.\r\n"))
	f.Add([]byte("\xef\xbb\xbf\xff\xfeCaf\xe9\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "fuzz.txt", read.FormatText) })
}

func FuzzHTML(f *testing.F) {
	addFiles(f, "testdata/html/suez.html", "testdata/html/chile.html")
	f.Add([]byte(`<html><head><script type="application/ld+json">[{"@graph":[{"@type":["NewsArticle"],"publisher":[{"name":"X"}]}]}]</script></head><body><p>a<br>b`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "fuzz.html", read.FormatHTML) })
}

func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"1","title":"T","body":"B","published":"2016-12-08"}` + "\n" + `{"text":"x"}` + "\nnot json\n"))
	f.Add([]byte("{\"content\":\"\xe9\",\"published\":\"Thu, 08 Dec 2016 10:00:00 GMT\"}\r\n\n"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "fuzz.jsonl", read.FormatJSONL) })
}

func FuzzFeed(f *testing.F) {
	f.Add([]byte(rssFeed))
	f.Add([]byte(atomFeed))
	f.Add([]byte(jsonFeed))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, data, "fuzz.xml", read.FormatFeed) })
}
