package geocode

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"sitrep/gazetteer"
)

// context reads ", Texas" or ", Syria" right after a name and returns the
// region or country it names.
func (g *Geocoder) context(after string) *gazetteer.Feature {
	s := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(s, ",") && !strings.HasPrefix(s, "(") {
		return nil
	}
	s = strings.TrimLeft(s[1:], " ")
	// Up to three capitalised words (Ga., New Mexico, Democratic Republic of ...).
	var words []int // end byte of each word
	i := 0
	for len(words) < 4 && i < len(s) {
		r, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsUpper(r) && !(len(words) > 0 && strings.HasPrefix(s[i:], "of ")) {
			break
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ')' && s[j] != ';' && s[j] != '\n' {
			j++
		}
		words = append(words, j)
		if j >= len(s) || s[j] != ' ' {
			break
		}
		i = j + 1
	}
	for k := len(words) - 1; k >= 0; k-- {
		name := s[:words[k]]
		entries := g.gaz.Lookup(name)
		for _, e := range entries {
			if ft := g.gaz.Feature(e.Feature); ft.IsCountry() || ft.IsRegion() && !compass(ft.Name) {
				return ft
			}
		}
		if len(entries) > 0 && k > 0 {
			// "Pensacola, Panama City": the next item of a list of
			// places, not the country after a town.
			return nil
		}
		if t, ok := strings.CutSuffix(name, "."); ok && k == len(words)-1 {
			for _, e := range g.gaz.Lookup(t + ".") {
				if ft := g.gaz.Feature(e.Feature); ft.IsRegion() {
					return ft
				}
			}
		}
	}
	return nil
}

// compass reports whether a region's name is only a direction (North,
// South-West, Central): in ", North ..." it is most often a plain word.
func compass(name string) bool {
	for _, w := range strings.Fields(gazetteer.Fold(name)) {
		switch w {
		case "north", "south", "east", "west", "central", "centre", "center",
			"northern", "southern", "eastern", "western", "northeast", "northwest",
			"southeast", "southwest", "upper", "lower", "region":
		default:
			return false
		}
	}
	return true
}
