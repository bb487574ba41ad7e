package quotes_test

import (
	"fmt"
	"testing"

	"sitrep/postag"
	"sitrep/quotes"
	"sitrep/segment"
)

func TestZZTagged(t *testing.T) {
	text := readSeed(t)
	tg, err := postag.Default()
	if err != nil {
		t.Skip(err)
	}
	s := segment.Split(text)
	plain := quotes.Find(text, s, nil)
	for i := range s {
		tg.Tag(s[i].Tokens)
	}
	tagged := quotes.Find(text, s, nil)
	a := map[string]bool{}
	for _, q := range plain {
		a[render(q)] = true
	}
	b := map[string]bool{}
	for _, q := range tagged {
		b[render(q)] = true
		if !a[render(q)] {
			fmt.Println("+", render(q))
		}
	}
	for _, q := range plain {
		if !b[render(q)] {
			fmt.Println("-", render(q))
		}
	}
}
