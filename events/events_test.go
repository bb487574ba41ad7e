package events_test

import (
	"strconv"
	"strings"
	"testing"

	"sitrep"
	"sitrep/events"
)

// sentence builds a parsed sentence from "text/UPOS/head/deprel[/lemma[/XPOS]]"
// items separated by spaces, with the body they span.
func sentence(tb testing.TB, spec string) (string, sitrep.Sentence) {
	tb.Helper()
	var body strings.Builder
	var s sitrep.Sentence
	for _, item := range strings.Fields(spec) {
		f := strings.Split(item, "/")
		if len(f) < 4 {
			tb.Fatalf("bad item %q", item)
		}
		head, err := strconv.Atoi(f[2])
		if err != nil {
			tb.Fatal(err)
		}
		if body.Len() > 0 {
			body.WriteByte(' ')
		}
		start := len([]rune(body.String()))
		body.WriteString(f[0])
		lemma := strings.ToLower(f[0])
		if len(f) > 4 {
			lemma = f[4]
		}
		xpos := ""
		if len(f) > 5 {
			xpos = f[5]
		}
		s.Tokens = append(s.Tokens, sitrep.Token{Text: f[0], Span: sitrep.Span{Start: start, End: start + len([]rune(f[0]))},
			UPOS: f[1], XPOS: xpos, Lemma: lemma, Head: int32(head), Deprel: f[3]})
	}
	s.Span = sitrep.Span{Start: 0, End: len([]rune(body.String()))}
	return body.String(), s
}

// actor returns a mention of the text frag in body with a country actor.
func actor(body, frag, country, sector string) sitrep.Mention {
	i := strings.Index(body, frag)
	start := len([]rune(body[:i]))
	return sitrep.Mention{Span: sitrep.Span{Start: start, End: start + len([]rune(frag))}, Text: frag, Type: "GPE",
		Actor: &sitrep.Actor{Country: country, Sector: sector}}
}

func code(tb testing.TB, spec string, mentions func(body string) []sitrep.Mention) []sitrep.Event {
	tb.Helper()
	body, s := sentence(tb, spec)
	var ms []sitrep.Mention
	if mentions != nil {
		ms = mentions(body)
	}
	return events.Code(body, []sitrep.Sentence{s}, ms, nil, sitrep.NewDate(2016, 12, 8))
}

func TestMode(t *testing.T) {
	russia := func(body string) []sitrep.Mention {
		return []sitrep.Mention{actor(body, "Russia", "RUS", "GOV"), actor(body, "Turkey", "TUR", "")}
	}
	tests := []struct {
		name, spec, want string
	}{
		{"Asserted", "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/2/obj", events.Asserted},
		{"Negated", "Russia/PROPN/4/nsubj is/AUX/4/aux/be not/PART/4/advmod condemning/VERB/0/root/condemn Turkey/PROPN/4/obj", events.Negated},
		{"Future", "Russia/PROPN/3/nsubj will/AUX/3/aux condemn/VERB/0/root Turkey/PROPN/3/obj", events.Future},
		{"NegatedFuture", "Russia/PROPN/4/nsubj will/AUX/4/aux not/PART/4/advmod condemn/VERB/0/root Turkey/PROPN/4/obj", events.Negated},
		{"Would", "Russia/PROPN/3/nsubj would/AUX/3/aux condemn/VERB/0/root Turkey/PROPN/3/obj", events.Hypothetical},
		{"Unless", "Russia/PROPN/3/nsubj will/AUX/3/aux condemn/VERB/0/root Turkey/PROPN/3/obj unless/SCONJ/7/mark it/PRON/7/nsubj leaves/VERB/3/advcl/leave", events.Hypothetical},
		{"Plans", "Russia/PROPN/2/nsubj plans/VERB/0/root/plan to/PART/4/mark condemn/VERB/2/xcomp Turkey/PROPN/4/obj", events.Hypothetical},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var evs []sitrep.Event
			for _, e := range code(t, tt.spec, russia) {
				if e.Root == "11" {
					evs = append(evs, e)
				}
			}
			if len(evs) != 1 {
				t.Fatalf("got %d events, want 1: %+v", len(evs), evs)
			}
			e := evs[0]
			if e.Root != "11" || e.Mode != tt.want {
				t.Errorf("got %s %s, want 11x %s", e.CAMEO, e.Mode, tt.want)
			}
			if e.Source == nil || e.Source.Actor == nil || e.Source.Actor.Country != "RUS" {
				t.Errorf("source %+v, want Russia", e.Source)
			}
			if e.Target == nil || e.Target.Text != "Turkey" {
				t.Errorf("target %+v, want Turkey", e.Target)
			}
		})
	}
}

