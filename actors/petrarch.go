package actors

import (
	"strings"
	"time"
	"unicode"

	"sitrep"
	"sitrep/gazetteer"
)

// intlCodes are CAMEO actor codes that stand for no country.
var intlCodes = map[string]bool{"IGO": true, "NGO": true, "IMG": true, "MNC": true, "UIS": true, "INT": true, "NGM": true}

// parsePetrarch reads the PETRARCH/TABARI actor and agent formats:
//
//	PRIMARY_PHRASE_  [CODE]   ; or # comment
//	+SYNONYM_PHRASE
//		[CODE 850103-130201]   (also <date, >date, or no date)
//	AGENT_PHRASE {PLURAL} [~GOV]
//	!PERSON! = MAN, MEN, WOMAN
//
// It is lenient, as the published files are: lines it cannot use are
// skipped, never fatal.
func parsePetrarch(lines []string) ([]Entry, error) {
	var out []Entry
	subst := map[string][]string{}
	var cur *pEntry
	flush := func() {
		if cur != nil {
			out = append(out, cur.entries()...)
			cur = nil
		}
	}
	for _, raw := range lines {
		line := stripComment(raw)
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "<") {
			continue
		}
		trim := strings.TrimSpace(line)
		switch {
		case line[0] == '\t' || line[0] == ' ':
			if cur != nil && strings.HasPrefix(trim, "[") {
				cur.restrict(trim)
			}
		case line[0] == '+':
			if cur != nil {
				if p, _ := splitCode(trim[1:]); p != "" {
					cur.synonyms = append(cur.synonyms, p)
				}
			}
		case line[0] == '!' && strings.Contains(line, "="):
			name, list, _ := strings.Cut(trim, "=")
			for _, s := range strings.Split(list, ",") {
				subst[strings.TrimSpace(name)] = append(subst[strings.TrimSpace(name)], strings.TrimSpace(s))
			}
		default:
			flush()
			phrase, code := splitCode(trim)
			if phrase == "" {
				continue
			}
			if strings.Contains(code, "~") {
				out = append(out, agentEntries(phrase, code, subst)...)
				continue
			}
			cur = &pEntry{phrase: phrase, code: code}
		}
	}
	flush()
	return out, nil
}

// stripComment removes "#" and ";" comments.
func stripComment(s string) string {
	if i := strings.IndexAny(s, "#;"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, " \r")
}

// splitCode splits "PHRASE {PLURAL} [CODE]" into the phrase (with any
// {plural} kept) and the bracketed code.
func splitCode(s string) (phrase, code string) {
	if i := strings.IndexByte(s, '['); i >= 0 {
		code = s[i+1:]
		if j := strings.IndexAny(code, "]}"); j >= 0 {
			code = code[:j]
		}
		s = s[:i]
	}
	return strings.TrimSpace(s), strings.TrimSpace(code)
}

// pEntry is a PETRARCH actor record being read.
type pEntry struct {
	phrase   string
	code     string
	synonyms []string
	dated    []restriction
}

type restriction struct {
	code     string
	from, to sitrep.Date
}

func (p *pEntry) restrict(s string) {
	s = strings.Trim(s, "[] ")
	code, dates, _ := strings.Cut(s, " ")
	dates = strings.TrimSpace(dates)
	r := restriction{code: strings.TrimSpace(code)}
	switch {
	case dates == "":
		if p.code == "" {
			p.code = r.code // "\t[CODE]" is the default code
			return
		}
	case dates[0] == '<':
		r.to = petrarchDate(dates[1:])
	case dates[0] == '>':
		r.from = petrarchDate(dates[1:])
	default:
		a, b, _ := strings.Cut(dates, "-")
		r.from, r.to = petrarchDate(a), petrarchDate(b)
	}
	if r.code != "" {
		p.dated = append(p.dated, r)
	}
}

