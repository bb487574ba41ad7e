package timex_test

import (
	"strings"
	"testing"

	"sitrep"
	"sitrep/timex"
)

// dct is Thursday, 8 December 2016.
var dct = sitrep.NewDate(2016, 12, 8)

// sentences splits text at ". " into sentences with code-point spans, a
// stand-in for the segmenter.
func sentences(text string) []sitrep.Sentence {
	var out []sitrep.Sentence
	runes := []rune(text)
	start := 0
	for i := 0; i < len(runes); i++ {
		if runes[i] == '.' && i+1 < len(runes) && runes[i+1] == ' ' && i+2 < len(runes) && runes[i+2] >= 'A' && runes[i+2] <= 'Z' {
			out = append(out, sitrep.Sentence{Span: sitrep.Span{Start: start, End: i + 1}})
			start = i + 2
		}
	}
	return append(out, sitrep.Sentence{Span: sitrep.Span{Start: start, End: len(runes)}})
}

// one runs Find and expects exactly one expression.
func one(t *testing.T, o timex.Options, text string, d sitrep.Date) sitrep.Time {
	t.Helper()
	got := o.Find(text, sentences(text), d)
	if len(got) != 1 {
		t.Fatalf("Find(%q) = %d expressions %+v, want 1", text, len(got), got)
	}
	return got[0]
}

