package segment

import "sitrep"

// Hyphenated reports whether tokens i and i+2 form one hyphenated word
// with the hyphen token i+1 between them and no space on either side
// ("US-led", "Arab-Kurdish"): the segmenter splits such words so that
// their parts can be names, and a stage that must not cut the word in two,
// or must not take its first part for a name standing alone, asks this.
func Hyphenated(toks []sitrep.Token, i int) bool {
	return i >= 0 && i+2 < len(toks) && toks[i+1].Text == "-" && toks[i+1].Start == toks[i].End &&
		toks[i+2].Start == toks[i+1].End && toks[i+2].Kind == sitrep.KindWord
}
