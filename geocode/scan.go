package geocode

import (
	"strings"

	"sitrep/gazetteer"
)

// Weight of a region named in the article outside its place names.
const scanW = 0.5

// Weight of dollar amounts ($2 million) as a vote for the United States:
// less than one place name, enough to tip namesakes no other name decides.
const dollarW = 0.5

// scanRegions returns the first-level regions named in body outside the
// byte ranges of its place names: the state in "the Ohio State Highway
// Patrol" or "a Georgia Power spokesman" says where a local article is even
// when no place name gives it. Names are read as runs of up to three
// capitalised words.
func (g *Geocoder) scanRegions(body string, skip [][2]int) []*gazetteer.Feature {
	var out []*gazetteer.Feature
	seen := map[int32]bool{}
	// words holds the byte ranges of the current run of capitalised words.
	var words [][2]int
	flush := func() {
		for i := 0; i < len(words); i++ {
			for n := min(3, len(words)-i); n >= 1; n-- {
				start, end := words[i][0], words[i+n-1][1]
				if overlaps(skip, start, end) {
					continue
				}
				if i+n < len(words) && streetWord(body[words[i+n][0]:words[i+n][1]]) {
					continue // Washington Drive, Georgia Avenue: a street
				}
				found := false
				entries := g.gaz.Lookup(body[start:end])
				if capitalNamesake(g.gaz, entries) {
					continue // Washington is the capital far more often than the state
				}
				for _, e := range entries {
					// Only a region's own name: abbreviations (Ind., Ore.)
					// are ordinary words too often.
					// A region's own name, or an abbreviation written with
					// its period (Ga., Tenn.): bare La or Pa are too often
					// other words.
					if ft := g.gaz.Feature(e.Feature); ft.IsRegion() && !compass(ft.Name) && (body[end-1] == '.' || gazetteer.Fold(ft.Name) == gazetteer.Fold(body[start:end])) {
						found = true
						if !seen[e.Feature] {
							seen[e.Feature] = true
							out = append(out, ft)
						}
					}
				}
				if found {
					i += n - 1
					break
				}
			}
		}
		words = words[:0]
	}
	i := 0
	for i < len(body) {
		c := body[i]
		if c >= 'A' && c <= 'Z' && (i == 0 || !isLetter(body[i-1])) {
			j := i + 1
			for j < len(body) && (isLetter(body[j]) || body[j] == '.' && j+1 < len(body) && isLetter(body[j+1])) {
				j++
			}
			if j < len(body) && body[j] == '.' {
				j++ // Ga., N.Y.
			}
			if len(words) > 0 && !(words[len(words)-1][1] == i-1 && body[i-1] == ' ') {
				flush()
			}
			words = append(words, [2]int{i, j})
			i = j
			continue
		}
		if c != ' ' && len(words) > 0 {
			flush()
		}
		i++
	}
	flush()
	return out
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func overlaps(skip [][2]int, start, end int) bool {
	for _, s := range skip {
		if start < s[1] && s[0] < end {
			return true
		}
	}
	return false
}

// dollars reports whether body gives an amount in US dollars ($5, $1.2
// million, US$3). A dollar sign after letters is another country's
// dollar (A$, C$, NZ$, HK$, S$), except US$.
func dollars(body string) bool {
	for off := 0; ; {
		i := strings.IndexByte(body[off:], '$')
		if i < 0 {
			return false
		}
		i += off
		if i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '9' {
			j := i
			for j > 0 && isLetter(body[j-1]) && body[j-1] < 0x80 {
				j--
			}
			if j == i || body[j:i] == "US" {
				return true
			}
		}
		off = i + 1
	}
}

// streetWord reports whether a capitalised word after a region's name
// makes the run a street's or road's name.
func streetWord(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Street", "St", "Avenue", "Ave", "Drive", "Dr", "Road", "Rd", "Boulevard", "Blvd",
		"Lane", "Ln", "Way", "Parkway", "Pkwy", "Place", "Pl", "Court", "Ct", "Terrace", "Circle", "Pike":
		return true
	}
	return false
}

// capitalNamesake reports whether a name that a region bears is also a
// national capital outside that region (Washington): written alone it
// most often means the capital, or the government seated there.
func capitalNamesake(gaz *gazetteer.Gazetteer, entries []gazetteer.Entry) bool {
	var regions, capitals []*gazetteer.Feature
	for _, e := range entries {
		if e.Alt {
			continue
		}
		switch ft := gaz.Feature(e.Feature); {
		case ft.IsRegion():
			regions = append(regions, ft)
		case ft.Code == "PPLC":
			capitals = append(capitals, ft)
		}
	}
	for _, r := range regions {
		for _, c := range capitals {
			if c.Country != r.Country || c.Admin1 != r.Admin1 {
				return true
			}
		}
	}
	return false
}