func TestFind(t *testing.T) {
	tests := []struct {
		text  string // the sentence
		want  string // the expression's text
		kind  string
		value string
	}{
		// weekdays and parts of day
		{"Rebels shelled the old city on Thursday morning.", "Thursday morning", "time", "2016-12-08TMO"},
		{"The convoy left Wednesday.", "Wednesday", "date", "2016-12-07"},
		{"The ministers will meet on Friday.", "Friday", "date", "2016-12-09"},
		{"The talks resume next Friday.", "next Friday", "date", "2016-12-09"},
		{"He spoke last Thursday.", "last Thursday", "date", "2016-12-01"},
		{"The strike began Monday.", "Monday", "date", "2016-12-05"},
		{"Fighting resumed Tuesday afternoon.", "Tuesday afternoon", "time", "2016-12-06TAF"},
		{"Shelling went on through Sunday evening.", "Sunday evening", "time", "2016-12-04TEV"},
		{"Sirens sounded Saturday night.", "Saturday night", "time", "2016-12-03TNI"},
		{"He said on Thursday that talks had failed.", "Thursday", "date", "2016-12-08"},
		{"Monday's vote was postponed.", "Monday", "date", "2016-12-05"},
		// absolute dates
		{"The siege began on Dec. 5, 2016.", "Dec. 5, 2016", "date", "2016-12-05"},
		{"The siege began on 5 December 2016.", "5 December 2016", "date", "2016-12-05"},
		{"The siege began on December 5.", "December 5", "date", "2016-12-05"},
		{"The file is dated 2016-12-05.", "2016-12-05", "date", "2016-12-05"},
		{"The file is dated 12/05/2016.", "12/05/2016", "date", "2016-12-05"},
		{"The order was signed Sept. 30.", "Sept. 30", "date", "2016-09-30"},
		{"The law took effect on the 1st of July.", "the 1st of July", "date", "2016-07-01"},
		{"The ceasefire collapsed in March.", "March", "date", "2016-03"},
		{"Elections will be held in March.", "March", "date", "2017-03"},
		{"Prices fell in October 2015.", "October 2015", "date", "2015-10"},
		{"The war began in 2011.", "2011", "date", "2011"},
		{"It was common in the 1990s.", "the 1990s", "date", "199"},
		{"It boomed in the nineties.", "the nineties", "date", "199"},
		{"It boomed in the '90s.", "the '90s", "date", "199"},
		{"Growth slowed in the third quarter.", "the third quarter", "date", "2016-Q3"},
		{"Exports rose in the first quarter of 2015.", "the first quarter of 2015", "date", "2015-Q1"},
		{"The camp flooded last summer.", "last summer", "date", "2016-SU"},
		{"Aid arrived in early November.", "early November", "date", "2016-11"},
		{"The embassy reopened in mid-2015.", "mid-2015", "date", "2015"},
		// relative
		{"The city fell today.", "today", "date", "2016-12-08"},
		{"The city fell yesterday.", "yesterday", "date", "2016-12-07"},
		{"Talks resume tomorrow.", "tomorrow", "date", "2016-12-09"},
		{"A vote is expected tonight.", "tonight", "time", "2016-12-08TNI"},
		{"Clashes erupted last week.", "last week", "date", "2016-W48"},
		{"Talks continued this week.", "this week", "date", "2016-W49"},
		{"Fuel ran out earlier this month.", "earlier this month", "date", "2016-12"},
		{"The bridge was hit two days ago.", "two days ago", "date", "2016-12-06"},
		{"Elections are due next year.", "next year", "date", "2017"},
		{"Prices rose last month.", "last month", "date", "2016-11"},
		{"Prices rose this year.", "this year", "date", "2016"},
		{"The strike began the day before.", "the day before", "date", "2016-12-07"},
		{"The deal was signed a year ago.", "a year ago", "date", "2015"},
		{"Talks collapsed three weeks ago.", "three weeks ago", "date", "2016-W46"},
		{"Shops opened this morning.", "this morning", "time", "2016-12-08TMO"},
		{"Gunfire was heard last night.", "last night", "time", "2016-12-07TNI"},
		// clock times
		{"The blast happened at 14:30 GMT.", "14:30 GMT", "time", "2016-12-08T14:30Z"},
		{"The curfew starts at 10 p.m.", "10 p.m.", "time", "2016-12-08T22:00"},
		{"The curfew starts at 6am.", "6am", "time", "2016-12-08T06:00"},
		{"The deadline passed at noon Thursday.", "noon Thursday", "time", "2016-12-08T12:00"},
		{"The polls will close at 8 pm EST Friday.", "8 pm EST Friday", "time", "2016-12-09T20:00-05:00"},
		// durations and intervals
		{"The siege lasted 26 days.", "26 days", "duration", "P26D"},
		{"He served three years in prison.", "three years", "duration", "P3Y"},
		{"The truce held for two weeks.", "two weeks", "duration", "P2W"},
		{"They waited for hours.", "hours", "duration", "PTXH"},
		{"They walked twenty-six days.", "twenty-six days", "duration", "P26D"},
		{"It has lasted two dozen years.", "two dozen years", "duration", "P24Y"},
		{"It signed a five-year contract.", "five-year", "duration", "P5Y"},
		{"It took a few minutes.", "a few minutes", "duration", "PTXM"},
		{"Talks went on for 90 minutes.", "90 minutes", "duration", "PT90M"},
		{"The city has been besieged since November 15.", "since November 15", "interval", "2016-11-15/2016-12-08"},
		{"Hundreds died in the past 26 days.", "the past 26 days", "interval", "2016-11-12/2016-12-08"},
		{"More will flee over the next two weeks.", "the next two weeks", "interval", "2016-12-08/2016-12-22"},
		{"Rains fell between March and May.", "between March and May", "interval", "2016-03/2016-05"},
		{"The office was shut from Monday to Wednesday.", "from Monday to Wednesday", "interval", "2016-12-05/2016-12-07"},
		{"Nothing has changed since 2011.", "since 2011", "interval", "2011/2016-12-08"},
		// vague references and sets
		{"The fighting has recently intensified.", "recently", "date", "PAST_REF"},
		{"Lately the roads have been closed.", "Lately", "date", "PAST_REF"},
		{"Aid is now reaching the city.", "now", "date", "PRESENT_REF"},
		{"The crossing is currently closed.", "currently", "date", "PRESENT_REF"},
		{"Talks may resume in the future.", "the future", "date", "FUTURE_REF"},
		{"They protest every Friday.", "every Friday", "set", "XXXX-WXX-5"},
		{"The council meets weekly.", "weekly", "set", "P1W"},
		{"Convoys arrive daily.", "daily", "set", "P1D"},
		{"Trucks cross twice a week.", "a week", "set", "P1W"},
		{"Prices rose in recent years.", "recent years", "date", "PAST_REF"},
		// named days, words, fractions, finance
		{"Shops closed on Christmas Day.", "Christmas Day", "date", "2016-12-25"},
		{"The vote was held on Election Day.", "Election Day", "date", "2016-11-08"},
		{"Families gathered last Thanksgiving.", "last Thanksgiving", "date", "2016-11-24"},
		{"It was founded in nineteen ninety-six.", "nineteen ninety-six", "date", "1996"},
		{"The march lasted 5 1/2 hours.", "5 1/2 hours", "duration", "PT5H30M"},
		{"He served two and a half years.", "two and a half years", "duration", "P2Y6M"},
		{"Profit fell from the year-earlier quarter.", "the year-earlier quarter", "date", "2015-Q3"},
		{"Sales rose in this year's third quarter.", "this year's third quarter", "date", "2016-Q3"},
		{"Shares rose during the first half.", "the first half", "date", "2016-H1"},
		{"Rents doubled in January this year.", "January this year", "date", "2016-01"},
		{"The camp was emptied three days later.", "three days", "duration", "P3D"},
		{"He arrived at 10 o'clock.", "10 o'clock", "time", "2016-12-08T10:00"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got := one(t, timex.Options{}, tt.text, dct)
			if got.Text != tt.want || got.Kind != tt.kind || got.Value != tt.value {
				t.Errorf("got %q %s %s, want %q %s %s", got.Text, got.Kind, got.Value, tt.want, tt.kind, tt.value)
			}
			if s := string([]rune(tt.text)[got.Start:got.End]); s != got.Text {
				t.Errorf("span [%d,%d) is %q, text %q", got.Start, got.End, s, got.Text)
			}
		})
	}
}

