package actors

import (
	"bytes"
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"

	"sitrep"
	"sitrep/gazetteer"
)

// Kinds of entries.
const (
	KindCountry = "country" // a state as a whole: Syria, Russian Federation
	KindPerson  = "person"  // a named person, usually with dated roles
	KindOrg     = "org"     // an organization, body or armed group
	KindMetonym = "metonym" // a place or building standing for its government: the Kremlin
	KindAgent   = "agent"   // a generic role word: minister, soldiers, rebels
)

// Entry is one row of the dictionary: an actor in one role, valid from From
// to To inclusive (zero dates mean open-ended).
type Entry struct {
	ID      string      // stable key shared by the rows of one actor: john_kerry
	Kind    string      // one of the Kind constants
	Name    string      // canonical name
	Country string      // ISO 3166-1 alpha-3, "" for international actors
	Sector  string      // GOV, MIL, REB, OPP, IGO, NGO, MED, CVL, BUS, COP, JUD, LEG, ...
	Code    string      // full CAMEO actor code when known: USAGOVLEG, IGOUNO
	Role    string      // office: Secretary of State
	From    sitrep.Date // first day of the role, zero when unknown
	To      sitrep.Date // last day of the role, zero when still held or unknown
	Aliases []string    // other names: Sergey Lavrov, Secretary Kerry
	prio    int         // later sources win: Phoenix 0, Wikidata 1, extra 2, user 3
}

// Valid reports whether e applies on day d (always when d is zero).
func (e *Entry) Valid(d sitrep.Date) bool {
	if d.IsZero() {
		return true
	}
	t := d.Time()
	return (e.From.IsZero() || !t.Before(e.From.Time())) && (e.To.IsZero() || !t.After(e.To.Time()))
}

// Dated reports whether e carries a date restriction.
func (e *Entry) Dated() bool { return !e.From.IsZero() || !e.To.IsZero() }

// Dict is an actor dictionary indexed by folded name.
type Dict struct {
	entries  []Entry
	byID     map[string][]int32
	names    map[string][]string // folded name -> ids
	surnames map[string][]string // folded last name of people -> ids
	maxWords int
}

//go:embed data/actors.tsv.gz
var embeddedPhoenix []byte

//go:embed data/extra.tsv
var embeddedExtra []byte

var (
	defaultOnce sync.Once
	defaultDict *Dict
	defaultErr  error
)

// Default returns the embedded dictionary, loading it on first use.
func Default() (*Dict, error) {
	defaultOnce.Do(func() {
		base, err := loadEntries(bytes.NewReader(embeddedPhoenix))
		if err != nil {
			defaultErr = err
			return
		}
		extra, err := loadEntries(bytes.NewReader(embeddedExtra))
		if err != nil {
			defaultErr = err
			return
		}
		for i := range extra {
			extra[i].prio = 2
		}
		defaultDict = newDict(merge(base, extra))
	})
	return defaultDict, defaultErr
}

// newDict indexes entries.
func newDict(entries []Entry) *Dict {
	d := &Dict{
		entries:  entries,
		byID:     make(map[string][]int32, len(entries)),
		names:    make(map[string][]string, len(entries)*2),
		surnames: make(map[string][]string, len(entries)/4),
	}
	for i := range entries {
		e := &entries[i]
		d.byID[e.ID] = append(d.byID[e.ID], int32(i))
		d.addName(e.Name, e.ID)
		for _, a := range e.Aliases {
			d.addName(a, e.ID)
		}
		if e.Kind == KindPerson {
			if k := gazetteer.Fold(e.Name); strings.Contains(k, " ") {
				last := k[strings.LastIndexByte(k, ' ')+1:]
				if len(last) > 2 && !contains(d.surnames[last], e.ID) {
					d.surnames[last] = append(d.surnames[last], e.ID)
				}
			}
		}
	}
	// Higher-priority actors first under each name.
	prio := func(id string) int {
		p := 0
		for _, r := range d.byID[id] {
			p = max(p, d.entries[r].prio)
		}
		return p
	}
	for _, m := range []map[string][]string{d.names, d.surnames} {
		for _, ids := range m {
			if len(ids) > 1 {
				sort.SliceStable(ids, func(i, j int) bool { return prio(ids[i]) > prio(ids[j]) })
			}
		}
	}
	return d
}

