// Package examples bundles the example news reports that `sitrep demo`
// ingests. They are original writing by the sitrep authors about real,
// well-documented events; see README.md in this directory.
package examples

import "embed"

// FS holds every example file (and this package's own sources, which the
// readers skip by extension).
//
//go:embed *
var FS embed.FS
