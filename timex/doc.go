// Package timex finds time expressions in news text and normalises them to
// TIMEX3 values against the publication date (the document creation time,
// DCT): "Wednesday" in a report of 2016-12-08 is 2016-12-07, "Thursday
// morning" 2016-12-08TMO, "since November 15" 2016-11-15/2016-12-08, "the
// past 26 days" 2016-11-12/2016-12-08, "26 days" P26D, "every Friday"
// XXXX-WXX-5, "recently" PAST_REF.
//
// Find is a hand-written scanner: each sentence is split into small tokens
// (words, numbers with their inner separators, punctuation), words are
// looked up in a small lexicon (months, weekdays, number words, units,
// parts of day, seasons) and a set of matchers, tried in order at each
// token, reads the longest expression there. No regular expressions run on
// the hot path.
//
// Resolution follows the conventions of news: a bare weekday is the most
// recent one on or before publication unless the clause speaks of the
// future ("will meet on Friday", "next Friday"), in which case it is the
// next one; a month or day without a year takes the year its tense points
// to, or the nearest one when nothing says. The tense comes from a few
// words near the expression (will, 'll, scheduled, said, was, past
// participles), not from a parser. Anaphoric expressions ("the next day",
// "the following month", "the previous Friday") count from the last date
// the text named. With a zero DCT relative values stay unresolved in
// TIMEX3 style (XXXX-XX-XX, XXXX-WXX-5, XXXX-03).
//
// Kinds are date, time (a clock time or a part of day on a day), duration,
// interval (sitrep's own kind, ISO 8601 start/end; TIMEX3 has none) and
// set. Options.TimeML switches the output to TimeML annotation rules, which
// the evaluation against TempEval-3 uses.
//
// InferPublished guesses a publication date from the text when the
// metadata has none.
package timex
