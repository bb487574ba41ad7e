// Package cameo is sitrep's event lexicon: the CAMEO code table (name, quad
// class, Goldstein value, PLOVER category, ACLED-style type) and the verb
// and noun patterns that map a clause to a CAMEO code.
//
// The verb patterns come from the PETRARCH 2 CAMEO verb dictionary (MIT),
// converted by ReadPetrarch and WriteTSV into the compact file
// data/verbs.tsv.gz:
//
//	sitrep build cameo --src ../shared/data/petrarch2/dictionaries/CAMEO.2.0.txt --out cameo/data/verbs.tsv.gz
//
// Our own additions (event nouns, phrases such as "come under
// bombardment") are in data/extra.tsv, in the same format. The code table
// is data/codes.tsv: Goldstein values written by us for the CAMEO codes,
// names and PLOVER categories from CAMEO2PLOVER (CC BY-SA 4.0).
//
// The compact format has one record a line, tab-separated:
//
//	B  code  name              a block of synonymous verbs, with its default code
//	V  words  code  forms      a verb of the block; '+' marks the head in a
//	                           multiword verb (cordon_+off is not allowed:
//	                           +cordon_off), forms are irregular forms
//	P  pre  post  code  flags  a pattern: pre-verb and post-verb slots,
//	                           space-separated, alternatives joined by '|'
//	N  noun  code              an event noun
//
// A code "---" means "no event": a pattern with it stops a verb from being
// coded. A code "a:b" codes a for source to target and b for the reverse.
// Words joined by '_' in a slot must stand together. The flags, space-
// separated, carry what the PETRARCH markers say:
//
//	passive      the clause subject is the target ('+' before '*')
//	prenext      the last pre-verb slot stands next to the verb ("RECENTLY_*")
//	postnext     the first post-verb slot stands next to the verb ("*_OUT")
//	source=N     the source is the phrase after post-verb slot N ('$')
//	target=N     the target is the phrase after post-verb slot N ('+')
//	skip=N       pass over N phrases first ('^')
//	targetpre=N  the target is the subject of pre-verb slot N's word ("+ HOSTING *")
//	for=VERB     the pattern was written for that verb of the block (its
//	             comment names it); a verb with a code of its own takes
//	             only its own patterns and those for no verb
//
// Of two patterns that match, the one naming more words wins; of two
// naming as many, the one written for the verb at hand ("GRANT * ASYLUM"
// over "GIVE * &MILITARY" for "granted asylum to army officers"), then the
// one loaded last.
//
// A Lexicon is immutable once built and safe for concurrent use.
package cameo
