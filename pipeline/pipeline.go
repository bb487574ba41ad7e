// Package pipeline runs sitrep's extraction stages over an article and
// returns its Report, and runs many articles over every core while keeping
// their order.
//
// It holds no model of its own: each stage is a function value that fills
// part of the report, built once in cmd/sitrep and shared, safe for
// concurrent use.
package pipeline

import (
	"sitrep"
)

// Stage fills part of a report from what earlier stages left in it. A stage
// records problems as diagnostics on the report instead of failing.
type Stage func(r *sitrep.Report)

// Pipeline is an ordered list of stages. It is safe for concurrent use when
// its stages are.
type Pipeline struct {
	stages []Stage
}

// New returns a pipeline of the given stages, run in order.
func New(stages ...Stage) *Pipeline {
	return &Pipeline{stages: stages}
}

// Run extracts the report of one article.
func (p *Pipeline) Run(a sitrep.Article) *sitrep.Report {
	r := sitrep.NewReport(a)
	for _, s := range p.stages {
		s(r)
	}
	r.Fill()
	return r
}
