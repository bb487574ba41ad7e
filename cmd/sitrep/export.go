package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"sitrep"
	"sitrep/export"
)

func newExportCmd(a *app) *cobra.Command {
	var (
		db, format, out, from, to, bbox string
		f                               sitrep.EventFilter
		limit                           int
	)
	c := &cobra.Command{
		Use:   "export [flags]",
		Short: "Write stored events as JSON Lines, CSV, GDELT, ACLED or Parquet",
		Long: `export writes the stored events that match the filters, newest first, in
one of these formats (--format):

  jsonl    one event record per line, as the JSON API gives it
  csv      one row per event with its actors, place, sentence and source
  gdelt    the GDELT 2.0 event table (61 tab-separated columns, no header);
           columns sitrep has no value for are empty; country codes are
           ISO 3166-1 alpha-3 and feature ids GeoNames ids
  acled    ACLED's export columns (event_date, event_type, sub_event_type,
           actor1, actor2, country, admin1, location, latitude, longitude,
           geo_precision, source, notes, fatalities) for events with an
           ACLED type
  parquet  the csv columns in a Parquet file

--db is a SQLite file or a postgres:// URL. Output goes to standard output
unless -o names a file.`,
		Example: `  sitrep export --format csv --from 2016-12-01 --to 2016-12-31 > december.csv
  sitrep export --db postgres://db/sitrep --format parquet --country SYR -o syria.parquet`,
		Args: exactArgs(0),
		RunE: func(c *cobra.Command, args []string) error {
			var err error
			if from != "" {
				if f.From, err = sitrep.ParseDate(from); err != nil {
					return &usageError{fmt.Errorf("--from: %s", sitrep.ErrorMessage(err))}
				}
			}
			if to != "" {
				if f.To, err = sitrep.ParseDate(to); err != nil {
					return &usageError{fmt.Errorf("--to: %s", sitrep.ErrorMessage(err))}
				}
			}
			if bbox != "" {
				if f.BBox, err = parseBBox(bbox); err != nil {
					return &usageError{err}
				}
			}
			if !isKnownFormat(format) {
				return &usageError{fmt.Errorf("--format %q: want one of %s", format, strings.Join(export.Formats, ", "))}
			}
			path := dbPath(db)
			if _, err := os.Stat(path); err != nil && !isPostgresURL(path) {
				return fmt.Errorf("no database at %s: run sitrep ingest first, or name one with --db", path)
			}
			store, err := openStore(c.Context(), path)
			if err != nil {
				return err
			}
			defer store.Close()
			var w io.Writer = a.stdout
			var file *os.File
			if out != "" && out != "-" {
				if file, err = os.Create(out); err != nil {
					return err
				}
				defer file.Close()
				w = file
			}
			bw := bufio.NewWriterSize(w, 1<<16)
			n, err := export.Write(c.Context(), bw, store, export.Options{Format: format, Filter: f, Max: limit})
			if err != nil {
				if sitrep.ErrorCode(err) == sitrep.EINVALID {
					return &usageError{fmt.Errorf("%s", sitrep.ErrorMessage(err))}
				}
				return err
			}
			if err := bw.Flush(); err != nil {
				return err
			}
			if file != nil {
				if err := file.Close(); err != nil {
					return err
				}
			}
			fmt.Fprintf(a.stderr, "exported %s from %s as %s\n", plural(n, "event"), store.Path(), format)
			return nil
		},
	}
	fl := c.Flags()
	fl.StringVar(&db, "db", "", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
	fl.StringVar(&format, "format", "jsonl", "jsonl, csv, gdelt, acled or parquet")
	fl.StringVarP(&out, "output", "o", "", "write to this file instead of standard output")
	fl.StringVar(&from, "from", "", "events on or after this date (YYYY-MM-DD)")
	fl.StringVar(&to, "to", "", "events on or before this date (YYYY-MM-DD)")
	fl.StringVar(&f.Country, "country", "", "ISO3 country of the event's place")
	fl.StringVar(&f.Actor, "actor", "", "actor id, name or ISO3 country of the source or target")
	fl.StringVar(&f.Root, "root", "", "CAMEO root code (two digits)")
	fl.StringVar(&f.PLOVER, "plover", "", "PLOVER category")
	fl.StringVar(&f.Query, "q", "", "words that must occur in the event's sentence")
	fl.StringVar(&bbox, "bbox", "", "west,south,east,north in degrees")
	fl.IntVar(&limit, "limit", 0, "at most this many events (0: all)")
	return c
}

func isKnownFormat(s string) bool {
	for _, f := range export.Formats {
		if s == f {
			return true
		}
	}
	return false
}

// parseBBox reads "west,south,east,north".
func parseBBox(s string) (*sitrep.BBox, error) {
	parts := strings.Split(s, ",")
	if len(parts) != 4 {
		return nil, fmt.Errorf("--bbox %q: want west,south,east,north", s)
	}
	var v [4]float64
	for i, p := range parts {
		x, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("--bbox %q: %q is not a number", s, p)
		}
		v[i] = x
	}
	return &sitrep.BBox{West: v[0], South: v[1], East: v[2], North: v[3]}, nil
}