// petrarchDate reads YYYYMMDD or YYMMDD (years 00-30 are 20xx); a bad date
// is the zero Date.
func petrarchDate(s string) sitrep.Date {
	s = strings.TrimSpace(s)
	layout := "20060102"
	if len(s) == 6 {
		if s[:2] <= "30" {
			s = "20" + s
		} else {
			s = "19" + s
		}
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return sitrep.Date{}
	}
	return sitrep.DateOf(t)
}

func (p *pEntry) entries() []Entry {
	name := phraseText(p.phrase)
	if name == "" {
		return nil
	}
	base := Entry{ID: slug(name), Name: titleCase(name)}
	seen := map[string]bool{strings.ToLower(name): true}
	for _, s := range p.synonyms {
		if t := phraseText(s); t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			base.Aliases = append(base.Aliases, titleCase(t))
		}
	}
	var out []Entry
	kind := KindOrg
	switch {
	case p.countryOnly():
		kind = KindCountry
	case len(p.dated) > 0 && looksPersonal(name):
		kind = KindPerson
	}
	if p.code != "" {
		e := base
		e.Kind = kind
		setCode(&e, p.code)
		out = append(out, e)
	}
	for _, r := range p.dated {
		e := base
		e.Kind = kind
		setCode(&e, r.code)
		e.From, e.To = r.from, r.to
		out = append(out, e)
	}
	return out
}

// countryOnly reports whether p is a country: its default code, or failing
// that every dated code, is a bare country code (SYR).
func (p *pEntry) countryOnly() bool {
	if len(p.code) == 3 {
		return !intlCodes[p.code]
	}
	n := 0
	for _, c := range append([]string{p.code}, p.codesDated()...) {
		if c == "" {
			continue
		}
		if len(c) != 3 || intlCodes[c] {
			return false
		}
		n++
	}
	return n > 0
}

func (p *pEntry) codesDated() []string {
	out := make([]string, len(p.dated))
	for i, r := range p.dated {
		out[i] = r.code
	}
	return out
}

// setCode fills country, sector and code from a CAMEO actor code such as
// USAGOVLEG, IGOUNO or SYR.
func setCode(e *Entry, code string) {
	code = strings.ToUpper(strings.Trim(code, "~ "))
	e.Code = code
	if len(code) < 3 {
		e.Sector = code
		return
	}
	if intlCodes[code[:3]] {
		e.Sector = code[:3]
		return
	}
	e.Country = code[:3]
	if len(code) >= 6 {
		e.Sector = code[3:6]
	}
}

// agentEntries expands an agent line (PHRASE {PLURAL} [~CODE]) into rows of
// kind agent for the singular, the plural and each substitution.
func agentEntries(phrase, code string, subst map[string][]string) []Entry {
	plural := ""
	explicit := false
	if i := strings.IndexByte(phrase, '{'); i >= 0 {
		explicit = true
		plural = strings.Trim(phrase[i:], "{} ")
		phrase = strings.TrimSpace(phrase[:i])
	}
	forms := []string{phrase}
	if explicit {
		if plural != "" {
			forms = append(forms, plural)
		}
	} else if !strings.HasSuffix(phrase, "_") && !strings.Contains(phrase, "!") {
		forms = append(forms, pluralOf(phrase))
	}
	var expanded []string
	for _, f := range forms {
		if i := strings.IndexByte(f, '!'); i >= 0 {
			if j := strings.IndexByte(f[i+1:], '!'); j >= 0 {
				key := f[i : i+j+2]
				for _, s := range subst[key] {
					expanded = append(expanded, f[:i]+s+f[i+j+2:])
				}
				continue
			}
		}
		expanded = append(expanded, f)
	}
	if len(expanded) == 0 {
		return nil
	}
	name := phraseText(expanded[0])
	e := Entry{ID: "agent:" + slug(name), Kind: KindAgent, Name: strings.ToLower(name)}
	for _, x := range expanded[1:] {
		if t := strings.ToLower(phraseText(x)); t != "" && t != e.Name {
			e.Aliases = append(e.Aliases, t)
		}
	}
	c := strings.ToUpper(strings.Trim(code, "~ "))
	e.Code = c
	if len(c) >= 3 {
		e.Sector = c[:3]
	}
	if strings.HasSuffix(code, "~") && len(c) >= 3 {
		e.Sector = c[:3] // prefix codes (NGO~) name the sector too
	}
	if e.Name == "" {
		return nil
	}
	return []Entry{e}
}

