package cameo

import (
	_ "embed"
	"strconv"
	"strings"
)

// Info describes a CAMEO code.
type Info struct {
	Code      string  // 0256
	Root      string  // 02
	Name      string  // Appeal for de-escalation of military engagement
	Quad      int     // 1 verbal cooperation .. 4 material conflict
	Goldstein float64 // -10 (most conflictual) .. +10
	PLOVER    string  // REQUEST, ACCUSE, ASSAULT, ... ("" for 01)
	ACLED     string  // ACLED-style type of conflict events, else ""
}

// ACLED-style event types.
const (
	ACLEDBattles    = "Battles"
	ACLEDExplosions = "Explosions/Remote violence"
	ACLEDCivilians  = "Violence against civilians"
	ACLEDProtests   = "Protests"
	ACLEDRiots      = "Riots"
	ACLEDStrategic  = "Strategic developments"
)

//go:embed data/codes.tsv
var codesTSV string

var codeTable = parseCodes(codesTSV)

func parseCodes(s string) map[string]Info {
	m := make(map[string]Info)
	for _, line := range strings.Split(s, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 4 {
			continue
		}
		g, err := strconv.ParseFloat(f[1], 64)
		if err != nil {
			continue
		}
		m[f[0]] = Info{Code: f[0], Goldstein: g, PLOVER: f[2], Name: f[3]}
	}
	return m
}

// Lookup describes code. A code missing from the table takes what it can
// from its parent (a four-digit code from its three-digit one, a
// three-digit one from its root's generic "x0" code); ok is
// false when neither is known, in which case only Code, Root and Quad are
// set.
func Lookup(code string) (Info, bool) {
	info, ok := codeTable[code]
	if !ok && len(code) == 4 {
		info, ok = codeTable[code[:3]]
		info.Name = ""
	}
	if !ok && len(code) == 3 {
		// A three-digit code the table lacks ("176", attack
		// cybernetically) takes what it can from its root's generic code.
		info, ok = codeTable[code[:2]+"0"]
		info.Name = ""
	}
	info.Code = code
	if len(code) >= 2 {
		info.Root = code[:2]
	}
	info.Quad = Quad(info.Root)
	info.ACLED = ACLED(code)
	return info, ok
}

// Quad returns the quad class of a CAMEO root: 1 verbal cooperation
// (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
// 4 material conflict (14-20); 0 when root is not a CAMEO root.
func Quad(root string) int {
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || n < 1 || n > 20:
		return 0
	case n <= 5:
		return 1
	case n <= 8:
		return 2
	case n <= 13:
		return 3
	}
	return 4
}

// ACLED returns the ACLED-style type of a conflict code, "" for others:
// protests (14x but riots 145), strategic developments (arrests, seizures,
// blockades, occupation without fighting, mobilization), violence against
// civilians (abduction, assault, assassination, mass killing), explosions
// and remote violence (bombings, artillery, air strikes, WMD) and battles
// (other conventional force).
func ACLED(code string) string {
	if len(code) < 3 {
		code += "0"
	}
	c3 := code
	if len(c3) > 3 {
		c3 = c3[:3]
	}
	switch {
	case c3 == "145":
		return ACLEDRiots
	case strings.HasPrefix(c3, "14"):
		return ACLEDProtests
	case strings.HasPrefix(c3, "15"), c3 == "171", c3 == "173", c3 == "174", c3 == "191":
		return ACLEDStrategic
	case c3 == "175":
		return ACLEDCivilians
	case c3 == "183", c3 == "194", c3 == "195", c3 == "204":
		return ACLEDExplosions
	case strings.HasPrefix(c3, "18"), strings.HasPrefix(c3, "20"):
		return ACLEDCivilians
	case strings.HasPrefix(c3, "19"):
		return ACLEDBattles
	}
	return ""
}