func (d *Dict) addName(name, id string) {
	k := gazetteer.Fold(name)
	if k == "" || contains(d.names[k], id) {
		return
	}
	d.names[k] = append(d.names[k], id)
	if w := strings.Count(k, " ") + 1; w > d.maxWords {
		d.maxWords = w
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Merge returns a dictionary with the entries of d and o. The rows of an id
// that o defines replace those of d, so a user file can correct ours.
func (d *Dict) Merge(o *Dict) *Dict {
	user := make([]Entry, len(o.entries))
	for i, e := range o.entries {
		e.prio = max(e.prio, 3)
		user[i] = e
	}
	return newDict(merge(d.entries, user))
}

// merge returns the entries of a whose ids b lacks, then those of b. The
// rows b replaces give their roles and dates up, not their names: the
// first row of the id in b also carries the names and aliases of the rows
// it replaces, so that correcting an office keeps "Mr Obama" and "Senator
// Obama" pointing at the person.
func merge(a, b []Entry) []Entry {
	first := make(map[string]int, len(b))
	for i, e := range b {
		if _, ok := first[e.ID]; !ok {
			first[e.ID] = i
		}
	}
	out := make([]Entry, 0, len(a)+len(b))
	kept := make(map[string][]string) // id -> names of replaced rows
	for _, e := range a {
		if _, ok := first[e.ID]; !ok {
			out = append(out, e)
			continue
		}
		kept[e.ID] = append(append(kept[e.ID], e.Name), e.Aliases...)
	}
	n := len(out)
	out = append(out, b...)
	for id, names := range kept {
		e := &out[n+first[id]]
		aliases := slices.Clone(e.Aliases)
		for _, name := range names {
			if name != e.Name && !slices.Contains(aliases, name) {
				aliases = append(aliases, name)
			}
		}
		e.Aliases = aliases
	}
	return out
}

// Len returns the number of rows.
func (d *Dict) Len() int { return len(d.entries) }

// MaxWords returns the number of words of the longest folded name.
func (d *Dict) MaxWords() int { return d.maxWords }

// Lookup returns the ids of the actors named name (folded with
// gazetteer.Fold), best first.
func (d *Dict) Lookup(name string) []string { return d.LookupKey(gazetteer.Fold(name)) }

// LookupKey is Lookup for a folded name.
func (d *Dict) LookupKey(key string) []string { return d.names[key] }

// Surname returns the ids of people whose last name has folded key key.
func (d *Dict) Surname(key string) []string { return d.surnames[key] }

// Entries returns the rows of actor id. Do not modify.
func (d *Dict) Entries(id string) []Entry {
	rows := d.byID[id]
	out := make([]Entry, len(rows))
	for i, r := range rows {
		out[i] = d.entries[r]
	}
	return out
}

// Kind returns the kind of actor id, "" when unknown.
func (d *Dict) Kind(id string) string {
	if rows := d.byID[id]; len(rows) > 0 {
		return d.entries[rows[0]].Kind
	}
	return ""
}

// Best returns the row of actor id that applies on day on: a role valid
// that day (the most specific, latest-starting, highest-priority one);
// else an undated row; else the last role held before that day, marked
// "former"; else, for an actor whose roles all came later, the country
// alone. ok is false when id is unknown.
func (d *Dict) Best(id string, on sitrep.Date) (e Entry, ok bool) {
	rows := d.byID[id]
	best := -1
	for _, r := range rows {
		c := &d.entries[r]
		if !c.Dated() || !c.Valid(on) {
			continue
		}
		if best < 0 || better(c, &d.entries[best]) {
			best = int(r)
		}
	}
	if best >= 0 {
		return d.entries[best], true
	}
	for _, r := range rows {
		c := &d.entries[r]
		if !c.Dated() && (best < 0 || c.prio > d.entries[best].prio) {
			best = int(r)
		}
	}
	if best >= 0 {
		return d.entries[best], true
	}
	// Past roles only: the latest one, as a former office-holder.
	for _, r := range rows {
		c := &d.entries[r]
		if !c.To.IsZero() && !on.IsZero() && c.To.Time().Before(on.Time()) &&
			(best < 0 || c.To.Time().After(d.entries[best].To.Time())) {
			best = int(r)
		}
	}
	if best >= 0 {
		e = d.entries[best]
		if e.Role != "" {
			e.Role = "former " + e.Role
		}
		return e, true
	}
	// Later roles only: who the actor is does not wait for the office.
	// The earliest row gives the country; sector, code and role, which
	// came later, are left out.
	for _, r := range rows {
		c := &d.entries[r]
		if !c.From.IsZero() && !on.IsZero() && c.From.Time().After(on.Time()) &&
			(best < 0 || c.From.Time().Before(d.entries[best].From.Time())) {
			best = int(r)
		}
	}
	if best < 0 {
		return Entry{}, false
	}
	e = d.entries[best]
	e.Sector, e.Code, e.Role = "", "", ""
	return e, true
}

func better(a, b *Entry) bool {
	if a.prio != b.prio {
		return a.prio > b.prio
	}
	if (a.Role != "") != (b.Role != "") {
		return a.Role != ""
	}
	return a.From.Time().After(b.From.Time())
}

// Actor returns the domain actor of id on day on, or nil.
func (d *Dict) Actor(id string, on sitrep.Date) *sitrep.Actor {
	e, ok := d.Best(id, on)
	if !ok {
		return nil
	}
	return &sitrep.Actor{ID: e.ID, Name: e.Name, Country: e.Country, Sector: e.Sector, Role: e.Role}
}

// IDs returns all actor ids, sorted.
func (d *Dict) IDs() []string {
	ids := make([]string, 0, len(d.byID))
	for id := range d.byID {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}
