package timex

// Word classes of the lexicon. A word has one class; the few English words
// that could sit in two ("second", "may", "march") are settled by the
// matchers from context.
const (
	cNone    uint8 = iota
	cMonth         // val 1..12
	cWeekday       // val 1 (Monday) .. 7 (Sunday), ISO numbering
	cNumber        // val: the number; "a", "an" are handled apart
	cOrdinal       // val: first = 1 ...
	cUnit          // val: a unit constant below
	cPartDay       // val: a part-of-day constant below
	cSeason        // val: a season constant below
	cDeictic       // today, yesterday, tomorrow, tonight
	cVague         // val: vPast, vPresent, vFuture
	cSet           // daily, weekly ...: val is the unit
	cZone          // GMT, EST ...: val is the offset in minutes + zoneBias
	cFunc          // function words the matchers test by text
)

// Units of duration, in increasing size.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeekend
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// Parts of day.
const (
	pMorning = iota + 1
	pAfternoon
	pEvening
	pNight
	pNoon
	pMidnight
)

var partDayCode = [...]string{"", "MO", "AF", "EV", "NI", "12:00", "24:00"}

// Seasons.
const (
	sSpring = iota + 1
	sSummer
	sFall
	sWinter
)

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}

// Vague references.
const (
	vPast = iota + 1
	vPresent
	vFuture
)

var vagueValue = [...]string{"", "PAST_REF", "PRESENT_REF", "FUTURE_REF"}

// Deictic days.
const (
	dToday = iota + 1
	dYesterday
	dTomorrow
	dTonight
)

// zoneBias keeps zone offsets positive-free: val = offset minutes + zoneBias.
const zoneBias = 1000

// lex is one lexicon entry.
type lex struct {
	class  uint8
	val    int16
	plural bool // "days", "Fridays"
	abbr   bool // "Dec", "Wed": may take a full stop, must be capitalised
	past   bool // an irregular past-tense verb
	sched  bool // a present-tense verb of schedules: meet, begin, resume
	word   string
}

// lexicon maps lower-case words to their entry. It is built once and only
// read afterwards, so it is safe for concurrent use.
var lexicon = buildLexicon()

