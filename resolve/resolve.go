// Package resolve links entity mentions to actors and places: people to the
// office they held on the article's date ("Kerry" in 2016 is John Kerry,
// USA GOV, Secretary of State), organizations and metonyms to their codes
// ("the Kremlin said" is RUS GOV), and places to GeoNames features through
// the geocoder.
//
// FindMentions finds mentions with the statistical recognizer of package
// ner and by dictionary (the longest run of tokens that names an actor or a
// place, demonyms, known surnames and capitalised names after a title), and
// merges the two: the dictionaries give actor codes, the recognizer adds
// the names they miss and corrects spans and types.
package resolve

import (
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"sitrep"
	"sitrep/actors"
	"sitrep/gazetteer"
	"sitrep/geocode"
	"sitrep/ner"
	"sitrep/postag"
)

// Resolver links mentions using one gazetteer and one actor dictionary. It
// is immutable and safe for concurrent use.
type Resolver struct {
	gaz  *gazetteer.Gazetteer
	dict *actors.Dict
	geo  *geocode.Geocoder
	rec  *ner.Recognizer      // nil: dictionary mentions only
	tag  func([]sitrep.Token) // tags sentences that come untagged
}

// New returns a Resolver over gaz and dict that finds mentions by
// dictionary only; see WithRecognizer.
func New(gaz *gazetteer.Gazetteer, dict *actors.Dict) *Resolver {
	return &Resolver{gaz: gaz, dict: dict, geo: geocode.New(gaz, geocode.Options{})}
}

// WithRecognizer returns a copy of r whose FindMentions merges the names
// rec finds with the dictionary's. Sentences whose tokens carry no tags are
// tagged with tag first (on a copy); tag may be nil.
func (r *Resolver) WithRecognizer(rec *ner.Recognizer, tag func([]sitrep.Token)) *Resolver {
	c := *r
	c.rec, c.tag = rec, tag
	return &c
}

// WithActors returns a copy of r whose dictionary is r's merged with d:
// d's entries are added, and the rows of an id d defines replace ours.
func (r *Resolver) WithActors(d *actors.Dict) *Resolver {
	c := *r
	c.dict = r.dict.Merge(d)
	return &c
}

var (
	defaultOnce sync.Once
	defaultRes  *Resolver
	defaultErr  error
)

// Default returns the Resolver over the embedded gazetteer, actor
// dictionary and recognizer, loading them on first use.
func Default() (*Resolver, error) {
	defaultOnce.Do(func() {
		// the gazetteer and the actors are independent: load them at once
		var (
			wg           sync.WaitGroup
			gaz          *gazetteer.Gazetteer
			dict         *actors.Dict
			gazErr, dErr error
		)
		wg.Go(func() {
			gaz, gazErr = gazetteer.Default()
			if gazErr == nil {
				// Parse the minor places now, beside the actors, not
				// in the middle of the first article (without them
				// the geocoder only knows fewer places).
				_ = gaz.MinorErr()
			}
		})
		wg.Go(func() { dict, dErr = actors.Default() })
		wg.Wait()
		if defaultErr = errors.Join(gazErr, dErr); defaultErr != nil {
			return
		}
		defaultRes = New(gaz, dict)
		// Without the recognizer or the tagger, mentions come from the
		// dictionaries alone (their own tests report the failure).
		rec, err := ner.Default()
		if err != nil {
			return
		}
		tagger, err := postag.Default()
		if err != nil {
			return
		}
		defaultRes = defaultRes.WithRecognizer(rec, tagger.Tag)
	})
	return defaultRes, defaultErr
}

// FindMentions finds mentions with the default Resolver; it returns nil if
// the embedded data cannot be loaded.
func FindMentions(body string, sentences []sitrep.Sentence) []sitrep.Mention {
	r, err := Default()
	if err != nil {
		return nil
	}
	return r.FindMentions(body, sentences)
}