func TestFindNotTimes(t *testing.T) {
	tests := []string{
		"A 45-year-old man was wounded.",
		"The victim was 45 years old.",
		"Some 3,500 people fled.",
		"Unemployment reached 26 percent.",
		"Turnout was 2016 votes short, or 12%.",
		"He lives at 1600 Pennsylvania Avenue.",
		"Their office, 2001 Pennsylvania Avenue, was shut.",
		"The embassy at 1999 Main Street was shut.",
		"About 2000 troops were deployed.",
		"The shares may fall further.",
		"Shares may fall sharply in trading.",
		"They march on the capital.",
		"He paid $1990 for it.",
		"The Sun reported the story.",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			if got := timex.Find(text, nil, dct); len(got) != 0 {
				t.Errorf("Find(%q) = %+v, want nothing", text, got)
			}
		})
	}
}

func TestFindUnresolved(t *testing.T) {
	tests := []struct{ text, value string }{
		{"The convoy left Wednesday.", "XXXX-WXX-3"},
		{"The city fell yesterday.", "XXXX-XX-XX"},
		{"The siege began on December 5.", "XXXX-12-05"},
		{"Clashes erupted last week.", "XXXX-WXX"},
		{"The ceasefire collapsed in March.", "XXXX-03"},
		{"The siege began on Dec. 5, 2016.", "2016-12-05"},
		{"The siege lasted 26 days.", "P26D"},
		{"The fighting has recently intensified.", "PAST_REF"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := one(t, timex.Options{}, tt.text, sitrep.Date{}); got.Value != tt.value {
				t.Errorf("value %s, want %s", got.Value, tt.value)
			}
		})
	}
}

func TestFindOptions(t *testing.T) {
	t.Run("DayFirst", func(t *testing.T) {
		got := one(t, timex.Options{DayFirst: true}, "The file is dated 05/12/2016.", dct)
		if got.Value != "2016-12-05" {
			t.Errorf("value %s, want 2016-12-05", got.Value)
		}
		got = one(t, timex.Options{}, "The file is dated 05/12/2016.", dct)
		if got.Value != "2016-05-12" {
			t.Errorf("month-first value %s, want 2016-05-12", got.Value)
		}
	})
	t.Run("TimeML", func(t *testing.T) {
		o := timex.Options{TimeML: true}
		got := one(t, o, "The city has been besieged since November 15.", dct)
		if got.Text != "November 15" || got.Kind != "date" || got.Value != "2016-11-15" {
			t.Errorf("got %q %s %s", got.Text, got.Kind, got.Value)
		}
		got = one(t, o, "Hundreds died in the past 26 days.", dct)
		if got.Text != "the past 26 days" || got.Kind != "duration" || got.Value != "P26D" {
			t.Errorf("got %q %s %s", got.Text, got.Kind, got.Value)
		}
		if all := o.Find("Rains fell between March and May.", nil, dct); len(all) != 2 {
			t.Errorf("between: %+v, want two dates", all)
		}
	})
}

func TestFindOffsets(t *testing.T) {
	// Offsets are code points: the accented letters and the emoji before
	// the expression must not shift it.
	text := "Ça a duré 🙂 deux jours. The café closed on Tuesday. Nothing after."
	got := timex.Find(text, sentences(text), dct)
	if len(got) != 1 {
		t.Fatalf("got %+v", got)
	}
	r := []rune(text)
	if s := string(r[got[0].Start:got[0].End]); s != "Tuesday" || got[0].Text != "Tuesday" {
		t.Errorf("span text %q", s)
	}
	want := len([]rune(text[:strings.Index(text, "Tuesday")]))
	if got[0].Sentence != 1 || got[0].Start != want || want == strings.Index(text, "Tuesday") {
		t.Errorf("sentence %d start %d, want 1 and %d", got[0].Sentence, got[0].Start, want)
	}
}

func TestFindAnaphora(t *testing.T) {
	// "the next day" counts from the last date the story named.
	text := "The siege began on Nov. 15. The bridge fell the next day. A month later the market burned."
	got := timex.Find(text, sentences(text), dct)
	if len(got) < 2 || got[1].Text != "the next day" || got[1].Value != "2016-11-16" {
		t.Errorf("got %+v", got)
	}
}

func TestFindSentences(t *testing.T) {
	text := "The city fell Wednesday. Aid arrived today. It will leave Friday."
	got := timex.Find(text, sentences(text), dct)
	var b strings.Builder
	for _, x := range got {
		b.WriteString(x.Text + "=" + x.Value + "@" + string(rune('0'+x.Sentence)) + " ")
	}
	want := "Wednesday=2016-12-07@0 today=2016-12-08@1 Friday=2016-12-09@2 "
	if b.String() != want {
		t.Errorf("got %s, want %s", b.String(), want)
	}
}

func TestInferPublished(t *testing.T) {
	tests := []struct {
		text string
		want string
		ok   bool
	}{
		{"ALEPPO, Dec. 8, 2016 -- The city fell on Dec. 5, 2016 after a siege.", "2016-12-08", true},
		{"Posted 2016-12-08. Fighting began in 2012.", "2016-12-08", true},
		{"The city fell on Wednesday.", "", false},
		{"The city fell on December 5.", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d, ok := timex.InferPublished(tt.text)
			if ok != tt.ok || d.String() != tt.want {
				t.Errorf("got %s %v, want %s %v", d, ok, tt.want, tt.ok)
			}
		})
	}
}
