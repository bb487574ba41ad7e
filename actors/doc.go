// Package actors is sitrep's actor dictionary: countries, organizations,
// armed groups, metonyms (the Kremlin, Washington) and people with the
// offices they held, each coded CAMEO/ICEWS style as an ISO 3166-1 alpha-3
// country plus a sector (GOV, MIL, REB, OPP, IGO, NGO, MED, ...).
//
// The dictionary is a readable TSV that users can extend (docs/actors.md).
// The embedded one merges data/actors.tsv.gz, converted by Build from the
// Phoenix/PETRARCH actor dictionaries (MIT) and Wikidata office-holders
// (CC0), with data/extra.tsv, written by hand for what those lack or get
// wrong. Regenerate the former with
//
//	sitrep build actors --src ../shared/data/petrarch2/dictionaries --out actors/data/actors.tsv.gz
//
// Load reads either that TSV or a PETRARCH-format .actors file, so a user's
// --actors FILE can be merged in with Merge. A Dict is immutable once built
// and safe for concurrent use.
package actors
