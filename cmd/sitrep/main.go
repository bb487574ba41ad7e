// Command sitrep turns news reports into a sourced, queryable record of
// events: who did or said what to whom, where, when, and how many were
// killed, wounded, displaced or evacuated.
//
// Exit status: 0 on success, 1 when the command failed or any input could
// not be processed, 2 on a usage error (unknown flag, missing argument).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

// Exit statuses scripts can rely on.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the command line args and returns the exit status. Tests call
// it directly.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	app := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCmd(app)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, new(*usageError)):
		fmt.Fprintf(stderr, "sitrep: %v\n", err)
		return exitUsage
	case errors.Is(err, errReported):
		return exitFailure
	default:
		fmt.Fprintf(stderr, "sitrep: %v\n", err)
		return exitFailure
	}
}

// app holds what every command shares: the standard streams.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// errReported means the command already told the user what failed (one line
// per bad input) and only the exit status remains to be set.
var errReported = errors.New("some inputs failed")

// usageError is a mistake in the command line.
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func newRootCmd(a *app) *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Turn news reports into a sourced record of events",
		Long: `sitrep reads news reports (text, HTML, JSON Lines, RSS/Atom/JSON feeds,
directories, URLs) and extracts a sourced record of who did or said what to
whom, where, when, and how many were killed, wounded, displaced or evacuated.
Every record points back to its sentence and characters.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &usageError{fmt.Errorf("%w (see %s --help)", err, c.CommandPath())}
	})
	root.AddCommand(
		newExtractCmd(a),
		newIngestCmd(a),
		newQueryCmd(a),
		newEvalCmd(a),
		newDemoCmd(a),
		newReconcileCmd(a),
		newServeCmd(a),
		newTrainCmd(a),
		newBuildCmd(a),
		newEnqueueCmd(a),
		newWorkCmd(a),
		newWatchCmd(a),
		newExportCmd(a),
	)
	return root
}

// exactArgs and minArgs wrap cobra's argument checks as usage errors.
func minArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.MinimumNArgs(n)(c, args); err != nil {
			return &usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
		}
		return nil
	}
}

func exactArgs(n int) cobra.PositionalArgs {
	return func(c *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(c, args); err != nil {
			return &usageError{fmt.Errorf("%s: %w", c.CommandPath(), err)}
		}
		return nil
	}
}
