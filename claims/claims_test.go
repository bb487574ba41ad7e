package claims_test

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
	"sitrep/claims"
	"sitrep/segment"
)

// render prints a claim as one readable line.
func render(c sitrep.Claim) string {
	n := fmt.Sprint(c.Min)
	if c.Max != nil {
		n += fmt.Sprintf("-%d", *c.Max)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s", c.Kind, n)
	if c.Qualifier != "" {
		fmt.Fprintf(&b, " (%s)", c.Qualifier)
	}
	if c.Who != "" {
		fmt.Fprintf(&b, " %s", c.Who)
	}
	if c.Place != nil {
		fmt.Fprintf(&b, " in %s", c.Place.Name)
		if c.Place.Country != "" {
			fmt.Fprintf(&b, "/%s", c.Place.Country)
		}
	}
	if c.Time != nil {
		fmt.Fprintf(&b, " at %s", c.Time.Value)
	}
	if c.Source != nil {
		fmt.Fprintf(&b, " per %s", c.Source.Text)
	}
	fmt.Fprintf(&b, " | %s", c.Text)
	return b.String()
}

// cp returns the code-point span of the first occurrence of sub in text.
func cp(text, sub string) sitrep.Span {
	i := strings.Index(text, sub)
	if i < 0 {
		panic("no " + sub)
	}
	s := len([]rune(text[:i]))
	return sitrep.Span{Start: s, End: s + len([]rune(sub))}
}

func find(text string, times []sitrep.Time, mentions []sitrep.Mention) []string {
	var out []string
	for _, c := range claims.Find(text, segment.Split(text), times, mentions) {
		out = append(out, render(c))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Coordinated", "At least 12 people were killed and 30 wounded in the attack.", []string{
			"killed 12 (at least) people | At least 12 people were killed",
			"wounded 30 people | 30 wounded",
		}},
		{"Words", "The blast killed two dozen soldiers.", []string{"killed 24 soldiers | killed two dozen soldiers"}},
		{"Hyphenated", "Forty-five villagers are missing.", []string{"missing 45 villagers | Forty-five villagers are missing"}},
		{"Vague", "Hundreds of families have fled the fighting.", []string{"displaced 100 (hundreds) families | Hundreds of families have fled"}},
		{"TensOfThousands", "Tens of thousands of protesters marched through the capital.", []string{
			"protest 10000 (tens of thousands) protesters | Tens of thousands of protesters marched",
		}},
		{"Range", "Between 3000 and 3500 people were evacuated from the city.", []string{
			"evacuated 3000-3500 people | Between 3000 and 3500 people were evacuated",
		}},
		{"RangeTo", "Police detained 8 to 10 students.", []string{"detained 8-10 students | detained 8 to 10 students"}},
		{"Million", "Some 1.5 million displaced people live in camps in Darfur.", []string{
			"displaced 1500000 (some) people in Darfur | Some 1.5 million displaced people",
		}},
		{"Active", "Police arrested nearly 40 demonstrators on Sunday.", []string{
			"arrested 40 (nearly) demonstrators | arrested nearly 40 demonstrators",
		}},
		{"Toll", "The death toll rose to 45 on Monday.", []string{"killed 45 | toll rose to 45"}},
		{"Refugees", "More than 600,000 refugees have crossed the border.", []string{
			"refugees 600000 (more than) refugees | More than 600,000 refugees",
		}},
		{"Planned", "Up to 8,000 people would be taken out of the old city.", []string{
			"evacuated 8000 (up to) people | Up to 8,000 people would be taken out",
		}},
		{"Subgroup", "Officials said 120 civilians, including 30 women, were trapped in Homs.", []string{
			"trapped 120 civilians in Homs per Officials | 120 civilians, including 30 women, were trapped",
			"trapped 30 women in Homs per Officials | 30 women",
		}},
		{"Source", "The health ministry said 17 people were injured in Gaza.", []string{
			"injured 17 people in Gaza per The health ministry | 17 people were injured",
		}},
		{"Place", "Two children died in government-held eastern Mosul.", []string{
			"killed 2 children in Mosul | Two children died",
		}},
		{"OrMore", "Twenty or more workers were abducted.", []string{
			"abducted 20 (or more) workers | Twenty or more workers were abducted",
		}},
		{"Qualifiers", "Almost 50 people were injured; around 20 were arrested; over 300 fled; about 12 died; nearly 2,000 are missing.", []string{
			"injured 50 (almost) people | Almost 50 people were injured",
			"arrested 20 (around) people | around 20 were arrested",
			"displaced 300 (over) people | over 300 fled",
			"killed 12 (about) people | about 12 died",
			"missing 2000 (nearly) people | nearly 2,000 are missing",
		}},
		{"Thousands", "Thousands were displaced and a dozen abducted.", []string{
			"displaced 1000 (thousands) | Thousands were displaced",
			"abducted 12 | a dozen abducted",
		}},
		{"Negated", "No one was hurt, and 40 people were not injured.", nil},
		{"Age", "A 45-year-old man was killed.", nil},
		{"Percent", "Some 90 percent of the residents have fled.", nil},
		{"Money", "The fund paid $300 to 12 families.", nil},
		{"Date", "On Dec. 5, 2016, the shelling resumed; by November 15 it was over.", nil},
		{"Duration", "The siege lasted 26 days and three-day talks followed.", nil},
		{"Things", "The agency sent 45 trucks to four neighborhoods that were besieged.", nil},
		{"Address", "The office at 12 Main Street was evacuated.", nil},
		{"Year", "In 2016 they were displaced.", nil},
		{"SpacedThousands", "Some 10 000 civilians were trapped.", []string{
			"trapped 10000 (some) civilians | Some 10 000 civilians were trapped",
		}},
		{"NoTrigger", "There is even one person remaining in the building.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.text, nil, nil)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestFindContext(t *testing.T) {
	text := "Since November 15, 369 civilians have been killed in Aleppo, the monitor said. The ministry counted 12 dead in Idlib on Tuesday."
	times := []sitrep.Time{
		{Span: cp(text, "Since November 15"), Sentence: 0, Kind: "interval", Value: "2016-11-15/2016-12-08"},
		{Span: cp(text, "Tuesday"), Sentence: 1, Kind: "date", Value: "2016-12-06"},
	}
	aleppo := &sitrep.Place{GeonameID: 170063, Name: "Aleppo", Country: "SYR"}
	mentions := []sitrep.Mention{
		{Span: cp(text, "Aleppo"), Sentence: 0, Text: "Aleppo", Type: "GPE", Place: aleppo},
		{Span: cp(text, "Idlib"), Sentence: 1, Text: "Idlib", Type: "GPE"},
	}
	got := find(text, times, mentions)
	want := []string{
		"killed 369 civilians in Aleppo/SYR at 2016-11-15/2016-12-08 per the monitor | 369 civilians have been killed",
		"killed 12 in Idlib at 2016-12-06 | 12 dead",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestFindSpans(t *testing.T) {
	text := "«Ça suffit», dit-il. “Over 200 people were evacuated,” the Red Crescent said."
	cs := claims.Find(text, segment.Split(text), nil, nil)
	if len(cs) != 1 {
		t.Fatalf("got %d claims, want 1", len(cs))
	}
	c := cs[0]
	if got := string([]rune(text)[c.Start:c.End]); got != c.Text || got != "Over 200 people were evacuated" {
		t.Errorf("span gives %q, text %q", got, c.Text)
	}
	if c.Max != nil || c.Sentence != 1 || c.Source == nil || c.Source.Text != "the Red Crescent" {
		t.Errorf("got %+v", c)
	}
}

func TestFindEmpty(t *testing.T) {
	if got := claims.Find("", nil, nil, nil); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}

// TestFindModifierIsNoPlace checks that a name in a hyphenated modifier
// ("US-led") is not taken for the place of a toll.
func TestFindModifierIsNoPlace(t *testing.T) {
	text := "US-led strikes killed 14 fighters, the monitor said."
	mentions := []sitrep.Mention{{Span: cp(text, "US"), Sentence: 0, Text: "US", Type: "GPE",
		Place: &sitrep.Place{Name: "United States", Country: "USA"}}}
	for _, c := range find(text, nil, mentions) {
		if strings.Contains(c, " in ") {
			t.Errorf("claim placed by a modifier: %s", c)
		}
	}
	text = "Strikes killed 14 fighters in Syria."
	mentions = []sitrep.Mention{{Span: cp(text, "Syria"), Sentence: 0, Text: "Syria", Type: "GPE"}}
	if got := find(text, nil, mentions); len(got) != 1 || !strings.Contains(got[0], " in Syria") {
		t.Errorf("got %q, want one claim in Syria", got)
	}
}

// TestFindPlacePreference checks that a toll's place is never a news
// outlet the recognizer took for a place, and stays the nearest place
// rather than the speaker's country.
func TestFindPlacePreference(t *testing.T) {
	text := "SANA said 12 people were killed in shelling on Douma."
	mentions := []sitrep.Mention{
		{Span: cp(text, "SANA"), Sentence: 0, Text: "SANA", Type: "GPE", Actor: &sitrep.Actor{Name: "SANA", Country: "SYR", Sector: "MED"}},
		{Span: cp(text, "Douma"), Sentence: 0, Text: "Douma", Type: "GPE", Place: &sitrep.Place{Name: "Douma", Country: "SYR"}},
	}
	if got := find(text, nil, mentions); len(got) != 1 || !strings.Contains(got[0], " in Douma/SYR") {
		t.Errorf("got %q, want one claim in Douma", got)
	}
	text = "Russia said 12 civilians were killed in rebel shelling of Kafr Zita on Tuesday."
	mentions = []sitrep.Mention{
		{Span: cp(text, "Russia"), Sentence: 0, Text: "Russia", Type: "GPE", Place: &sitrep.Place{Name: "Russia", Country: "RUS"}},
		{Span: cp(text, "Kafr Zita"), Sentence: 0, Text: "Kafr Zita", Type: "GPE"},
	}
	if got := find(text, nil, mentions); len(got) != 1 || !strings.Contains(got[0], " in Kafr Zita") {
		t.Errorf("got %q, want one claim in Kafr Zita", got)
	}
}
