// Package attreval scores quote attribution (quotes.Find) against gold
// attributions in brat standoff files, the form PARC 3.0 and PolNeAR are
// distributed in.
//
// # Accepted format
//
// A corpus is a directory of pairs NAME.txt and NAME.ann, or a directory in
// the PolNeAR layout: attributions/NAME_ANNOTATOR.ann beside text/NAME.txt.
// Offsets in the .ann file count Unicode code points into the .txt file, as
// brat does.
// Lines of the .ann file:
//
//	T1<TAB>Source 10 15<TAB>Kerry            text-bound annotation
//	T2<TAB>Cue 16 20<TAB>told
//	T3<TAB>Content 0 5;7 45<TAB>...           discontinuous: fragments joined by ;
//	R1<TAB>Attribution Arg1:T2 Arg2:T3        relation, any type and roles
//	E1<TAB>Cue:T2 Source:T1 Content:T3        event, any roles
//	E1<TAB>Attribution:T4 Cue:T2 Content:T3   PolNeAR: the trigger T4 is of
//	                                           another type and is ignored
//	A1, M1, N1, #1, * lines                    ignored
//
// Text-bound types are matched without regard to case: Source (also
// Speaker), Cue, and Content (also Quote, Message); other types are read
// and ignored. The text after the second tab is not checked against the
// .txt file.
//
// Relations and events link their arguments. Each Content is one gold
// attribution: its fragments are the content, and the Source and Cue
// annotations it reaches through links, without passing through another
// Content, are its sources and cues, so one Source linked to two Contents
// serves both. A Content in no relation is an attribution without a source.
//
// # Scores
//
// Gold contents and system quotes are paired one to one, largest overlap
// first. A system quote left unpaired that overlaps a paired gold content
// (the second half of a quote split by its attribution, which PolNeAR
// annotates as one discontinuous content) counts neither way. Content F1 counts a pair when the spans share a code point;
// exact F1 counts a pair when the spans are equal after white space, quote
// marks and , . ; : are trimmed from both ends (a discontinuous gold content
// is taken from its first to its last fragment). Source accuracy is, over
// the overlapping pairs whose gold attribution has a source, the share
// whose system speaker overlaps a gold source fragment or has the same text
// (ignoring case). A pronoun the system resolved to an earlier name counts
// as correct only when the gold marks that name.
package attreval
