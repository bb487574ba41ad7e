package actors_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/actors"
)

// FuzzLoad feeds arbitrary files to the actor reader: it must return a
// dictionary or an EINVALID error, never panic.
func FuzzLoad(f *testing.F) {
	f.Add(actors.Columns + "\nx\tperson\tX Y\tUSA\tGOV\tUSAGOV\tMinister\t2001\t2002-03\tA|B\n")
	f.Add("JOHN_KERRY_\n+SECRETARY_KERRY_\n\t[USAGOV >130201]\n\t[USAELI 850103-130201]\n")
	f.Add("!PERSON! = MAN, MEN\nCONGRESS!PERSON! {} [~LEG]\nARMY {ARMIES} [~MIL]\n")
	f.Add("UN_ [IGOUNO]\n+\n\t[\n\t[X <]\n[]\n#\n;\n<!-- x -->")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := actors.Load(strings.NewReader(s))
		if err != nil {
			if sitrep.ErrorCode(err) != sitrep.EINVALID {
				t.Fatalf("error without EINVALID: %v", err)
			}
			return
		}
		for _, id := range d.IDs() {
			d.Actor(id, sitrep.NewDate(2016, 12, 8))
		}
	})
}
