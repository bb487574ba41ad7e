package gazetteer_test

import (
	"strings"
	"testing"

	"sitrep/gazetteer"
)

// FuzzLoad feeds arbitrary gazetteer and minor places files to the
// readers: they must fail with an error, never panic, and what they accept
// must answer lookups.
func FuzzLoad(f *testing.F) {
	f.Add("C\tSY\tSYR\t163843\tSyria\t35\t38\t1\tDamascus\tSyrian Arab Republic\tSyrian\n"+
		"R\tSY\t09\t170062\tAleppo\t36\t37\t1\t\n"+
		"P\t170063\tAleppo\t36.2\t37.16\tP\tPPLA\tSY\t09\t2000000\tHalab\n",
		"M\t1\tTown\t1.5\t2.5\tPPL\tSY\t09\t600\nD\tUS\tMN\t111\tOtter Tail County\t46.4\t-95.9\t23530\n"+
			"N\totter tail county\t1\nN\ttown\t0\nN\ttownville\ta0\n")
	f.Add("L\t6255146\tAfrica\t7\t21\t1\tAfrican\n", "M\t1\tTown\tx\t0\tPPL\tUS\tMN\t5\nN\ttown\t3\n")
	f.Add("#\n\nP\t1\t\t\t\t\t\t\t\t\t\n", "D\tUS\n")
	f.Fuzz(func(t *testing.T, main, minor string) {
		g, err := gazetteer.Load(strings.NewReader(main))
		if err != nil {
			return
		}
		g.Lookup("Aleppo")
		g.SetMinor([]byte(minor))
		for _, key := range []string{"town", "townville", "otter tail county"} {
			for _, e := range g.LookupMinor(key) {
				if ft := g.Feature(e.Feature); ft == nil || !ft.Minor {
					t.Fatalf("%q: entry %+v is no minor place", key, e)
				}
			}
		}
		_ = g.MinorErr()
	})
}
