package segment_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"sitrep"
	"sitrep/segment"
)

// tokens renders the tokens of text as "text@start:end", a "+" before a
// fused token.
func tokens(text string) string {
	var b strings.Builder
	for _, s := range segment.Split(text) {
		for _, t := range s.Tokens {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			if t.Fused {
				b.WriteByte('+')
			}
			fmt.Fprintf(&b, "%s@%d:%d", t.Text, t.Start, t.End)
		}
	}
	return b.String()
}

// sentences returns the text of each sentence of text.
func sentences(text string) []string {
	o := sitrep.NewOffsets(text)
	var out []string
	for _, s := range segment.Split(text) {
		out = append(out, o.Slice(s.Span))
	}
	return out
}

func TestSplitTokens(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"Empty", "", ""},
		{"Space", " \n\t ", ""},
		{"Words", "Kerry met Lavrov.", "Kerry@0:5 met@6:9 Lavrov@10:16 .@16:17"},
		{"Negation", "don't", "do@0:2 +n't@2:5"},
		{"Cant", "can't", "ca@0:2 +n't@2:5"},
		{"Wont", "Won't", "Wo@0:2 +n't@2:5"},
		{"Cannot", "cannot", "can@0:3 +not@3:6"},
		{"Gonna", "gonna wanna gotta", "gon@0:3 +na@3:5 wan@6:9 +na@9:11 got@12:15 +ta@15:17"},
		{"Im", "I'm", "I@0:1 +'m@1:3"},
		{"Possessive", "Kerry's", "Kerry@0:5 +'s@5:7"},
		{"Clitics", "they're we've you'll she'd", "they@0:4 +'re@4:7 we@8:10 +'ve@10:13 you@14:17 +'ll@17:20 she@21:24 +'d@24:26"},
		{"CurlyApostrophe", "We’ll don’t Syria’s", "We@0:2 +’ll@2:5 do@6:8 +n’t@8:11 Syria@12:17 +’s@17:19"},
		{"PluralPossessive", "the Tigers' chief", "the@0:3 Tigers@4:10 +'@10:11 chief@12:17"},
		{"QuotedNotPossessive", "as 'terrorists' now", "as@0:2 '@3:4 terrorists@4:14 '@14:15 now@16:19"},
		{"Name", "O'Brien", "O'Brien@0:7"},
		{"CurlyQuotes", "‘Yes’ said Jones’ wife", "‘@0:1 Yes@1:4 ’@4:5 said@6:10 Jones@11:16 +’@16:17 wife@18:22"},
		{"Titles", "Mr. and Mrs. Smith", "Mr.@0:3 and@4:7 Mrs.@8:12 Smith@13:18"},
		{"Dotted", "U.S. and U.N. e.g. this", "U.S.@0:4 and@5:8 U.N.@9:13 e.g.@14:18 this@19:23"},
		{"Initials", "George W. Bush", "George@0:6 W.@7:9 Bush@10:14"},
		{"Month", "Dec. 5, 2016.", "Dec.@0:4 5@5:6 ,@6:7 2016@8:12 .@12:13"},
		{"Company", "Acme Co. and Jan. 3", "Acme@0:4 Co.@5:8 and@9:12 Jan.@13:17 3@18:19"},
		{"FinalAbbreviation", "Acme Inc.", "Acme@0:4 Inc@5:8 .@8:9"},
		{"NumberAbbreviation", "No. 5, no.", "No.@0:3 5@4:5 ,@5:6 no@7:9 .@9:10"},
		{"StandaloneClitic", "FERC 's plan", "FERC@0:4 's@5:7 plan@8:12"},
		{"Numbers", "3,500 8.5 1990s -3 10.5%", "3,500@0:5 8.5@6:9 1990s@10:15 -3@16:18 10.5@19:23 %@23:24"},
		{"Date", "2016-12-05 at 14:30", "2016-12-05@0:10 at@11:13 14:30@14:19"},
		{"Range", "1969-1970", "1969@0:4 -@4:5 1970@5:9"},
		{"Ordinals", "5th and 21st", "5th@0:3 and@4:7 21st@8:12"},
		{"Unit", "7:30pm $5m", "7:30@0:4 pm@4:6 $@7:8 5@8:9 m@9:10"},
		{"Hyphens", "cease-fire 45-year-old US-Russia", "cease@0:5 -@5:6 fire@6:10 45@11:13 -@13:14 year@14:18 -@18:19 old@19:22 US@23:25 -@25:26 Russia@26:32"},
		{"Prefix", "e-mail co-workers", "e-mail@0:6 co-workers@7:17"},
		{"Quotes", "“Go,” he said.", "“@0:1 Go@1:3 ,@3:4 ”@4:5 he@6:8 said@9:13 .@13:14"},
		{"Ellipsis", "Wait... what… ok", "Wait@0:4 ...@4:7 what@8:12 …@12:13 ok@14:16"},
		{"URL", "See https://example.org/a?b=1.", "See@0:3 https://example.org/a?b=1@4:29 .@29:30"},
		{"WWW", "(www.example.org)", "(@0:1 www.example.org@1:16 )@16:17"},
		{"Email", "mail press@example.org now", "mail@0:4 press@example.org@5:22 now@23:26"},
		{"Social", "#Aleppo @user", "#Aleppo@0:7 @user@8:13"},
		{"Brackets", "[sic] (the Americans)", "[@0:1 sic@1:4 ]@4:5 (@6:7 the@7:10 Americans@11:20 )@20:21"},
		{"Dashes", "war — again – now -- so", "war@0:3 —@4:5 again@6:11 –@12:13 now@14:17 --@18:20 so@21:23"},
		{"Domain", "Amazon.com sold", "Amazon.com@0:10 sold@11:15"},
		{"Ampersand", "AT&T and PG&E", "AT&T@0:4 and@5:8 PG&E@9:13"},
		{"Newsgroup", "alt.animals.cat end.the", "alt.animals.cat@0:15 end@16:19 .@19:20 the@20:23"},
		{"SymbolRun", "the $$$ A+++", "the@0:3 $$$@4:7 A@8:9 +++@9:12"},
		{"Slash", "9/11 and/or w/o", "9/11@0:4 and@5:8 /@8:9 or@9:11 w/o@12:15"},
		{"Emoji", "ok 👍🏽 :)", "ok@0:2 👍🏽@3:5 :)@6:8"},
		{"French", "L’armée a tiré à Alep.", "L’armée@0:7 a@8:9 tiré@10:14 à@15:16 Alep@17:21 .@21:22"},
		{"German", "Die Straße ist gesperrt.", "Die@0:3 Straße@4:10 ist@11:14 gesperrt@15:23 .@23:24"},
		{"Russian", "Лавров сказал: «Нет».", "Лавров@0:6 сказал@7:13 :@13:14 «@15:16 Нет@16:19 »@19:20 .@20:21"},
		{"Arabic", "قال الأسد إن", "قال@0:3 الأسد@4:9 إن@10:12"},
		{"Chinese", "阿勒颇停火。", "阿@0:1 勒@1:2 颇@2:3 停@3:4 火@4:5 。@5:6"},
		{"InvalidUTF8", "a\xffb c", "a@0:1 \xff@1:2 b@2:3 c@4:5"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tokens(tt.text); got != tt.want {
				t.Errorf("tokens(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"Two", "It rained. Rivers rose.", []string{"It rained.", "Rivers rose."}},
		{"Question", "Is it over? No.", []string{"Is it over?", "No."}},
		{"Title", "Dr. Smith met Mr. Jones.", []string{"Dr. Smith met Mr. Jones."}},
		{"Ranks", "Lt. Col. Jane Roe and Sgt. Max Poe spoke.", []string{"Lt. Col. Jane Roe and Sgt. Max Poe spoke."}},
		{"Initials", "J. R. R. Tolkien wrote it. George W. Bush read it.", []string{"J. R. R. Tolkien wrote it.", "George W. Bush read it."}},
		{"AbbreviationEnds", "He lives in the U.S. The next day he left.", []string{"He lives in the U.S.", "The next day he left."}},
		{"AbbreviationInside", "The U.S. Army and Acme Inc. agreed, e.g. on pay vs. hours.", []string{"The U.S. Army and Acme Inc. agreed, e.g. on pay vs. hours."}},
		{"Month", "It happened on Dec. 5, 2016. Nobody saw it.", []string{"It happened on Dec. 5, 2016.", "Nobody saw it."}},
		{"SaintStreet", "He went to St. Louis. Then he left.", []string{"He went to St. Louis.", "Then he left."}},
		{"QuoteEnds", "He said, “It is over.” Then he left.", []string{"He said, “It is over.”", "Then he left."}},
		{"StraightQuote", "Why?\" she asked. \"Because.\"", []string{"Why?\" she asked.", "\"Because.\""}},
		{"ClosingAfterComma", "We will see, ” Kerry said. Next.", []string{"We will see, ” Kerry said.", "Next."}},
		{"QuoteThenSaid", "“I will stay with them”, he said. Others left.", []string{"“I will stay with them”, he said.", "Others left."}},
		{"Bracket", "It fell (again.) Then it rose.", []string{"It fell (again.)", "Then it rose."}},
		{"Newline", "Headline without stop\nBody starts here.", []string{"Headline without stop", "Body starts here."}},
		{"BlankLines", "One\n\n\nTwo", []string{"One", "Two"}},
		{"Ellipsis", "Wait... and then. It... Rain.", []string{"Wait... and then.", "It...", "Rain."}},
		{"Numbers", "It cost 3.5 million. 12 died.", []string{"It cost 3.5 million.", "12 died."}},
		{"ListItem", "1. Buy milk.\n2. Sell it.", []string{"1. Buy milk.", "2. Sell it."}},
		{"Exclaim", "Stop! Now!", []string{"Stop!", "Now!"}},
		{"Chinese", "他来了。她走了。", []string{"他来了。", "她走了。"}},
		{"Multilingual", "Die Lage ist ernst. Новая атака.", []string{"Die Lage ist ernst.", "Новая атака."}},
		{"URLEnd", "See www.example.org. It works.", []string{"See www.example.org.", "It works."}},
		{"NumberAbbreviation", "He is the No. 2 seed. No. He is not.", []string{"He is the No. 2 seed.", "No.", "He is not."}},
		{"EmojiCloses", "Great news! :) Thanks all", []string{"Great news! :)", "Thanks all"}},
		{"Etc", "apples, pears etc. Do you want some?", []string{"apples, pears etc.", "Do you want some?"}},
		{"MessageStamp", "Kay Mann 03/15/2001 04:03 PM Thanks for the note.", []string{"Kay Mann", "03/15/2001 04:03 PM", "Thanks for the note."}},
		{"TimeInText", "We met at 10:30 PM Tuesday.", []string{"We met at 10:30 PM Tuesday."}},
		{"LowerCaseStart", "we left early. then it rained.", []string{"we left early.", "then it rained."}},
		{"DomainInside", "posted in alt.animals.cats today", []string{"posted in alt.animals.cats today"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.text)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("sentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSplitFlags(t *testing.T) {
	text := "Kerry’s aides don't\nwait."
	var got []string
	for _, s := range segment.Split(text) {
		for _, tok := range s.Tokens {
			got = append(got, fmt.Sprintf("%s/%s/%t/%t", tok.Text, tok.Kind, tok.SpaceAfter, tok.Fused))
		}
	}
	want := []string{
		"Kerry/word/false/false", "’s/word/true/true", "aides/word/true/false",
		"do/word/false/false", "n't/word/true/true", "wait/word/false/false", "./punct/false/false",
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestSplitSubslices(t *testing.T) {
	sents := segment.Split("One two. Three four. Five.")
	if len(sents) != 3 {
		t.Fatalf("got %d sentences, want 3", len(sents))
	}
	for i, s := range sents {
		if got, want := cap(s.Tokens), len(s.Tokens); got != want {
			t.Errorf("sentence %d: cap(Tokens) = %d, want %d", i, got, want)
		}
	}
}

func TestSplitAllocs(t *testing.T) {
	text := strings.Repeat("Mr. Lavrov said some 8,000 people would be taken out. They're waiting. ", 20)
	got := testing.AllocsPerRun(10, func() { segment.Split(text) })
	if want := 3.0; got > want {
		t.Errorf("Split made %v allocations, want at most %v", got, want)
	}
}

func TestSplitConcurrent(t *testing.T) {
	text := "Dr. Smith's team can't stay. “We’ll see,” she said.\nU.S. forces left."
	want := tokens(text)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				if got := tokens(text); got != want {
					t.Errorf("got %s, want %s", got, want)
					return
				}
			}
		})
	}
	wg.Wait()
}

func TestHyphenated(t *testing.T) {
	s := segment.Split("US-led strikes hit a mid - size town.")
	toks := s[0].Tokens
	want := map[string]bool{"US": true, "mid": false, "strikes": false}
	for i, tok := range toks {
		if w, ok := want[tok.Text]; ok && segment.Hyphenated(toks, i) != w {
			t.Errorf("Hyphenated(%q) = %v, want %v", tok.Text, !w, w)
		}
	}
	if segment.Hyphenated(toks, -1) || segment.Hyphenated(toks, len(toks)-1) {
		t.Error("out of range index reported hyphenated")
	}
}
