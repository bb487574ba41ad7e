package pipeline

import (
	"sitrep"

	"sitrep/actors"
	"sitrep/cameo"
	"sitrep/events"
	"sitrep/parse"
	"sitrep/postag"
	"sitrep/resolve"
)

// Options add a user's dictionaries to the embedded ones.
type Options struct {
	Actors *actors.Dict   // merged into the actor dictionary; its ids replace ours
	Verbs  *cameo.Lexicon // merged into the verb lexicon; its patterns win ties
	// Discards keep sentences or articles holding one of their phrases
	// from being coded.
	Discards *events.Discards
}

// Load returns the pipeline of Default with the dictionaries of o merged
// in. With empty Options it is Default.
func Load(o Options) (*Pipeline, error) {
	if o.Actors == nil && o.Verbs == nil && o.Discards == nil {
		return Default()
	}
	if _, err := Default(); err != nil { // loads every model at once
		return nil, err
	}
	tagger, _ := postag.Default()
	parser, _ := parse.Default()
	res, _ := resolve.Default()
	if o.Actors != nil {
		res = res.WithActors(o.Actors)
	}
	lex, err := cameo.Default()
	if err != nil {
		return nil, err
	}
	if o.Verbs != nil {
		lex = lex.Merge(o.Verbs)
	}
	return New(Segment, Analyze(tagger, parser), Times, Mentions(res), Quotes, Claims, EventsWith(events.NewWithOptions(lex, events.Options{Discards: o.Discards}))), nil
}

// EventsWith codes events with coder c.
func EventsWith(c *events.Coder) Stage {
	return func(r *sitrep.Report) {
		r.Events = c.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, r.Article.Published)
	}
}