// Resolve resolves mentions with the default Resolver. See
// Resolver.Resolve.
func Resolve(body string, mentions []sitrep.Mention, published sitrep.Date) sitrep.Diagnostics {
	r, err := Default()
	if err != nil {
		var d sitrep.Diagnostics
		d.Add(sitrep.Span{}, "resolve", "cannot load the embedded data: %v", err)
		return d
	}
	return r.Resolve(body, mentions, published)
}

// Resolve sets the Actor and Place of each mention in place, using the
// publication date published to choose the role a person held (zero: any).
// Mentions it cannot link are reported as diagnostics, not errors. Spans
// are code points into body.
func (r *Resolver) Resolve(body string, mentions []sitrep.Mention, published sitrep.Date) sitrep.Diagnostics {
	var diags sitrep.Diagnostics
	off := sitrep.NewOffsets(body)
	art := article{known: map[string]*sitrep.Actor{}, countries: map[string]bool{}}
	// Full names first, so that a surname before its full name still links;
	// lone names of people last, once the article's countries are known.
	order := make([]int, 0, len(mentions))
	for pass := 0; pass < 3; pass++ {
		for i := range mentions {
			m := &mentions[i]
			p := 1
			switch {
			case strings.Contains(strings.TrimSpace(m.Text), " "):
				p = 0
			case m.Type == "PERSON":
				p = 2
			}
			if p == pass {
				order = append(order, i)
			}
		}
	}
	for _, i := range order {
		m := &mentions[i]
		if m.Text == "" {
			m.Text = off.Slice(m.Span)
		}
		m.Actor = r.actorOf(body, off, m, published, &art)
		if m.Actor != nil && m.Actor.Country != "" && !(m.Type == "PERSON" && !strings.Contains(strings.TrimSpace(m.Text), " ")) {
			// Lone surnames, resolved last, do not add to the countries
			// the others read: "Lavrov" linked must not push "Kerry"
			// out.
			art.countries[m.Actor.Country] = true
		}
	}
	// Places, all at once so that they inform each other.
	var tops []geocode.Toponym
	var idx []int
	for i := range mentions {
		switch mentions[i].Type {
		case "GPE", "LOC", "FAC":
			t := geocode.Toponym{Span: mentions[i].Span, Text: mentions[i].Text}
			if a := mentions[i].Actor; a != nil {
				t.Hint = a.Country
			}
			tops = append(tops, t)
			idx = append(idx, i)
		}
	}
	for k, res := range r.geo.Locate(body, tops) {
		if res.Feature == nil || res.Guess {
			continue
		}
		m := &mentions[idx[k]]
		m.Place = r.geo.Place(res)
		if m.Actor == nil && m.Type == "GPE" {
			// A town or region stands for its country as an actor, as
			// the dictionary's capitals and big cities do ("jets bombed
			// Kafr Nabl": the target is in Syria).
			if c := r.gaz.Country(res.Feature.Country); c != nil {
				m.Actor = &sitrep.Actor{ID: strings.ToLower(c.ISO3), Name: c.Name, Country: c.ISO3}
			}
		}
	}
	for i := range mentions {
		m := &mentions[i]
		if m.Actor == nil && m.Place == nil && m.Type != "EVENT" {
			diags.Add(m.Span, "resolve", "unresolved %s %q", m.Type, m.Text)
		}
	}
	return diags
}

// actorOf finds the actor of one mention.
func (r *Resolver) actorOf(body string, off *sitrep.Offsets, m *sitrep.Mention, on sitrep.Date, art *article) *sitrep.Actor {
	text := cleanName(m.Text)
	key := gazetteer.Fold(text)
	if key == "" {
		return nil
	}
	if m.Type == "PERSON" {
		return r.personOf(body, off, m, key, on, art)
	}
	if a := r.lookup(key, on, m.Type); a != nil {
		return a
	}
	if k, ok := strings.CutPrefix(key, "the "); ok {
		if a := r.lookup(k, on, m.Type); a != nil {
			return a
		}
	}
	if c := r.gaz.Demonym(key); c != nil {
		return &sitrep.Actor{ID: strings.ToLower(c.ISO3), Name: c.Name, Country: c.ISO3}
	}
	if m.Type == "ORG" {
		if a := r.composed(body, off, m); a != nil {
			return a
		}
	}
	if m.Type == "GPE" {
		for _, e := range r.gaz.LookupKey(key) {
			if ft := r.gaz.Feature(e.Feature); ft.IsCountry() {
				if c := r.gaz.Country(ft.Country); c != nil {
					return &sitrep.Actor{ID: strings.ToLower(c.ISO3), Name: c.Name, Country: c.ISO3}
				}
			}
		}
	}
	return nil
}

