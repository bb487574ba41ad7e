// Package claims finds figures about people harmed or moved in a news
// article: how many were killed, wounded, injured, missing, arrested,
// detained, abducted, displaced, evacuated, trapped or besieged, how many
// refugees, and how many protested, each with its range, qualifier, who was
// counted, place, period and the source that gives it.
//
// Find scans each sentence's tokens for figures: digits ("800", "3,500",
// "1.5 million"), words ("two dozen" is 24, "forty-five"), round plurals
// taken as a lower bound with the plural as qualifier ("hundreds" is 100,
// "tens of thousands" 10,000), ranges ("between 3000 and 3500", "8 to 10",
// "two or three") and qualifiers before the figure ("more than", "at least",
// "some", "about", "nearly", "up to", "almost", "over", "around", ...).
//
// A figure is a claim only when a word links it to harm or movement: a verb
// or adjective after it and its people ("800 people have been killed", "64
// were also injured", "some 8,000 people would be taken out", "12 dead"), a
// verb or noun before it ("killing 12", "squeezed some 200,000 civilians",
// "the death toll rose to 45"), or a noun that carries the kind ("2,000
// refugees", "5,000 protesters"). A subgroup ("369 civilians, including 45
// children, have been killed") is a claim of its own with the kind of the
// whole. A figure with no noun of its own after another claim of its
// sentence ("800 people ... and between 3000 and 3500 have been wounded")
// counts the same people.
//
// Ages ("a 45-year-old"), percentages, money, dates and years, addresses,
// figures inside time expressions ("26 days"), compounds ("three-day") and
// counts of things ("four neighborhoods", "45 trucks") are never claims.
//
// The period is the time expression overlapping the claim, else the nearest
// in its sentence; the place is the nearest GPE, LOC or FAC mention of the
// sentence (not a name in a hyphenated modifier such as "US-led", nor a
// news outlet taken for a place), or with
// no mentions the capitalised name after "in" or "near" (Place.Name only); the source is the speaker of the innermost quote whose
// content holds the claim ("According to the Observatory, ...", "The
// agency ... says ...", "the health ministry said"). A planned figure ("would
// be taken out") is reported like any other: Claim has no field for mode.
package claims
