package main

import (
	"bufio"
	"encoding/json"

	"github.com/spf13/cobra"

	"sitrep"
)

func newExtractCmd(a *app) *cobra.Command {
	var (
		df       dictFlags
		rf       readFlags
		asJSON   bool
		withToks bool
	)
	c := &cobra.Command{
		Use:   "extract [flags] INPUT...",
		Short: "Extract quotes, claims, times, mentions and events from articles",
		Long: `extract reads articles and prints what sitrep finds in each: a readable
report by default, or one JSON object per article (JSON Lines) with --json,
in the form documented in design/OUTPUT.md.

INPUT is a file (.txt, .html, .jsonl, .rss/.atom/.xml feed, JSON Feed), a
directory (read recursively), a glob, "-" for standard input, or an http(s)
URL. A bad input is reported on standard error as "input: reason" and the
others go on; the exit status is then 1.`,
		Example: `  sitrep extract --published 2016-12-08 article.txt
  sitrep extract --json examples/ | jq .quotes
  curl -s https://example.org/story | sitrep extract -`,
		Args: minArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			r, err := rf.reader(a.stdin)
			if err != nil {
				return err
			}
			inputs, err := r.Expand(args)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(a.stdout)
			defer out.Flush()
			enc := json.NewEncoder(out)
			enc.SetEscapeHTML(false)
			failed := 0
			first := true
			err = extractAll(c.Context(), r, inputs, df.loader(a.stderr), nil, func(o outcome) error {
				if o.err != nil {
					failed++
					out.Flush()
					reportFailure(a.stderr, o.where, o.err)
					return nil
				}
				if !withToks {
					dropTokens(o.report)
				}
				if asJSON {
					return enc.Encode(o.report)
				}
				if !first {
					out.WriteString("\n")
				}
				first = false
				return writeText(out, o.report)
			})
			if err != nil {
				return err
			}
			if failed > 0 {
				return errReported
			}
			return nil
		},
	}
	rf.register(c)
	df.register(c, a.stderr)
	c.Flags().BoolVar(&asJSON, "json", false, "print one JSON object per article (JSON Lines)")
	c.Flags().BoolVar(&withToks, "tokens", false, "include each sentence's tokens in the JSON")
	return c
}

// dropTokens removes the per-sentence tokens, which the report leaves out
// unless asked for.
func dropTokens(r *sitrep.Report) {
	for i := range r.Sentences {
		r.Sentences[i].Tokens = nil
	}
}
