package main

import (
	"bufio"
	"fmt"
	"strings"

	"sitrep"
)

// writeText prints a report for a person: the article line, then one section
// per kind of record. An empty section says so.
func writeText(w *bufio.Writer, r *sitrep.Report) error {
	a := r.Article
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	fmt.Fprintf(w, "%s\n", title)
	var meta []string
	meta = append(meta, "id "+a.ID)
	switch {
	case a.Published.IsZero():
		meta = append(meta, "published: unknown")
	case a.PublishedInferred:
		meta = append(meta, "published "+a.Published.String()+" (inferred from the text)")
	default:
		meta = append(meta, "published "+a.Published.String())
	}
	if a.Source != "" {
		meta = append(meta, "source "+a.Source)
	}
	if a.URL != "" {
		meta = append(meta, a.URL)
	}
	meta = append(meta, plural(len(r.Sentences), "sentence"))
	fmt.Fprintf(w, "  %s\n", strings.Join(meta, " · "))

	section(w, "Quotes", len(r.Quotes), func(i int) string {
		q := r.Quotes[i]
		s := fmt.Sprintf("%q", q.Text)
		if !q.Direct {
			s = "(indirect) " + q.Text
		}
		if q.Speaker != nil {
			s += " — " + q.Speaker.Text
		}
		if q.Cue != "" {
			s += " (" + q.Cue + ")"
		}
		return s
	})
	section(w, "Claims", len(r.Claims), func(i int) string {
		c := r.Claims[i]
		n := fmt.Sprint(c.Min)
		if c.Max != nil {
			n += "–" + fmt.Sprint(*c.Max)
		}
		if c.Qualifier != "" {
			n = c.Qualifier + " " + n
		}
		s := c.Kind + ": " + n
		if c.Who != "" {
			s += " " + c.Who
		}
		if c.Place != nil {
			s += " in " + c.Place.Name
		}
		if c.Time != nil {
			s += " (" + c.Time.Value + ")"
		}
		if c.Source != nil {
			s += " — according to " + c.Source.Text
		}
		return s
	})
	section(w, "Times", len(r.Times), func(i int) string {
		t := r.Times[i]
		return fmt.Sprintf("%q → %s (%s)", t.Text, t.Value, t.Kind)
	})
	section(w, "Mentions", len(r.Mentions), func(i int) string {
		m := r.Mentions[i]
		s := fmt.Sprintf("%s [%s]", m.Text, m.Type)
		if m.Actor != nil {
			var parts []string
			for _, p := range []string{m.Actor.Name, m.Actor.Country, m.Actor.Sector, m.Actor.Role} {
				if p != "" {
					parts = append(parts, p)
				}
			}
			s += " actor " + strings.Join(parts, " ")
		}
		if m.Place != nil {
			s += fmt.Sprintf(" place %s, %s (%.2f, %.2f)", m.Place.Name, m.Place.Country, m.Place.Lat, m.Place.Lon)
		}
		return s
	})
	section(w, "Events", len(r.Events), func(i int) string {
		e := r.Events[i]
		s := fmt.Sprintf("%s %s", e.CAMEO, e.PLOVER)
		if e.Source != nil {
			s += " " + e.Source.Text
		}
		if e.Target != nil {
			s += " → " + e.Target.Text
		}
		if e.Date != "" {
			s += " on " + e.Date
		}
		if e.Mode != "" && e.Mode != "asserted" {
			s += " [" + e.Mode + "]"
		}
		return s
	})
	if len(r.Diagnostics) > 0 {
		section(w, "Problems", len(r.Diagnostics), func(i int) string {
			d := r.Diagnostics[i]
			return d.Stage + ": " + d.Message
		})
	}
	return nil
}

func section(w *bufio.Writer, name string, n int, line func(i int) string) {
	if n == 0 {
		fmt.Fprintf(w, "%s: none found\n", name)
		return
	}
	fmt.Fprintf(w, "%s (%d):\n", name, n)
	for i := range n {
		fmt.Fprintf(w, "  - %s\n", line(i))
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
