package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/pipeline"
	"sitrep/read"
	"sitrep/timex"
)

// readFlags are the flags of every command that reads articles.
type readFlags struct {
	published    string
	source       string
	allowPrivate bool
}

func (f *readFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD) for articles whose metadata has none")
	c.Flags().StringVar(&f.source, "source", "", "source name for articles whose metadata has none")
	c.Flags().BoolVar(&f.allowPrivate, "allow-private", false, "allow URLs on private and loopback addresses")
}

func (f *readFlags) reader(stdin io.Reader) (*read.Reader, error) {
	var d sitrep.Date
	if f.published != "" {
		var err error
		if d, err = sitrep.ParseDate(f.published); err != nil {
			return nil, &usageError{fmt.Errorf("--published: %s", sitrep.ErrorMessage(err))}
		}
	}
	return read.New(read.Options{
		Published:    d,
		Source:       f.source,
		AllowPrivate: f.allowPrivate,
		Stdin:        stdin,
		InferDate:    timex.InferPublished,
	}), nil
}

// job is one article to extract, or a failure to report, in input order.
type job struct {
	where string
	art   sitrep.Article
	diags sitrep.Diagnostics
	err   error
	skip  bool // already stored: nothing to do
}

// outcome is a job after extraction.
type outcome struct {
	job
	report *sitrep.Report
}

// loader returns the pipeline to extract with (pipeline.Default, or one
// with a user's dictionaries).
type loader func() (*pipeline.Pipeline, error)

// extractAll reads every input, extracts each article on every core and
// calls emit in input order. skip, when not nil, says which article ids need
// no extraction (already stored); the models are loaded only when some
// article does. A bad input or item reaches emit as an outcome with err set;
// only a failure of emit stops the run.
func extractAll(ctx context.Context, r *read.Reader, inputs []read.Input, load loader,
	skip func(id string) bool, emit func(outcome) error) error {
	produce := func(ctx context.Context, send func(job) bool) error {
		for _, in := range inputs {
			err := r.Each(ctx, in, func(it read.Item) error {
				j := job{where: it.Where, art: it.Article, diags: it.Diagnostics, err: it.Err}
				if j.err == nil && skip != nil && skip(j.art.ID) {
					j.skip = true
				}
				if !send(j) {
					return ctx.Err()
				}
				return nil
			})
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil && !send(job{where: in.String(), err: err}) {
				return ctx.Err()
			}
		}
		return nil
	}
	work := func(j job) outcome {
		o := outcome{job: j}
		if j.err == nil && !j.skip {
			p, err := load()
			if err != nil {
				o.err = err
				return o
			}
			o.report = p.Run(j.art)
			o.report.Diagnostics = append(j.diags, o.report.Diagnostics...)
		}
		return o
	}
	return pipeline.Ordered(ctx, 0, produce, work, emit)
}

// reportFailure prints one line naming the input and the problem.
func reportFailure(w io.Writer, where string, err error) {
	msg := err.Error()
	if sitrep.ErrorCode(err) != sitrep.EINTERNAL {
		msg = sitrep.ErrorMessage(err)
	}
	if where == "" {
		fmt.Fprintf(w, "sitrep: %s\n", msg)
		return
	}
	fmt.Fprintf(w, "%s: %s\n", where, msg)
}

// isTerminal reports whether w is a terminal, for progress bars.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