func buildLexicon() map[string]lex {
	m := make(map[string]lex, 400)
	months := []string{"january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december"}
	for i, s := range months {
		m[s] = lex{class: cMonth, val: int16(i + 1)}
	}
	for s, v := range map[string]int16{"jan": 1, "feb": 2, "mar": 3, "apr": 4,
		"jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12} {
		m[s] = lex{class: cMonth, val: v, abbr: true}
	}
	days := []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, s := range days {
		m[s] = lex{class: cWeekday, val: int16(i + 1)}
		m[s+"s"] = lex{class: cWeekday, val: int16(i + 1), plural: true}
	}
	for s, v := range map[string]int16{"mon": 1, "tue": 2, "tues": 2, "wed": 3,
		"thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7} {
		m[s] = lex{class: cWeekday, val: v, abbr: true}
	}
	ones := []string{"zero", "one", "two", "three", "four", "five", "six", "seven",
		"eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
		"fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, s := range ones {
		m[s] = lex{class: cNumber, val: int16(i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, s := range tens {
		m[s] = lex{class: cNumber, val: int16(20 + 10*i)}
	}
	m["hundred"] = lex{class: cNumber, val: 100}
	m["dozen"] = lex{class: cNumber, val: 12}
	m["couple"] = lex{class: cNumber, val: 2}
	ords := []string{"first", "second", "third", "fourth", "fifth", "sixth",
		"seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
		"fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
		"nineteenth", "twentieth"}
	for i, s := range ords {
		m[s] = lex{class: cOrdinal, val: int16(i + 1)}
	}
	m["thirtieth"] = lex{class: cOrdinal, val: 30}
	m["last"] = lex{class: cFunc} // also "the last quarter"; by text
	// "second" stays an ordinal ("the second quarter"); only "seconds" is
	// a unit.
	units := map[string]int16{"minute": uMinute, "hour": uHour, "day": uDay,
		"weekend": uWeekend, "week": uWeek, "fortnight": uFortnight,
		"month": uMonth, "quarter": uQuarter, "year": uYear, "decade": uDecade}
	for s, v := range units {
		m[s] = lex{class: cUnit, val: v}
		m[s+"s"] = lex{class: cUnit, val: v, plural: true}
	}
	m["seconds"] = lex{class: cUnit, val: uSecond, plural: true}
	m["century"] = lex{class: cUnit, val: uCentury}
	m["centuries"] = lex{class: cUnit, val: uCentury, plural: true}
	for s, v := range map[string]int16{"morning": pMorning, "afternoon": pAfternoon,
		"evening": pEvening, "night": pNight, "overnight": pNight, "noon": pNoon,
		"midday": pNoon, "midnight": pMidnight} {
		m[s] = lex{class: cPartDay, val: v}
	}
	m["mornings"] = lex{class: cPartDay, val: pMorning, plural: true}
	m["afternoons"] = lex{class: cPartDay, val: pAfternoon, plural: true}
	m["evenings"] = lex{class: cPartDay, val: pEvening, plural: true}
	m["nights"] = lex{class: cPartDay, val: pNight, plural: true}
	for s, v := range map[string]int16{"spring": sSpring, "summer": sSummer,
		"fall": sFall, "autumn": sFall, "winter": sWinter} {
		m[s] = lex{class: cSeason, val: v}
	}
	for s, v := range map[string]int16{"today": dToday, "yesterday": dYesterday,
		"tomorrow": dTomorrow, "tonight": dTonight} {
		m[s] = lex{class: cDeictic, val: v}
	}
	for s, v := range map[string]int16{"recently": vPast, "lately": vPast,
		"now": vPresent, "currently": vPresent, "current": vPresent,
		"presently": vPresent, "nowadays": vPresent, "soon": vFuture} {
		m[s] = lex{class: cVague, val: v}
	}
	for s, v := range map[string]int16{"hourly": uHour, "daily": uDay, "nightly": uDay,
		"weekly": uWeek, "biweekly": uFortnight, "fortnightly": uFortnight,
		"monthly": uMonth, "yearly": uYear} {
		m[s] = lex{class: cSet, val: v}
	}
	for s, v := range map[string]int{"gmt": 0, "utc": 0, "z": 0, "est": -300,
		"edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360,
		"pst": -480, "pdt": -420, "cet": 60, "cest": 120, "bst": 60, "eet": 120,
		"eest": 180, "msk": 180, "jst": 540, "ist": 330, "aest": 600} {
		m[s] = lex{class: cZone, val: int16(v + zoneBias), abbr: true}
	}
	for _, s := range schedVerbs {
		m[s] = lex{class: cFunc, sched: true}
		m[s+"s"] = lex{class: cFunc, sched: true}
	}
	for s, v := range decadeWords {
		m[s] = lex{class: cFunc, val: v}
	}
	for _, s := range pastVerbs {
		m[s] = lex{class: cFunc, past: true}
	}
	for _, s := range funcWords {
		if _, ok := m[s]; !ok {
			m[s] = lex{class: cFunc}
		}
	}
	for k, e := range m {
		e.word = k
		m[k] = e
	}
	return m
}

// funcWords are the words the matchers test by their text.
var funcWords = []string{"a", "an", "the", "in", "on", "at", "since", "until",
	"till", "by", "before", "after", "during", "from", "to", "through", "between",
	"and", "or", "of", "last", "next", "this", "that", "these", "those", "past",
	"coming", "previous", "following", "ago", "earlier", "later", "early", "late",
	"mid", "every", "each", "per", "for", "over", "within", "fiscal", "end",
	"beginning", "start", "middle", "around", "about", "than", "more", "less",
	"some", "several", "few", "many", "same", "will", "shall", "going", "old",
	"local", "time", "term", "near", "short", "long", "half", "present", "am",
	"pm", "m", "p", "o'clock", "right", "other", "once", "twice", "times",
	"thrice", "ll", "yet", "already", "recent", "day", "upcoming", "prior",
	"latest", "s", "clock", "plans", "plan",
	"scheduled", "expected", "due", "said", "was", "were", "had", "did", "has",
	"would", "been", "is", "are", "be", "moment", "future",
	"up", "as", "its", "their", "his", "her", "our", "my", "planned", "planning",
	"set", "no", "period", "comparable", "corresponding", "full", "ended", "ending",
	"thousand", "could", "might", "christmas", "halloween", "thanksgiving",
	"independence", "labor", "memorial", "election", "veterans", "eve",
	"additional", "further", "payable"}

// decadeWords name the decades of the twentieth century; val is the
// decade's digit.
var decadeWords = map[string]int16{"twenties": 2, "thirties": 3, "forties": 4,
	"fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}

// pastVerbs are common irregular past tenses of news, markers of the past
// tense beside "-ed" forms.
var pastVerbs = []string{"fell", "began", "came", "went", "took", "left", "made",
	"told", "fled", "held", "met", "saw", "struck", "shot", "won", "lost", "led",
	"rose", "broke", "brought", "gave", "got", "sent", "spent", "thought", "found",
	"kept", "ran", "stood", "wrote", "spoke", "chose", "drove", "flew", "grew",
	"knew", "became", "paid", "sold", "bought", "heard", "felt", "fought", "caught",
	"threw", "hid", "stole", "swore", "withdrew", "overthrew", "underwent"}

// schedVerbs are verbs whose present tense before a day speaks of a
// schedule, hence of the future: "talks resume Monday".
var schedVerbs = []string{"meet", "begin", "start", "resume", "open", "arrive",
	"visit", "vote", "travel", "return", "expire", "convene", "reopen", "close"}

// durUnit is the ISO 8601 designator of each unit and whether it belongs
// after the T.
var durUnit = [...]struct {
	code string
	time bool
	mult int
}{
	uSecond:    {"S", true, 1},
	uMinute:    {"M", true, 1},
	uHour:      {"H", true, 1},
	uDay:       {"D", false, 1},
	uWeekend:   {"WE", false, 1},
	uWeek:      {"W", false, 1},
	uFortnight: {"W", false, 2},
	uMonth:     {"M", false, 1},
	uQuarter:   {"Q", false, 1},
	uYear:      {"Y", false, 1},
	uDecade:    {"Y", false, 10},
	uCentury:   {"Y", false, 100},
}
