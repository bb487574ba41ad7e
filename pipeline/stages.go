package pipeline

import (
	"fmt"
	"sync"

	"sitrep"
	"sitrep/claims"
	"sitrep/events"
	"sitrep/parse"
	"sitrep/postag"
	"sitrep/quotes"
	"sitrep/resolve"
	"sitrep/segment"
	"sitrep/timex"
)

var (
	defaultOnce sync.Once
	defaultP    *Pipeline
	defaultErr  error
)

// Default returns the pipeline of every stage sitrep has, over the embedded
// models, loading them on first use.
func Default() (*Pipeline, error) {
	defaultOnce.Do(func() {
		// the models are independent: load them on every core at once
		var (
			wg                     sync.WaitGroup
			tagger                 *postag.Tagger
			parser                 *parse.Parser
			res                    *resolve.Resolver
			tagErr, parseErr, rErr error
		)
		wg.Go(func() { tagger, tagErr = postag.Default() })
		wg.Go(func() { parser, parseErr = parse.Default() })
		wg.Go(func() { res, rErr = resolve.Default() })
		wg.Wait()
		switch {
		case tagErr != nil:
			defaultErr = fmt.Errorf("load tagger: %w", tagErr)
			return
		case parseErr != nil:
			defaultErr = fmt.Errorf("load parser: %w", parseErr)
			return
		case rErr != nil:
			defaultErr = fmt.Errorf("load gazetteer and actors: %w", rErr)
			return
		}
		defaultP = New(Segment, Analyze(tagger, parser), Times, Mentions(res), Quotes, Claims, Events)
	})
	return defaultP, defaultErr
}

// Segment splits the body into sentences and tokens.
func Segment(r *sitrep.Report) {
	r.Sentences = segment.Split(r.Article.Body)
}

// Analyze tags, lemmatizes and parses every sentence.
func Analyze(t *postag.Tagger, p *parse.Parser) Stage {
	return func(r *sitrep.Report) {
		for i := range r.Sentences {
			toks := r.Sentences[i].Tokens
			t.Tag(toks)
			p.Parse(toks)
		}
	}
}

// Times finds time expressions, normalised against the publication date.
func Times(r *sitrep.Report) {
	r.Times = timex.Find(r.Article.Body, r.Sentences, r.Article.Published)
}

// Mentions finds named entities and resolves them to actors and places.
func Mentions(res *resolve.Resolver) Stage {
	return func(r *sitrep.Report) {
		r.Mentions = res.FindMentions(r.Article.Body, r.Sentences)
		r.Diagnostics = append(r.Diagnostics, res.Resolve(r.Article.Body, r.Mentions, r.Article.Published)...)
	}
}

// Quotes finds direct and reported speech with its speakers.
func Quotes(r *sitrep.Report) {
	r.Quotes = quotes.Find(r.Article.Body, r.Sentences, r.Mentions)
}

// Claims finds figures of people killed, wounded, displaced or moved,
// including those inside quotes.
func Claims(r *sitrep.Report) {
	r.Claims = claims.FindQuoted(r.Article.Body, r.Sentences, r.Times, r.Mentions, r.Quotes)
}

// Events codes the actions reported as CAMEO events with their PLOVER
// category, ACLED-style type, source, target, place and date.
func Events(r *sitrep.Report) {
	r.Events = events.Code(r.Article.Body, r.Sentences, r.Mentions, r.Times, r.Article.Published)
}
