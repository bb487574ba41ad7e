// Command mkworldmap writes the web UI's embedded world map from the
// Natural Earth country shapes; `go generate ./httpapi` runs it.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"sitrep/worldmap"
)

func main() {
	src := flag.String("src", "../shared/data/gazetteer/boundaries", "directory of "+worldmap.Source)
	out := flag.String("out", "httpapi/ui/world.svg", "file to write")
	flag.Parse()
	var buf bytes.Buffer
	if err := worldmap.Build(*src, &buf); err != nil {
		fmt.Fprintln(os.Stderr, "mkworldmap:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "mkworldmap:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", *out, buf.Len())
}
