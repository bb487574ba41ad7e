package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"sitrep/actors"
	"sitrep/cameo"
	"sitrep/events"
	"sitrep/pipeline"
)

// dictFlags are the --actors and --dict flags of the commands that extract:
// a user's dictionaries merged into the embedded ones. The files are read
// before the command starts, so that a bad one stops it with its name; the
// models are loaded only when an article needs them.
type dictFlags struct {
	actors []string
	dir    string
	opts   func() (pipeline.Options, error)
	pipe   func() (*pipeline.Pipeline, error)
}

// register adds the flags to c and reads the files they name before c
// runs; warn receives a line per file of the directory that is not used.
func (f *dictFlags) register(c *cobra.Command, warn io.Writer) {
	c.Flags().StringArrayVar(&f.actors, "actors", nil,
		"actor file merged into ours: sitrep TSV or a PETRARCH .actors/.agents file (repeatable)")
	c.Flags().StringVar(&f.dir, "dict", "",
		"directory of PETRARCH/TABARI dictionaries: files named *verb* or CAMEO.* extend the verb lexicon, *actors* and *agents* the actors, *discards* drop sentences")
	c.PreRunE = func(*cobra.Command, []string) error {
		f.init(warn)
		_, err := f.opts()
		return err
	}
}

func (f *dictFlags) init(warn io.Writer) {
	if f.opts != nil {
		return
	}
	f.opts = sync.OnceValues(func() (pipeline.Options, error) { return f.options(warn) })
	f.pipe = sync.OnceValues(func() (*pipeline.Pipeline, error) {
		o, err := f.opts()
		if err != nil {
			return nil, err
		}
		return pipeline.Load(o)
	})
}

// loader returns the pipeline with the user's dictionaries merged in.
func (f *dictFlags) loader(warn io.Writer) loader {
	return func() (*pipeline.Pipeline, error) {
		f.init(warn)
		return f.pipe()
	}
}

func (f *dictFlags) options(warn io.Writer) (pipeline.Options, error) {
	var o pipeline.Options
	addActors := func(path string) error {
		d, err := readDict(path, actors.Load)
		if err != nil {
			return err
		}
		if o.Actors == nil {
			o.Actors = d
		} else {
			o.Actors = o.Actors.Merge(d)
		}
		return nil
	}
	if f.dir != "" {
		ents, err := os.ReadDir(f.dir)
		if err != nil {
			return o, fmt.Errorf("--dict: %w", err)
		}
		var blocks []cameo.Block
		used := 0
		for _, e := range ents {
			path := filepath.Join(f.dir, e.Name())
			name := strings.ToLower(e.Name())
			switch {
			case !e.Type().IsRegular():
				continue
			case strings.Contains(name, "verb"), strings.HasPrefix(name, "cameo."):
				b, err := readDict(path, cameo.ReadPetrarch)
				if err != nil {
					return o, err
				}
				blocks = append(blocks, b...)
			case strings.Contains(name, "discard"):
				d, err := readDict(path, events.ReadDiscards)
				if err != nil {
					return o, err
				}
				o.Discards = d
			case strings.Contains(name, "actors"), strings.Contains(name, "agents"):
				if err := addActors(path); err != nil {
					return o, err
				}
			default:
				fmt.Fprintf(warn, "--dict: %s: not used (sitrep reads verbs, actors, agents and discards files)\n", path)
				continue
			}
			used++
		}
		if used == 0 {
			return o, fmt.Errorf("--dict %s: no verbs, actors, agents or discards file", f.dir)
		}
		if len(blocks) > 0 {
			o.Verbs = cameo.New(blocks, nil)
		}
	}
	for _, path := range f.actors {
		if err := addActors(path); err != nil {
			return o, err
		}
	}
	return o, nil
}

// readDict opens path and parses it with parse, naming the file in errors.
func readDict[T any](path string, parse func(io.Reader) (T, error)) (T, error) {
	var zero T
	fh, err := os.Open(path)
	if err != nil {
		return zero, err
	}
	defer fh.Close()
	v, err := parse(fh)
	if err != nil {
		return zero, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}