// composed codes an organization the dictionary does not name from its
// words: a country or demonym for the country (in the name or just before
// it), a generic word (ministry, army, police) for the sector: "Russia's
// Defense Ministry" is RUS GOV.
func (r *Resolver) composed(body string, off *sitrep.Offsets, m *sitrep.Mention) *sitrep.Actor {
	text := m.Text
	words := strings.Fields(text)
	country, sector := "", ""
	start := off.Byte(m.Start)
	if before := strings.Fields(body[max(0, start-40):start]); len(before) > 0 {
		w := cleanName(strings.Trim(before[len(before)-1], ",;:()\"“”"))
		country = r.countryOf(gazetteer.Fold(w))
	}
	for i, w := range words {
		w = cleanName(strings.Trim(w, ",;:()\"“”"))
		k := gazetteer.Fold(w)
		if k == "" {
			continue
		}
		if country == "" && i < len(words)-1 {
			if c := r.countryOf(k); c != "" {
				country = c
				continue
			}
		}
		for _, id := range r.dict.LookupKey(k) {
			if e, ok := r.dict.Best(id, sitrep.Date{}); ok && e.Kind == actors.KindAgent && e.Sector != "" {
				sector = e.Sector
			}
		}
	}
	if country == "" || sector == "" {
		return nil
	}
	return &sitrep.Actor{Name: text, Country: country, Sector: sector}
}

// countryOf returns the ISO3 code of the country a folded word names or
// whose people it names, or "".
func (r *Resolver) countryOf(key string) string {
	if c := r.gaz.Demonym(key); c != nil {
		return c.ISO3
	}
	for _, id := range r.dict.LookupKey(key) {
		if r.dict.Kind(id) == actors.KindCountry {
			if e, ok := r.dict.Best(id, sitrep.Date{}); ok && e.Country != "" {
				return e.Country
			}
		}
	}
	return ""
}

// lookup returns the first actor named key that is not a generic agent and
// suits a mention of type typ.
func (r *Resolver) lookup(key string, on sitrep.Date, typ string) *sitrep.Actor {
	for _, id := range r.dict.LookupKey(key) {
		kind := r.dict.Kind(id)
		if kind == actors.KindAgent || typ != "PERSON" && kind == actors.KindPerson && !strings.Contains(key, " ") {
			continue
		}
		if a := r.dict.Actor(id, on); a != nil {
			return a
		}
	}
	return nil
}

// article is what resolution has learnt of one article so far.
type article struct {
	known     map[string]*sitrep.Actor // folded surname -> actor of a full name in this article, nil if none
	countries map[string]bool          // countries of the actors resolved so far
}

// personOf links a person by full name, by name after titles, by a
// surname already seen in full in the article, by a surname in the
// dictionary whose bearer held a role that day in a country the article
// names, or, failing those, codes an unknown person from the title and
// demonym written before the name.
func (r *Resolver) personOf(body string, off *sitrep.Offsets, m *sitrep.Mention, key string, on sitrep.Date, art *article) *sitrep.Actor {
	name := stripTitles(key)
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	full := last != name
	if !full {
		if a, ok := art.known[last]; ok {
			if a == nil {
				return r.titled(body, off, m)
			}
			c := *a
			return &c
		}
	}
	a := r.personByName(key, name, last, full, on, art.countries, compound(body, off, m))
	if a == nil {
		a = r.titled(body, off, m)
	}
	if full {
		art.known[last] = a
	}
	return a
}

