package reconcile

import (
	"math"
	"slices"
	"strings"
	"time"

	"sitrep"
)

// Incident matching.
//
// Two events are the same incident when they are of compatible type, close
// in time and place, and their actors do not contradict each other:
//
//   - type: the same CAMEO root, or the same PLOVER category (coders of
//     different outlets' wording land on neighbouring CAMEO codes of one
//     root, or on roots that PLOVER folds together);
//   - date: within Window of the incident's first and last dates, and the
//     incident may span at most MaxSpan. Reports date an event by the day
//     they name ("on Tuesday"), resolved against their own publication day;
//     time zones, overnight events and next-day follow-ups ("the strike on
//     Friday") put one event on dates a day or two apart. Three days covers
//     those, and a week-long cap keeps a chain of daily shellings in one
//     city from growing into one endless incident;
//   - place: within MaxDistanceKm when both have coordinates finer than a
//     country (a town and its district, a city centre and its airport);
//     otherwise the same country, and then the actors must share a key;
//   - actors: when both sides name actors, they must share at least one key
//     (an actor id or a country), else the events are kept apart.
const (
	Window        = 3 * 24 * time.Hour
	MaxSpan       = 7 * 24 * time.Hour
	MaxDistanceKm = 50
)

// candidate is an event waiting to be placed in an incident.
type candidate struct {
	rec    sitrep.EventRecord
	date   time.Time
	actors []string
}

// actorKeys returns the keys that identify an event's actors: actor ids,
// and country plus sector for unnamed ones ("SYR MIL").
func actorKeys(e *sitrep.Event) []string {
	var keys []string
	for _, ref := range []*sitrep.Ref{e.Source, e.Target} {
		if ref == nil || ref.Actor == nil {
			continue
		}
		a := ref.Actor
		switch {
		case a.ID != "":
			keys = append(keys, a.ID)
		case a.Country != "":
			keys = append(keys, strings.TrimSpace(a.Country+" "+a.Sector))
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// share reports whether two key lists share a key or a country: "SYR MIL"
// and "SYR GOV" share SYR, and so does an actor id against "SYR".
func share(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y || country(x) != "" && country(x) == country(y) {
				return true
			}
		}
	}
	return false
}

// country returns the ISO3 prefix of a "SYR MIL" key, "" for an actor id.
func country(key string) string {
	c, _, _ := strings.Cut(key, " ")
	if len(c) == 3 && strings.ToUpper(c) == c {
		return c
	}
	return ""
}

var precisionRank = map[string]int{"country": 1, "region": 2, "city": 3, "district": 4}

func precise(p *sitrep.Place) bool {
	return p != nil && (p.Lat != 0 || p.Lon != 0) && precisionRank[p.Precision] != 1
}

// DistanceKm is the great-circle distance between two places.
func DistanceKm(a, b *sitrep.Place) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat := (b.Lat - a.Lat) * rad
	dlon := (b.Lon - a.Lon) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(a.Lat*rad)*math.Cos(b.Lat*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(min(1, h)))
}

func parseDay(s string) time.Time {
	d, err := sitrep.ParseDate(s)
	if err != nil {
		return time.Time{}
	}
	return d.Time()
}

// match scores how well c fits in, lower is better; ok is false when c
// may not join in.
func match(in *sitrep.Incident, c *candidate) (score float64, ok bool) {
	e := &c.rec.Event
	if !(e.Root != "" && e.Root == in.Root || e.PLOVER != "" && e.PLOVER == in.PLOVER) {
		return 0, false
	}
	from, to := parseDay(in.From), parseDay(in.To)
	if c.date.Before(from.Add(-Window)) || c.date.After(to.Add(Window)) {
		return 0, false
	}
	first, last := from, to
	if c.date.Before(first) {
		first = c.date
	}
	if c.date.After(last) {
		last = c.date
	}
	if last.Sub(first) > MaxSpan {
		return 0, false
	}
	days := math.Min(math.Abs(c.date.Sub(from).Hours()), math.Abs(c.date.Sub(to).Hours())) / 24
	if c.date.After(from) && c.date.Before(to) {
		days = 0
	}
	bothActors := len(c.actors) > 0 && len(in.Actors) > 0
	if bothActors && !share(c.actors, in.Actors) {
		return 0, false
	}
	switch {
	case precise(e.Place) && precise(in.Place):
		km := DistanceKm(e.Place, in.Place)
		if km > MaxDistanceKm {
			return 0, false
		}
		score = days + km/MaxDistanceKm
	case e.Place != nil && in.Place != nil && e.Place.Country != "" && e.Place.Country == in.Place.Country:
		if !bothActors {
			return 0, false
		}
		score = days + 1
	default:
		return 0, false
	}
	if bothActors {
		score -= 0.5
	}
	return score, true
}

// join adds c to in, widening its dates, sharpening its place and adding
// its actors.
func join(in *sitrep.Incident, c *candidate) {
	e := &c.rec.Event
	day := c.date.Format(sitrep.DateLayout)
	if in.From == "" || day < in.From {
		in.From = day
	}
	if day > in.To {
		in.To = day
	}
	if in.Place == nil || e.Place != nil && precisionRank[e.Place.Precision] > precisionRank[in.Place.Precision] {
		in.Place = e.Place
	}
	for _, k := range c.actors {
		if !slices.Contains(in.Actors, k) {
			in.Actors = append(in.Actors, k)
		}
	}
	slices.Sort(in.Actors)
	in.Events = append(in.Events, c.rec)
}

// newIncident starts an incident from c.
func newIncident(c *candidate) *sitrep.Incident {
	e := &c.rec.Event
	in := &sitrep.Incident{
		Title:  e.Text,
		Root:   e.Root,
		PLOVER: e.PLOVER,
		ACLED:  e.ACLED,
		Actors: []string{},
	}
	join(in, c)
	return in
}
