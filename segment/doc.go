// Package segment splits an article body into sentences and tokens.
//
// Split is the only entry point. It never rewrites the text: every token's
// Text is a substring of the body and every span counts Unicode code points
// into it, half-open, as sitrep.Span says.
//
// Tokens follow the Universal Dependencies English (EWT) conventions:
//
//   - clitics are split off: "don't" is "do" + "n't", "can't" is "ca" +
//     "n't", "cannot" is "can" + "not", "I'm" is "I" + "'m", "Kerry's" is
//     "Kerry" + "'s", likewise "'re", "'ve", "'ll", "'d" and the plural
//     possessive "Edwards'"; "gonna" is "gon" + "na". The second part has
//     Fused set: the group is one multiword surface token in CoNLL-U.
//   - hyphenated words are split at the hyphen ("cease", "-", "fire"),
//     except after a few prefixes ("e-mail", "co-workers", "non-human") and
//     inside dates and phone numbers ("2016-12-05", "713-853-3989"); a
//     range splits ("1969", "-", "1970").
//   - numbers stay whole: "3,500", "8.5", "14:30", "1990s", "5th", "-3";
//     "%", currency signs and units ("7:30" "pm", "5" "km") are tokens of
//     their own.
//   - known abbreviations, titles and initials keep their period ("Mr.",
//     "U.S.", "e.g.", "W."), except at the end of a sentence, where UD
//     writes the period as a token of its own ("Inc", "."). Runs of ".",
//     "!" and "?" are one token ("...", "?!").
//   - URLs, e-mail addresses, hashtags, @mentions, emoji and emoticons are
//     one token each, with their own Kind. Each Chinese or Japanese
//     character is a token, as no word list is used.
//
// A sentence ends after terminal punctuation (and any closing quotes or
// brackets attached to it) when what follows looks like a new sentence, and
// always at a line break. A title abbreviation ("Dr. Smith") or an initial
// ("George W. Bush") never ends a sentence before a name; another
// abbreviation ("in the U.S. The next") ends one only when a common
// capitalized sentence starter follows. Web text often begins sentences in
// lower case, so a period followed by a space and a lower-case word ends a
// sentence too, but an ellipsis does not, nor does a question mark inside
// quotes before a speech tag (`"Why?" she asked`). A list number ("1.") at
// the start of a line does not end one. The date and time stamp that heads
// a quoted message ("Kay Mann 03/15/2001 04:03 PM Thanks") is a sentence of
// its own.
//
// Invalid UTF-8 is accepted: each invalid byte counts as one code point,
// as utf8.DecodeRuneInString and utf8.RuneCountInString treat it, and forms
// a punctuation token of its own.
package segment
