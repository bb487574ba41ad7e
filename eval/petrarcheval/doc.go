// Package petrarcheval scores sitrep's event coder on PETRARCH validation
// records: sentences with the source, target and event codes PETRARCH is
// expected to produce, coded with the toy dictionaries the file names in
// its <Environment> (verbs, actors, agents, discards).
//
// sitrep codes from the text with its own parser (the records' <Parse> is
// ignored) and its own coder, reading the PETRARCH verb dictionary with
// cameo.ReadPetrarch and the actor, agent and discard lists with
// ReadDicts. A record counts as exact when the set of (source, target,
// code) triples equals the expected one; records that expect no event
// (noevents, errors, discards) are exact when nothing is coded.
package petrarcheval
