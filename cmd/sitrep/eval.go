package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/spf13/cobra"
)

// newEvalCmd groups the evaluation commands. Each prints a readable summary,
// or with --json one JSON object whose figures are fractions in [0,1].
func newEvalCmd(a *app) *cobra.Command {
	c := &cobra.Command{
		Use:   "eval",
		Short: "Measure accuracy against a standard corpus",
		Long: `eval measures one stage of sitrep against a standard annotated corpus and
prints its scores. With --json each prints one JSON object whose figures are
fractions in [0,1] (throughputs are plain numbers).`,
	}
	c.AddCommand(
		newEvalTokenizeCmd(a),
		newEvalUDCmd(a),
		newEvalTimexCmd(a),
		newEvalGeoCmd(a),
		newEvalAttributionCmd(a),
		newEvalPetrarchCmd(a),
		newEvalPloverCmd(a),
		newEvalNERCmd(a),
	)
	return c
}

// writeJSON prints v as one line of JSON.
func writeJSON(w io.Writer, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
