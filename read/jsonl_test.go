package read_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/read"
)

func TestJSONL(t *testing.T) {
	lines := []string{
		`{"id":"a1","title":"Flood in Derna","body":"Dams collapsed.\r\nThousands missing.","url":"https://x.example/a1","source":"Wire","published":"2023-09-12"}`,
		`{"title":"Quake","text":"A quake struck.","published":"2015-04-25T06:11:00Z"}`,
		``,
		`{"content":"Ship freed.","published":"Mon, 29 Mar 2021 14:40:00 GMT"}`,
		`{"body":"Rescue ended.","published":"2010-10-14T02:15:00-03:00"}`,
		`{"title":"no body"}`,
		`not json at all`,
		`{"body": 42}`,
		`{"body":"Date unknown.","published":"sometime"}`,
		"{\"body\":\"Caf\xe9\"}",
		`{"body":"Truncated line`,
	}
	type want struct {
		where, id, title, body, source, url string
		published                           sitrep.Date
		err                                 string // part of the error message
		diags                               int
	}
	wants := []want{
		{where: ":1", id: "a1", title: "Flood in Derna", body: "Dams collapsed.\nThousands missing.", source: "Wire", url: "https://x.example/a1", published: sitrep.NewDate(2023, 9, 12)},
		{where: ":2", title: "Quake", body: "A quake struck.", source: "opt", published: sitrep.NewDate(2015, 4, 25)},
		{where: ":4", body: "Ship freed.", source: "opt", published: sitrep.NewDate(2021, 3, 29)},
		{where: ":5", body: "Rescue ended.", source: "opt", published: sitrep.NewDate(2010, 10, 14)},
		{where: ":6", err: "no body"},
		{where: ":7", err: "not a JSON object"},
		{where: ":8", err: `field "body" must be a string`},
		{where: ":9", body: "Date unknown.", source: "opt", published: sitrep.NewDate(1999, 1, 2), diags: 1},
		{where: ":10", body: "Caf\ufffd", source: "opt", published: sitrep.NewDate(1999, 1, 2), diags: 1},
		{where: ":11", err: "bad JSON"},
	}
	dir := t.TempDir()
	p := MustWrite(t, dir, "articles.jsonl", []byte(strings.Join(lines, "\n")))
	items := MustItems(t, read.New(read.Options{Source: "opt", Published: sitrep.NewDate(1999, 1, 2)}), p)
	if got, want := len(items), len(wants); got != want {
		t.Fatalf("items = %d, want %d", got, want)
	}
	for i, w := range wants {
		it := items[i]
		if got, want := it.Where, p+w.where; got != want {
			t.Errorf("item %d: where = %q, want %q", i, got, want)
		}
		if w.err != "" {
			if it.Err == nil || !strings.Contains(it.Err.Error(), w.err) || !strings.Contains(it.Err.Error(), p+w.where+":") {
				t.Errorf("%s: err = %v, want one naming the line and %q", it.Where, it.Err, w.err)
			}
			if got, want := sitrep.ErrorCode(it.Err), sitrep.EINVALID; got != want {
				t.Errorf("%s: code = %q, want %q", it.Where, got, want)
			}
			continue
		}
		if it.Err != nil {
			t.Errorf("%s: %v", it.Where, it.Err)
			continue
		}
		a := it.Article
		id := w.id
		if id == "" {
			id = sitrep.ArticleID(w.body)
		}
		if got, want := a.ID, id; got != want {
			t.Errorf("%s: id = %q, want %q", it.Where, got, want)
		}
		if got, want := a.Title, w.title; got != want {
			t.Errorf("%s: title = %q, want %q", it.Where, got, want)
		}
		if got, want := a.Body, w.body; got != want {
			t.Errorf("%s: body = %q, want %q", it.Where, got, want)
		}
		if got, want := a.Source, w.source; got != want {
			t.Errorf("%s: source = %q, want %q", it.Where, got, want)
		}
		if got, want := a.URL, w.url; got != want {
			t.Errorf("%s: url = %q, want %q", it.Where, got, want)
		}
		if got, want := a.Published, w.published; got != want {
			t.Errorf("%s: published = %v, want %v", it.Where, got, want)
		}
		if got, want := len(it.Diagnostics), w.diags; got != want {
			t.Errorf("%s: diagnostics = %v, want %d", it.Where, it.Diagnostics, want)
		}
	}
}

// TestJSONLLongLine checks that a line above the 16 MB limit is one error and
// the lines around it are read.
func TestJSONLLongLine(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"body":"before"}` + "\n")
	b.WriteString(`{"body":"`)
	b.Write(bytes.Repeat([]byte("x"), read.MaxLineSize+10))
	b.WriteString(`"}` + "\n")
	b.WriteString(`{"body":"after"}` + "\n")
	p := MustWrite(t, t.TempDir(), "long.ndjson", b.Bytes())
	items := MustItems(t, read.New(read.Options{}), p)
	if got, want := len(items), 3; got != want {
		t.Fatalf("items = %d, want %d", got, want)
	}
	if got, want := items[0].Article.Body, "before"; got != want {
		t.Errorf("body 1 = %q, want %q", got, want)
	}
	if err := items[1].Err; err == nil || !strings.Contains(err.Error(), "line too long") || !strings.Contains(err.Error(), ":2:") {
		t.Errorf("item 2: err = %v, want line too long on line 2", err)
	}
	if got, want := items[2].Article.Body, "after"; got != want {
		t.Errorf("body 3 = %q, want %q", got, want)
	}
}

func TestEachStops(t *testing.T) {
	p := MustWrite(t, t.TempDir(), "three.jsonl", []byte("{\"body\":\"a\"}\n{\"body\":\"b\"}\n{\"body\":\"c\"}\n"))
	r := read.New(read.Options{})
	ins, err := r.Expand([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	stop := errors.New("stop")
	calls := 0
	err = r.Each(context.Background(), ins[0], func(read.Item) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if got, want := err, stop; got != want {
		t.Errorf("err = %v, want %v", got, want)
	}
	if got, want := calls, 2; got != want {
		t.Errorf("calls = %d, want %d", got, want)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got, want := r.Each(ctx, ins[0], func(read.Item) error { return nil }), context.Canceled; got != want {
		t.Errorf("canceled: err = %v, want %v", got, want)
	}
}

// TestConcurrent reads the test pages from several goroutines with one
// Reader; run with -race.
func TestConcurrent(t *testing.T) {
	r := read.New(read.Options{})
	ins, err := r.Expand([]string{"testdata/html"})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, in := range ins {
		wg.Add(1)
		go func() {
			defer wg.Done()
			items, err := r.All(context.Background(), in)
			if err != nil || len(items) != 1 || items[0].Err != nil {
				t.Errorf("%s: %v %v", in, err, items)
			}
		}()
	}
	wg.Wait()
}