// personByName looks a person up by the name as written, without titles,
// and for a lone surname by the dictionary's bearers of it who held a role
// that day, preferring one whose country the article names, and never
// as the first half of a compound such as "Arab-Kurdish". (A surname that
// is also a common adjective, "Christian", "Arab", is kept from being a
// person in the first place: FindMentions drops a lone person the tagger
// calls an adjective.)
func (r *Resolver) personByName(key, name, last string, full bool, on sitrep.Date, countries map[string]bool, compound bool) *sitrep.Actor {
	for _, k := range []string{key, name} {
		for _, id := range r.dict.LookupKey(k) {
			if r.dict.Kind(id) != actors.KindPerson {
				continue
			}
			if a := r.dict.Actor(id, on); a != nil {
				return a
			}
		}
	}
	fallback := ""
	for _, id := range r.dict.Surname(last) {
		e, ok := r.dict.Best(id, on)
		if !ok || !e.Valid(on) || !e.Dated() || strings.HasPrefix(e.Role, "former ") {
			continue
		}
		// A full name must be part of the bearer's: Suu Kyi, not
		// Jill Biden.
		if full && !wordsOf(name, gazetteer.Fold(e.Name)) {
			continue
		}
		if full || countries[e.Country] && !compound {
			return r.dict.Actor(id, on)
		}
		if fallback == "" && !compound {
			fallback = id
		}
	}
	if fallback != "" {
		return r.dict.Actor(fallback, on)
	}
	return nil
}

// compound reports whether the mention is joined by a hyphen to a word
// after it, as a modifier is: "Arab-Kurdish", "Kerry-era".
func compound(body string, off *sitrep.Offsets, m *sitrep.Mention) bool {
	rest := body[off.Byte(m.End):]
	if len(rest) < 2 || rest[0] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLetter(r)
}

// wordsOf reports whether every word of name is a word of full.
func wordsOf(name, full string) bool {
	words := strings.Fields(full)
	for w := range strings.FieldsSeq(name) {
		if !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// titled codes an unknown person from the words before the mention:
// "Syrian Foreign Minister X" is SYR GOV, role Foreign Minister.
func (r *Resolver) titled(body string, off *sitrep.Offsets, m *sitrep.Mention) *sitrep.Actor {
	start := off.Byte(m.Start)
	from := max(0, start-60)
	for from > 0 && from < start && body[from]&0xC0 == 0x80 {
		from++
	}
	words := strings.Fields(body[from:start])
	var role []string
	country := ""
	for i := len(words) - 1; i >= 0 && len(role) < 4; i-- {
		w := strings.Trim(words[i], ",;:()\"“”")
		k := gazetteer.Fold(w)
		if c := r.gaz.Demonym(k); c != nil {
			country = c.ISO3
			break
		}
		if !titleWords[k] {
			break
		}
		role = append([]string{w}, role...)
	}
	if len(role) == 0 {
		return nil
	}
	title := strings.Join(role, " ")
	sector := ""
	for _, id := range r.dict.LookupKey(gazetteer.Fold(title)) {
		if e, ok := r.dict.Best(id, sitrep.Date{}); ok && e.Kind == actors.KindAgent {
			sector = e.Sector
			break
		}
	}
	if sector == "" && country == "" {
		return nil
	}
	return &sitrep.Actor{Name: m.Text, Country: country, Sector: sector, Role: title}
}

// cleanName drops a possessive and surrounding space.
func cleanName(s string) string {
	s = strings.TrimSpace(s)
	for _, suf := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(s, suf); ok {
			return t
		}
	}
	return s
}

// stripTitles removes leading titles from a folded name: "president bashar
// al assad" -> "bashar al assad".
func stripTitles(key string) string {
	for {
		w, rest, ok := strings.Cut(key, " ")
		if !ok || !titleWords[w] {
			return key
		}
		key = rest
	}
}
