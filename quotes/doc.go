// Package quotes finds who said what in a news article: direct quotations
// in quote marks and reported (indirect) speech, each with its speaker and
// the verb that cues it.
//
// Find works on the segmenter's tokens with hand-written scanners; it uses
// part-of-speech tags when the tokens carry them and works without them.
//
// Direct quotes are paired marks (“…”, "…", «…», „…“, and ‘…’ inside a
// sentence) scanned paragraph by paragraph: a quote may run over several
// sentences, nested marks stay inside the outer quote, a closing mark with no
// opening one before it in its paragraph closes a quote that began at the
// paragraph start, and an opening mark left open runs to the paragraph end;
// a straight mark after a finished sentence and against the next word
// (`explosion. "People had`) opens a new quote even while one is open, the
// open one having run on without its closing mark. The content span
// excludes the marks. A quote of fewer than four words with no cue, or one
// that does not open its sentence, is taken as a title or a scare quote and
// dropped, and so is a quote of fewer than three words whose cue comes
// before it (“hysterical bombing”).
//
// The speaker is found around a cue verb (said, told, added, warned, ...,
// "according to") right after the closing mark, which must follow
// punctuation (“…,” Kerry told; “…,” said Mr Lavrov; “…”, the statement
// said), or right before the opening mark (Assad told Al-Mayadeen that “…”;
// he added, “…”). With no cue, a colon before the mark gives the quote to
// the subject that opens the sentence (A volunteer described the scene:
// “…”). A direct quote with no cue that opens a sentence right after an
// attributed quote continues that speaker (with no cue).
//
// Reported speech gives quotes with Direct false whose content is the
// reported clause: "Toner said (that) CLAUSE", "CLAUSE, an AFP correspondent
// said", "CLAUSE, said the official", "According to X, CLAUSE" and
// "CLAUSE, according to X". Only say-like verbs (said, told, added,
// insisted, argued, estimated, ...) take a clause without "that"; others
// ("announced", "denied", "confirmed") often take a noun phrase and report
// speech only with "that". A verb before its speaker ("said the official")
// is one of the few that invert. A short direct quote inside a reported
// clause ("Assad said the chances are “practically nonexistent”") stays
// part of that indirect quote rather than being reported twice. A dateline
// ("BEIRUT, Lebanon (Agency) - ") is left out of the content.
//
// Speakers are noun phrases: the whole phrase before the cue up to a comma,
// a clause word or a preposition other than "of" ("State Department
// spokesman Mark Toner", "the statement", "An opposition activist"), or the
// phrase after an inverted cue up to a comma ("said Mohammad Hassino, a
// 45-year-old businessman" gives "Mohammad Hassino"). "X quoting/citing Y
// says" gives X; "Name, apposition, said CLAUSE" gives Name. A phrase whose
// head is a lower-case word in -ed or -ing, or one the tagger marked as a
// verb or auxiliary, is no speaker. Tags are used for nothing else: a
// speaker phrase may hold a participle ("Residents fleeing Aleppo said").
//
// Pronouns: a speaker "he" or "she" is resolved to the nearest earlier
// speaker, or PERSON mention when mentions are given, within three
// sentences, that is a person of the same gender: "she" needs a title or
// noun that says so (Ms, Mrs, woman, spokeswoman), "he" one that does not
// say otherwise. The speaker Ref then holds the antecedent: Text is the name
// as written earlier ("Mr Lavrov", and for "State Department spokesman Mark
// Toner" the name "Mark Toner"), Span is that name's span in the earlier
// sentence, and Actor is the antecedent's. Likewise "it" goes to the
// nearest speaker within two sentences that is a body ("the ministry"), and
// "they" to the nearest plural one ("Aid officials"). An unresolved pronoun
// stays as written with its own span.
//
// When mentions are given, a speaker takes the Actor of the mention that
// overlaps it.
package quotes