func TestArguments(t *testing.T) {
	countries := func(body string) []sitrep.Mention {
		var ms []sitrep.Mention
		for _, c := range []struct{ name, code string }{{"Syria", "SYR"}, {"Russia", "RUS"}, {"Turkey", "TUR"}, {"Iran", "IRN"}, {"Aleppo", "SYR"}} {
			if strings.Contains(body, c.name) {
				m := actor(body, c.name, c.code, "")
				if c.name == "Aleppo" {
					m.Place = &sitrep.Place{Name: "Aleppo", Country: "SYR"}
				}
				ms = append(ms, m)
			}
		}
		return ms
	}
	tests := []struct {
		name, spec string
		want       []string // "code source>target"
	}{
		{"Passive", "Turkey/PROPN/3/nsubj:pass was/AUX/3/aux:pass condemned/VERB/0/root/condemn by/ADP/5/case Russia/PROPN/3/obl:agent",
			[]string{"111 Russia>Turkey"}},
		{"Coordinated", "Syria/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj condemned/VERB/0/root/condemn Turkey/PROPN/4/obj",
			[]string{"111 Syria>Turkey", "111 Russia>Turkey"}},
		{"Met", "Syria/PROPN/4/nsubj and/CCONJ/3/cc Russia/PROPN/1/conj met/VERB/0/root/meet",
			[]string{"040 Syria>Russia", "040 Russia>Syria"}},
		{"MetWith", "Syria/PROPN/2/nsubj met/VERB/0/root/meet with/ADP/4/case Russia/PROPN/2/obl",
			[]string{"040 Syria>Russia"}},
		{"Conjoined", "Syria/PROPN/2/nsubj met/VERB/0/root/meet Russia/PROPN/2/obj and/CCONJ/5/cc condemned/VERB/2/conj/condemn Turkey/PROPN/5/obj",
			[]string{"040 Syria>Russia", "111 Syria>Turkey"}},
		{"Complement", "Russia/PROPN/2/nsubj urged/VERB/0/root/urge Turkey/PROPN/2/obj to/PART/5/mark accept/VERB/2/xcomp a/DET/7/det truce/NOUN/5/obj",
			[]string{"0256 Russia>Turkey"}},
		{"Must", "Russia/PROPN/2/nsubj said/VERB/0/root/say Turkey/PROPN/5/nsubj must/AUX/5/aux withdraw/VERB/2/ccomp",
			[]string{"100 Russia>Turkey"}},
		{"Participle", "Russia/PROPN/2/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/2/obj ,/PUNCT/5/punct accusing/VERB/2/advcl/accuse/VBG Iran/PROPN/5/obj",
			[]string{"111 Russia>Turkey", "112 Russia>Iran"}},
		{"AttackBy", "civilians/NOUN/3/nsubj:pass/civilian were/AUX/3/aux:pass killed/VERB/0/root/kill in/ADP/6/case an/DET/6/det attack/NOUN/3/obl/attack by/ADP/8/case Russia/PROPN/6/nmod",
			[]string{"190 Russia>civilians"}},
		{"StrikesAgainst", "Syria/PROPN/2/nsubj carried/VERB/0/root/carry out/ADP/2/compound:prt air/NOUN/5/compound strikes/NOUN/2/obj/strike against/ADP/8/case the/DET/8/det town/NOUN/5/nmod/town",
			[]string{"195 Syria>the town"}},
		{"ComplementParty", "Russia/PROPN/2/nsubj threatened/VERB/0/root/threaten to/PART/4/mark break/VERB/2/xcomp/break relations/NOUN/4/obj/relation with/ADP/7/case Turkey/PROPN/5/nmod",
			[]string{"130 Russia>Turkey"}},
		{"AccordingTo", "Turkey/PROPN/3/nsubj:pass was/AUX/3/aux:pass condemned/VERB/0/root/condemn according/VERB/6/case to/ADP/4/fixed Russia/PROPN/3/obl:agent",
			[]string{"111 >Turkey"}},
		{"WeaponAt", "Syria/PROPN/2/nsubj fired/VERB/0/root/fire missiles/NOUN/2/obj/missile at/ADP/6/case the/DET/6/det market/NOUN/2/obl/market",
			[]string{"190 Syria>the market"}},
		{"CalledOnTo", "Russia/PROPN/2/nsubj called/VERB/0/root/call on/ADP/4/case Turkey/PROPN/2/obl to/PART/6/mark attack/VERB/2/advcl/attack Iran/PROPN/6/obj",
			[]string{"020 Russia>Turkey"}},
		{"KilledInAttack", "people/NOUN/3/nsubj:pass/person were/AUX/3/aux:pass killed/VERB/0/root/kill in/ADP/6/case an/DET/6/det attack/NOUN/3/obl/attack",
			[]string{"190 an attack>people"}},
		{"KilledInStrikesBy", "civilians/NOUN/0/root/civilian killed/VERB/1/acl/kill/VBN in/ADP/4/case strikes/NOUN/2/obl/strike by/ADP/6/case Russia/PROPN/4/nmod",
			[]string{"190 Russia>civilians"}},
		{"DiedIn", "civilians/NOUN/2/nsubj/civilian died/VERB/0/root/die in/ADP/5/case an/DET/5/det attack/NOUN/2/obl/attack by/ADP/7/case Russia/PROPN/5/nmod",
			[]string{"190 Russia>civilians"}},
		{"ParticipleOfPassive", "Turkey/PROPN/3/nsubj:pass was/AUX/3/aux:pass attacked/VERB/0/root/attack by/ADP/5/case Russia/PROPN/3/obl:agent ,/PUNCT/7/punct killing/VERB/3/advcl/kill/VBG civilians/NOUN/7/obj/civilian",
			[]string{"190 Russia>Turkey", "202 Russia>civilians"}},
		{"PastTenseAsAcl", "jets/NOUN/0/root/jet struck/VERB/1/acl/strike/VBN Turkey/PROPN/2/obj",
			[]string{"190 jets>Turkey"}},
		{"NoParties", "there/PRON/4/expl has/AUX/4/aux been/AUX/4/aux:pass increased/VERB/0/root/increase fighting/VERB/4/xcomp/fight",
			nil},
		{"Uncoded", "Russia/PROPN/2/nsubj walked/VERB/0/root/walk home/ADV/2/advmod", nil},
		{"Unknown", "Russia/PROPN/2/nsubj frobnicated/VERB/0/root/frobnicate Turkey/PROPN/2/obj", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, e := range code(t, tt.spec, countries) {
				if e.Mode == events.Asserted {
					got = append(got, e.CAMEO+" "+refText(e.Source)+">"+refText(e.Target))
				}
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPlaceAndDate(t *testing.T) {
	body, s := sentence(t, "Russia/PROPN/2/nsubj shelled/VERB/0/root/shell Aleppo/PROPN/2/obj on/ADP/5/case Wednesday/PROPN/2/obl in/ADP/7/case Aleppo/PROPN/2/obl")
	rus := actor(body, "Russia", "RUS", "")
	city := sitrep.Mention{Span: sitrep.Span{Start: 34, End: 40}, Text: "Aleppo", Type: "GPE", Place: &sitrep.Place{Name: "Aleppo", Country: "SYR"}}
	tm := sitrep.Time{Span: sitrep.Span{Start: 22, End: 31}, Text: "Wednesday", Kind: "date", Value: "2016-12-07"}
	evs := events.Code(body, []sitrep.Sentence{s}, []sitrep.Mention{rus, city}, []sitrep.Time{tm}, sitrep.NewDate(2016, 12, 8))
	if len(evs) != 1 {
		t.Fatalf("got %+v", evs)
	}
	e := evs[0]
	if e.Root != "19" || e.ACLED != "Explosions/Remote violence" || e.PLOVER != "ASSAULT" || e.Quad != 4 || e.Goldstein != -10 {
		t.Errorf("got %+v", e)
	}
	if e.Place == nil || e.Place.Name != "Aleppo" {
		t.Errorf("place %+v, want Aleppo", e.Place)
	}
	if e.Date != "2016-12-07" || e.DatePrecision != "expression" {
		t.Errorf("date %s (%s), want 2016-12-07 from the expression", e.Date, e.DatePrecision)
	}
	if e.Text != body || e.Confidence <= 0 || e.Confidence > 1 {
		t.Errorf("text %q confidence %v", e.Text, e.Confidence)
	}

	// Without a time expression the publication date stands in.
	evs = events.Code(body, []sitrep.Sentence{s}, []sitrep.Mention{rus, city}, nil, sitrep.NewDate(2016, 12, 8))
	if evs[0].Date != "2016-12-08" || evs[0].DatePrecision != "published" {
		t.Errorf("date %s (%s), want the publication date", evs[0].Date, evs[0].DatePrecision)
	}
}

// TestMalformed checks that broken parses (cycles, heads out of range)
// give no panic.
func TestMalformed(t *testing.T) {
	for _, spec := range []string{
		"Russia/PROPN/2/nsubj condemned/VERB/1/root/condemn Turkey/PROPN/2/obj",
		"Russia/PROPN/9/nsubj condemned/VERB/0/root/condemn Turkey/PROPN/-3/obj",
		"Russia/PROPN/1/nsubj condemned/VERB/2/conj/condemn Turkey/PROPN/3/obj",
	} {
		code(t, spec, func(body string) []sitrep.Mention {
			return []sitrep.Mention{actor(body, "Russia", "RUS", ""), actor(body, "Turkey", "TUR", "")}
		})
	}
}

// TestRequestComplement checks who does the "to" complement of a request:
// the one asked when that can act, else the requester; and that what the
// asked party is to do is hypothetical down the chain of complements.
func TestRequestComplement(t *testing.T) {
	ms := func(body string) []sitrep.Mention {
		var out []sitrep.Mention
		for _, f := range []string{"Turkey", "Russia", "Iran"} {
			if strings.Contains(body, f) {
				out = append(out, actor(body, f, strings.ToUpper(f[:3]), ""))
			}
		}
		return out
	}
	evs := code(t, "Turkey/PROPN/2/nsubj called/VERB/0/root/call a/DET/4/det meeting/NOUN/2/obj/meeting to/PART/6/mark "+
		"discuss/VERB/2/advcl/discuss Iran/PROPN/6/obj", ms)
	found := false
	for _, e := range evs {
		if e.Root == "04" && refText(e.Target) == "Iran" {
			found = true
			if refText(e.Source) != "Turkey" {
				t.Errorf("discuss done by %q, want Turkey (a meeting cannot act)", refText(e.Source))
			}
		}
	}
	if !found {
		t.Errorf("no 04 event with Iran: %s", roots(evs))
	}
	evs = code(t, "Turkey/PROPN/2/nsubj asked/VERB/0/root/ask Russia/PROPN/2/iobj to/PART/5/mark help/VERB/2/xcomp/help "+
		"attack/VERB/5/xcomp/attack Iran/PROPN/6/obj", ms)
	for _, e := range evs {
		if e.Root == "19" && (refText(e.Source) != "Russia" || e.Mode != events.Hypothetical) {
			t.Errorf("attack: %s %s, want Russia, hypothetical", refText(e.Source), e.Mode)
		}
	}
}
