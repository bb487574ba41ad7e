// Package sitrep holds the domain of sitrep: the types that flow between the
// pipeline stages (Article, Sentence, Token, Mention, Actor, Place, Time,
// Quote, Claim, Event, Report) and the interfaces the adapters implement.
//
// sitrep turns news reports into a sourced record of events: who did or said
// what to whom, where, when, and how many were harmed or moved, with every
// record traced to the characters it came from.
//
// All offsets count Unicode code points into Article.Body (see Span), so that
// body[start:end] in Python or [...body].slice(start, end) in JavaScript gives
// the quoted text. The JSON form of Report is the contract documented in
// design/OUTPUT.md; field names never change meaning.
//
// This package imports only the standard library. Each stage lives in a
// package of its own (segment, read, ...) and the adapters (sqlite, ...) sit
// beside them; only cmd/sitrep wires them together.
package sitrep
