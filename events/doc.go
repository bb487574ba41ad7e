// Package events codes the actions reported in an article as CAMEO events
// with their PLOVER category and ACLED-style type: who did what to whom,
// where and when, traced to the sentence and clause they came from.
//
// Code reads the dependency parse of each sentence. A verb (or an event
// noun) is coded by the cameo lexicon from the words of its clause; its
// source is the subject (the "by" agent of a passive), its target the
// object or an "against/on/with/to/at" argument, each resolved to an
// actor through the mention it overlaps. Coordinated subjects and objects
// give one event per pair; "X and Y met" gives 04 both ways.
//
// Reported obligations are demands: "A said B must do X" is coded as A
// demanding of B (100), "should" as an appeal (020), besides whatever X
// codes as. An event noun ("a suspension of air links") is coded when its
// phrase names a party, with the subject of the verb that takes it as
// its source when it has none of its own.
//
// Mode says whether the event is asserted, negated ("is not hitting"),
// future ("will consider") or hypothetical ("would", "unless", "if",
// "plans to", "attempts to"); only asserted events are facts. A sentence
// whose verbs the lexicon does not know yields no event: there is no
// catch-all code, the bare statement code 010 ("said") is not emitted,
// and a verb coded only by its default (no pattern matched) needs a named
// party on one side.
//
// Quotes: events inside quotation marks are coded like any other, as what
// the speaker says happened, with confidence lowered by 0.1; the quote
// itself is the quotes package's record.
//
// Place is the GPE/LOC/FAC mention attached to the verb (or to its object)
// by in/at/near; date the time expression governing the verb, else the
// publication date (DatePrecision "expression" or "published").
package events
