package quotes_test

import (
	"fmt"
	"strings"
	"testing"

	"sitrep"
	"sitrep/quotes"
	"sitrep/segment"
)

// render prints a quote as one readable line: direct or reported, cue,
// speaker and content.
func render(q sitrep.Quote) string {
	kind := "reported"
	if q.Direct {
		kind = "direct"
	}
	spk := "-"
	if q.Speaker != nil {
		spk = q.Speaker.Text
		if q.Speaker.Actor != nil && q.Speaker.Actor.ID != "" {
			spk += " <" + q.Speaker.Actor.ID + ">"
		}
	}
	cue := q.Cue
	if cue == "" {
		cue = "-"
	}
	return fmt.Sprintf("%s | %s | %s | %s", kind, cue, spk, q.Text)
}

func find(text string, mentions []sitrep.Mention) []string {
	var out []string
	for _, q := range quotes.Find(text, segment.Split(text), mentions) {
		out = append(out, render(q))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"Straight", `"We will not leave," the mayor said.`,
			[]string{"direct | said | the mayor | We will not leave,"}},
		{"Inverted", `"The road is closed," said Mr Dupont, a local farmer.`,
			[]string{"direct | said | Mr Dupont | The road is closed,"}},
		{"InvertedDescription", `“The market is empty”, said the Beirut-based trader, citing rising prices.`,
			[]string{"direct | said | the Beirut-based trader | The market is empty"}},
		{"Sentences", `“We waited. Nobody came. We are still waiting,” Amina Yusuf told reporters.`,
			[]string{"direct | told | Amina Yusuf | We waited. Nobody came. We are still waiting,"}},
		{"MissingOpener", "Calm. Ready. We start tomorrow, ” Lopez told the crowd on Monday.",
			[]string{"direct | told | Lopez | Calm. Ready. We start tomorrow,"}},
		{"ContinuedNoClose", `"I heard a blast," a guard said. "Then the roof fell on us. "Nobody inside the hall moved for an hour." The road reopened on Friday.`,
			[]string{
				"direct | said | a guard | I heard a blast,",
				"direct | - | a guard | Then the roof fell on us.",
				"direct | - | a guard | Nobody inside the hall moved for an hour.",
			}},
		{"Nested", `“He told me ‘run’ and I ran,” the witness said.`,
			[]string{"direct | said | the witness | He told me ‘run’ and I ran,"}},
		{"BeforeOpen", `The minister added: “There will be no delay in the payments.”`,
			[]string{"direct | added | The minister | There will be no delay in the payments."}},
		{"ToldThat", `But Ortega told the radio station that “the border stays open for everyone”.`,
			[]string{"direct | told | Ortega | the border stays open for everyone"}},
		{"Pronoun", `“The bridge is gone,” Mr Okafor said. “We need more tents and more water here,” he said.`,
			[]string{
				"direct | said | Mr Okafor | The bridge is gone,",
				"direct | said | Mr Okafor | We need more tents and more water here,",
			}},
		{"PronounGender", `“We are ready to talk,” Ms Lee said. “Nobody has called us yet,” Mr Okafor said. “We will wait for them,” she said.`,
			[]string{
				"direct | said | Ms Lee | We are ready to talk,",
				"direct | said | Mr Okafor | Nobody has called us yet,",
				"direct | said | Ms Lee | We will wait for them,",
			}},
		{"NotPerson", `“The talks will resume next week in Geneva,” the statement said.`,
			[]string{"direct | said | the statement | The talks will resume next week in Geneva,"}},
		{"Reported", `The spokesman said the convoy would arrive on Friday.`,
			[]string{"reported | said | The spokesman | the convoy would arrive on Friday"}},
		{"ReportedAdjuncts", `The ministry said in a statement on Sunday that the border crossing had reopened.`,
			[]string{"reported | said | The ministry | the border crossing had reopened"}},
		{"ReportedAfter", `The convoy reached the town late on Friday, the agency reported.`,
			[]string{"reported | reported | the agency | The convoy reached the town late on Friday"}},
		{"ReportedPhrase", `Food ran out on Tuesday, a UN official in the town said.`,
			[]string{"reported | said | a UN official | Food ran out on Tuesday"}},
		{"ReportedInverted", `The fighting has stopped for now, said Colonel Haddad.`,
			[]string{"reported | said | Colonel Haddad | The fighting has stopped for now"}},
		{"AccordingFront", `According to local officials, the water supply was cut overnight.`,
			[]string{"reported | According to | local officials | the water supply was cut overnight"}},
		{"AccordingEnd", `The water supply was cut overnight, according to local officials.`,
			[]string{"reported | according to | local officials | The water supply was cut overnight"}},
		{"Nested", `Both armies have said they will hold their fire, the radio reported.`,
			[]string{
				"reported | reported | the radio | Both armies have said they will hold their fire",
				"reported | said | Both armies | they will hold their fire",
			}},
		{"Relay", `The agency quoting a police source says the road is blocked.`,
			[]string{"reported | says | The agency | the road is blocked"}},
		{"Mixed", `Ortega said the chances of a deal are “close to zero” at this point.`,
			[]string{"reported | said | Ortega | the chances of a deal are “close to zero” at this point"}},
		{"InvertedAfterApposition", `Barrel bombs fell on Tabaqa, a militant stronghold, said the Observatory.`,
			[]string{"reported | said | the Observatory | Barrel bombs fell on Tabaqa, a militant stronghold"}},
		{"InvertedLostComma", `Barrel bombs fell on Tabaqa, a militant stronghold said the Observatory.`,
			[]string{"reported | said | the Observatory | Barrel bombs fell on Tabaqa, a militant stronghold"}},
		{"Appositive", `Ana Ruiz, head of the aid agency, said two convoys had been turned back.`,
			[]string{"reported | said | Ana Ruiz | two convoys had been turned back"}},
		{"Term", `They live in “clay and adobe” homes, said the mayor.`,
			[]string{"reported | said | the mayor | They live in “clay and adobe” homes"}},
		{"TermBefore", `The monitor said “hysterical bombing” went on all night.`,
			[]string{"reported | said | The monitor | “hysterical bombing” went on all night"}},
		{"VerbHead", `Ten were killed said the monitor.`, nil},
		{"NounObject", `The cabinet declared a state of emergency. Rebels claimed the attack.`, nil},
		{"ColonSubject", `A volunteer in Antakya described the scene: “We hear voices under the concrete.”`,
			[]string{"direct | described | A volunteer | We hear voices under the concrete."}},
		{"ScareQuote", `The so-called “safe zone” was shelled again.`, nil},
		{"Passive", `The plan was said to be ready.`, nil},
		{"Infinitive", `The mayor told residents to stay indoors.`, nil},
		{"NoCue", `“This is the last bakery still open in the whole district.” The queue was long.`,
			[]string{"direct | - | - | This is the last bakery still open in the whole district."}},
		{"Continued", "“We lost everything,” Mrs Haddad said.\n“Now we live in a tent by the road.”",
			[]string{
				"direct | said | Mrs Haddad | We lost everything,",
				"direct | - | Mrs Haddad | Now we live in a tent by the road.",
			}},
		{"Paragraphs", "“The water rose in the night and took the lower town.\n“We moved the children to the mosque,” the imam said.",
			[]string{
				"direct | - | the imam | The water rose in the night and took the lower town.",
				"direct | said | the imam | We moved the children to the mosque,",
			}},
		{"StraightMissingOpener", "Nobody came for us, \" Mrs Okoro said.",
			[]string{"direct | said | Mrs Okoro | Nobody came for us,"}},
		{"ShortAfterColon", `The general said: "Enough."`,
			[]string{"direct | said | The general | Enough."}},
		{"Apposition", `Kerry, speaking in Hamburg, said the talks would continue.`,
			[]string{"reported | said | Kerry | the talks would continue"}},
		{"PronounIt", `The ministry said the border was closed. It added that trucks would have to wait.`,
			[]string{
				"reported | said | The ministry | the border was closed",
				"reported | added | The ministry | trucks would have to wait",
			}},
		{"PronounThey", `Aid officials said the road was cut. They said repairs would take a week.`,
			[]string{
				"reported | said | Aid officials | the road was cut",
				"reported | said | Aid officials | repairs would take a week",
			}},
		{"ReportedMidSentence", `Dozens were still missing, the ministry said, and hospitals were full.`,
			[]string{"reported | said | the ministry | Dozens were still missing"}},
		{"Guillemets", `«Nous restons ici», a déclaré le maire. «We stay here,» the mayor said.`,
			[]string{"direct | said | the mayor | We stay here,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.text, nil)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestFindSpans(t *testing.T) {
	// Offsets count code points: the curly marks are one each.
	text := "“Ça va,” dit-il. “We go now,” Kerry said."
	qs := quotes.Find(text, segment.Split(text), nil)
	if len(qs) != 1 {
		t.Fatalf("got %d quotes, want 1: %v", len(qs), qs)
	}
	q := qs[0]
	r := []rune(text)
	if got := string(r[q.Start:q.End]); got != "We go now," || got != q.Text {
		t.Errorf("content %q, text %q", got, q.Text)
	}
	if q.Speaker == nil || string(r[q.Speaker.Start:q.Speaker.End]) != "Kerry" {
		t.Errorf("speaker %+v", q.Speaker)
	}
	if q.Sentence != 1 {
		t.Errorf("sentence %d, want 1", q.Sentence)
	}
}

func TestFindActor(t *testing.T) {
	text := `“We will help,” Secretary Kerry said. “It is urgent,” he added.`
	start := strings.Index(text, "Kerry")
	start = len([]rune(text[:start]))
	kerry := &sitrep.Actor{ID: "john_kerry", Country: "USA", Sector: "GOV"}
	ms := []sitrep.Mention{{Span: sitrep.Span{Start: start, End: start + 5}, Text: "Kerry", Type: "PERSON", Actor: kerry}}
	got := find(text, ms)
	want := []string{
		"direct | said | Secretary Kerry <john_kerry> | We will help,",
		"direct | added | Secretary Kerry <john_kerry> | It is urgent,",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

func TestFindEmpty(t *testing.T) {
	if got := quotes.Find("", nil, nil); len(got) != 0 {
		t.Errorf("got %v", got)
	}
}

// TestFindTagged runs Find on tokens that carry part-of-speech tags, as the
// tagger leaves them: a verb tag on a capitalised word or on a participle
// inside the speaker phrase changes nothing.
func TestFindTagged(t *testing.T) {
	tags := map[string]string{
		"Protest": "VERB", "leaders": "NOUN", "said": "VERB", "Residents": "NOUN",
		"fleeing": "VERB", "Aleppo": "PROPN", "the": "DET", "march": "NOUN",
	}
	for text, want := range map[string]string{
		"Protest leaders said the march would go on.":         "reported | said | Protest leaders | the march would go on",
		"Residents fleeing Aleppo said the shelling went on.": "reported | said | Residents fleeing Aleppo | the shelling went on",
	} {
		sents := segment.Split(text)
		for i := range sents {
			for k := range sents[i].Tokens {
				tk := &sents[i].Tokens[k]
				tk.UPOS = tags[tk.Text]
			}
		}
		var got []string
		for _, q := range quotes.Find(text, sents, nil) {
			got = append(got, render(q))
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%s: got %q, want %q", text, got, want)
		}
	}
}