// orgWords mark a name as an organization's, not a person's.
var orgWords = map[string]bool{
	"agency": true, "army": true, "assembly": true, "association": true, "authority": true, "bank": true,
	"brigade": true, "brigades": true, "bureau": true, "cabinet": true, "coalition": true, "command": true,
	"commission": true, "committee": true, "company": true, "congress": true, "corporation": true,
	"council": true, "court": true, "department": true, "force": true, "forces": true, "front": true,
	"government": true, "group": true, "guard": true, "league": true, "military": true, "ministry": true,
	"movement": true, "national": true, "observatory": true, "office": true, "organization": true,
	"parliament": true, "party": true, "police": true, "secretary": true, "service": true, "state": true,
	"union": true, "minister": true, "president": true, "of": true, "the": true, "and": true,
}

// looksPersonal reports whether a dated entry's name is a person's: two to
// five words, none of them an organization word.
func looksPersonal(name string) bool {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if orgWords[w] {
			return false
		}
	}
	return true
}

func pluralOf(s string) string {
	switch {
	case strings.HasSuffix(s, "SS"):
		return s + "ES"
	case strings.HasSuffix(s, "Y") && len(s) > 1 && !strings.ContainsRune("AEIOU", rune(s[len(s)-2])):
		return s[:len(s)-1] + "IES"
	}
	return s + "S"
}

// phraseText turns JOHN_KERRY_ into "JOHN KERRY".
func phraseText(p string) string {
	p = strings.NewReplacer("_", " ", "\t", " ", "|", " ").Replace(p)
	return strings.Join(strings.Fields(p), " ")
}

// titleCase turns "JOHN KERRY" into "John Kerry", leaving short all-capital
// words (UN, NATO, ICRC) and words with periods as they are.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.Contains(w, ".") {
			continue
		}
		if allUpper(w) && isAcronym(w) {
			continue
		}
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		for j := 1; j < len(rs); j++ {
			// Al-Assad, (Isis), O'Brien, but Syria's.
			if rs[j-1] == '-' || rs[j-1] == '(' || rs[j-1] == '\'' && j+1 < len(rs) {
				rs[j] = unicode.ToUpper(rs[j])
			}
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

func allUpper(s string) bool { return strings.ToUpper(s) == s }

// isAcronym guesses whether a short capitalised word is an acronym (no
// vowel, or a known one) rather than a word written in capitals.
func isAcronym(w string) bool {
	switch w {
	case "MR", "MRS", "MS", "DR", "ST", "JR", "SR", "GEN", "LT", "COL", "SGT", "CPL", "PVT":
		return false
	case "NATO", "OPEC", "UNDP", "UNHCR", "UNICEF", "ASEAN", "OSCE", "ECOWAS", "AMISOM", "UNESCO":
		return true
	}
	if len(w) <= 2 {
		return !shortWords[w]
	}
	return !strings.ContainsAny(w, "AEIOU")
}

// shortWords are two-letter words, not acronyms, in capitalised phrases.
var shortWords = map[string]bool{"OF": true, "IN": true, "ON": true, "AT": true, "TO": true, "BY": true, "OR": true,
	"AN": true, "AS": true, "IS": true, "IT": true, "DE": true, "DU": true, "LA": true, "LE": true, "EL": true,
	"AL": true, "ET": true, "DA": true, "DI": true, "DO": true, "MY": true, "NO": true, "SO": true, "UP": true}

// slug makes an id from a name: lower case, ASCII letters and digits, words
// joined by underscores.
func slug(name string) string {
	var b strings.Builder
	under := false
	for _, r := range gazetteer.Fold(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
		} else {
			under = true
		}
	}
	return b.String()
}
