// Package events codes the actions reported in an article as CAMEO events
// with their PLOVER category and ACLED-style type: who did what to whom,
// where and when, traced to the sentence and clause they came from.
//
// Code reads the dependency parse of each sentence. A verb (or an event
// noun) is coded by the cameo lexicon from the words of its clause; its
// source is the subject (the "by" agent of a passive), its target the
// object or an "against/on/with/to/at" argument, each resolved to an
// actor through the mention it overlaps. Coordinated subjects and objects
// give one event per pair; "X and Y met" gives 04 both ways. A passive
// with no "by" agent takes the attack it happened in ("killed in regime
// air strikes"); a participle clause (", killing seven") and the "to"
// complement of a request ("called on the UN to send aid", which is
// hypothetical) take their doer from the governing clause; a weapon or
// attack as object gives way to what it was aimed at. A party written
// "he" or "she" holds the person it stands for, as quote speakers do
// (coref.go). A clause with neither source nor target is no event.
//
// A role spreads over coordinated actors: "the ambassadors of Arnor,
// Osgiliath and Gondor" and "Eriadori and Calenardhon leaders" give one
// source per country, each in the phrase's sector; subjects the parser
// hung on the verb one by one in a comma list ("Mordor, Rohan, Fornost
// and Bree") are all sources. A movement verb's target is where it goes
// ("arrived in Gondor", "left for Minas Tirith"). Lexicon patterns may
// place the source or target ("FREE * FROM $": the source follows
// "from") and may name words of the governing clause ("INDICATED WOULD *
// NOW").
//
// Before coding, repair.go undoes the tagger's and parser's commonest
// misreadings of a verb the lexicon knows: an infinitive tagged as a noun
// ("began to question"), a verb left bare between its subject and object
// ("Gondor welcome a resumption ..., the agency said"), a past tense read
// as an adjective ("army bulldozers demolished homes"), an object hung on
// a noun ("cordoned off for construction the roads"), a noun compound
// cut in two ("with human rights | activists"), a subject cut in two
// ("Turkish | police prevented"), and a clause read as a prepositional
// phrase ("ignored the proposal as its forces captured"). A participle
// modifying a statement ("issued a declaration demanding ...") has the
// statement's author as its source.
//
// Reported obligations are demands: "A said B must do X" is coded as A
// demanding of B (100), "should" as an appeal (020), besides whatever X
// codes as. An event noun ("a suspension of air links") is coded when its
// phrase names a party, with the subject of the verb that takes it as
// its source when it has none of its own.
//
// A lexicon match is an event only when the clause bears the sense the
// code needs (gate.go): travel and departure (PETRARCH's GO_SOMEWHERE
// and ARRIVE blocks) are consultation only "for talks" or between named
// actors, and "leave Aleppo" is nothing; "call" is a telephone call only
// with a party as object and no object complement ("called the strike
// evil" is not); "want X out" is a demand (100), not the act wanted. An
// actor must do the act: a source that cannot act ("the decision",
// "trains", an unresolved "it") yields no event, except for force (18x-
// 20x), where a weapon may stand as subject ("a missile struck"): the
// event keeps the weapon's text as its source, with no actor. A target
// that is a thing rather than a party lowers confidence by 0.05. Codes
// with no PLOVER category (the 01 statements, such as 016 "deny
// responsibility", which CAMEO2PLOVER leaves out) are not emitted.
//
// Mode says whether the event is asserted, negated ("is not hitting"),
// future ("will consider") or hypothetical ("would", "unless", "if",
// "plans to", "attempts to"); only asserted events are facts. A sentence
// whose verbs the lexicon does not know yields no event: there is no
// catch-all code, the bare statement code 010 ("said") is not emitted,
// and a verb coded only by its default (no pattern matched) needs a named
// party on one side, or must be force against people ("a journalist was
// killed"). A past participle describing a noun ("a body linked to the
// OAU") is no event unless it is material conflict (14x-20x); an attack attempted ("an attempt
// to assassinate the governor") is asserted.
//
// Quotes: events inside quotation marks are coded like any other, as what
// the speaker says happened, with confidence lowered by 0.1; the quote
// itself is the quotes package's record.
//
// Place is the nearest GPE/LOC/FAC mention in the chain of the verb's
// arguments and their modifiers introduced by in/at/near ("struck the
// station in Kramatorsk", "at the station in the city of Kramatorsk"),
// else the sentence's dateline place ("KRAMATORSK, Ukraine — ..."), else
// its only place mention when it has exactly one, standing in an
// in/at/near phrase and not a party to the event; date the time expression governing the verb, else the
// publication date (DatePrecision "expression" or "published").
package events
