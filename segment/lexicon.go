package segment

import "strings"

// Kinds of abbreviation, by what may follow them.
const (
	abbrTitle  = 1 + iota // precedes a name, never ends a sentence: "Dr. Smith"
	abbrOther             // may end a sentence when a sentence starter follows
	abbrInner             // never ends a sentence: "e.g.", "vs."
	abbrNumber            // an abbreviation only before a number: "No. 5"
)

// abbrevs maps abbreviations, without their period, to their kind. Lower-case
// entries also match when capitalized.
var abbrevs = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(kind uint8, list string) {
		for _, w := range strings.Fields(list) {
			m[w] = kind
			if 'a' <= w[0] && w[0] <= 'z' {
				m[string(w[0]-'a'+'A')+w[1:]] = kind
			}
		}
	}
	add(abbrTitle, `Mr Mrs Ms Messrs Mme Mlle Dr Drs Prof Gen Gens Lt Col Maj Capt Cpt
		Sgt Cpl Pvt Adm Cmdr Cdr Brig Rep Reps Sen Sens Gov Pres Rev Hon Fr Supt Insp
		Det Atty Amb Sec Mt Ft Pt`)
	add(abbrOther, `Jan Feb Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu
		Thur Thurs Fri Sat Sun Jr Sr Inc Co Corp Ltd Bros Plc St Ave Blvd Rd Hwy Dept Univ
		Assn Govt Intl Natl Ariz Ark Calif Colo Conn Fla Ga Kan Ky Md Mich
		Minn Mont Neb Nev Okla Ore Penn Tenn Tex Va Vt Wis Wyo La etc approx est co
		dept esp fig figs govt yrs hrs mins secs mos wk wks ext attn lb lbs oz eg`)
	add(abbrInner, `vs cf viz eds pp ret retd`)
	add(abbrNumber, `No Nos Vol Art`)
	for _, w := range []string{"i.e", "e.g", "a.k.a", "al", "et"} {
		m[w] = abbrInner
	}
	return m
}()

// starters are capitalized words that commonly begin a sentence; after an
// abbreviation they mark a sentence break ("in the U.S. The next").
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An This That These Those It Its He She
		They We I You His Her Their Our My Your There Here In On At But And Or So Yet
		However Meanwhile If When While As After Before Since Although Though Despite
		Some Many Most All No Not Then Also What Why How Who Where Which One Two Now
		Still For With By From According Under Over During Last Earlier Later Today
		Yesterday Tomorrow Officials Police Thus Such Each Every Both Other Another
		Do Does Did Be Can Could Will Would Should May Might Must Is Are Was Were
		Has Have Had Please Let Thanks Thank See Just`) {
		m[w] = true
	}
	return m
}()

// domainSuffix lists top-level domains and file extensions that join a word
// across a period: "Amazon.com", "report.pdf".
var domainSuffix = map[string]bool{
	"com": true, "org": true, "net": true, "gov": true, "edu": true, "mil": true,
	"info": true, "biz": true, "io": true, "uk": true, "ca": true, "de": true,
	"fr": true, "au": true, "ru": true, "cn": true, "jp": true, "tv": true,
	"co": true, "ac": true, "eu": true,
	"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "ppt": true,
	"txt": true, "htm": true, "html": true, "jpg": true, "jpeg": true, "png": true,
	"gif": true, "zip": true, "exe": true, "csv": true, "mp3": true, "php": true,
	"asp": true, "aspx": true, "cfm": true, "DOC": true, "XLS": true, "PDF": true,
}

// hyphenPrefix lists prefixes after which UD English keeps the hyphen inside
// the word ("e-mail", "co-workers", "non-human"); other hyphens split.
var hyphenPrefix = map[string]bool{
	"e": true, "co": true, "pre": true, "post": true, "non": true, "semi": true,
	"re": true, "pro": true, "multi": true, "mid": true, "ex": true, "anti": true,
	"sub": true, "un": true, "de": true, "bi": true, "tri": true, "inter": true,
	"intra": true, "mis": true, "micro": true, "macro": true, "neo": true,
	"pseudo": true, "quasi": true, "ultra": true, "mega": true, "mini": true,
	"over": true, "under": true, "hyper": true, "cyber": true, "x": true,
	"counter": true, "arch": true, "socio": true, "cross": true,
}

// units are unit and time suffixes split off a number: "7:30" + "pm".
var units = map[string]bool{
	"am": true, "pm": true, "m": true, "k": true, "b": true, "bn": true, "mn": true,
	"km": true, "kg": true, "mm": true, "cm": true, "ft": true, "lb": true,
	"lbs": true, "mph": true, "mg": true, "ml": true, "gb": true, "mb": true,
	"kb": true, "hr": true, "hrs": true, "min": true, "h": true, "g": true,
}

// fused lists, by length, forms UD English splits without an apostrophe
// and the byte length of their first part: "cannot" is "can" + "not".
var fused = func() (byLen [9][]fusedForm) {
	for _, f := range []fusedForm{
		{"cannot", 3}, {"gonna", 3}, {"wanna", 3}, {"gotta", 3},
		{"dont", 2}, {"didnt", 3}, {"doesnt", 4}, {"isnt", 2}, {"wasnt", 3}, {"arent", 3},
		{"werent", 4}, {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"havent", 4},
		{"hasnt", 3}, {"cant", 2}, {"wont", 2}, {"im", 1}, {"ive", 1}, {"thats", 4},
	} {
		byLen[len(f.form)] = append(byLen[len(f.form)], f)
	}
	return byLen
}()

type fusedForm struct {
	form  string
	split int
}
