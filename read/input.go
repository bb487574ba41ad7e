package read

import (
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"sitrep"
)

// Kind says where an input's bytes come from.
type Kind int

// Kinds of input.
const (
	KindFile  Kind = iota // a file on disk
	KindStdin             // standard input, named "-"
	KindURL               // an http or https URL
)

// Format is the format of an input. FormatAuto means the content decides.
type Format string

// Formats sitrep reads.
const (
	FormatAuto  Format = ""
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatFeed  Format = "feed" // RSS, Atom or JSON Feed

	// formatJSON is a .json file: a JSON Feed or JSON Lines, by content,
	// and nothing else.
	formatJSON Format = "json"
	// formatJSONDoc is one JSON object spread over several lines: a single
	// article.
	formatJSONDoc Format = "json-doc"
)

// Input is one thing to read: a file, standard input or a URL.
type Input struct {
	Name   string // path, "-" or URL, as it appears in messages
	Kind   Kind
	Format Format // from the extension; FormatAuto leaves it to the content
}

// String returns the input's name.
func (in Input) String() string { return in.Name }

// extFormats maps the extensions read when walking a directory to the format
// they suggest. A format suggested by extension is still checked against the
// content: a .txt file holding HTML is read as HTML.
var extFormats = map[string]Format{
	".txt":    FormatText,
	".text":   FormatText,
	".html":   FormatHTML,
	".htm":    FormatHTML,
	".xhtml":  FormatHTML,
	".jsonl":  FormatJSONL,
	".ndjson": FormatJSONL,
	".xml":    FormatFeed,
	".rss":    FormatFeed,
	".atom":   FormatFeed,
	".json":   formatJSON,
}

// Expand turns command-line arguments into inputs: files; directories, walked
// recursively for files with a known extension (hidden files and directories
// are skipped); glob patterns; "-" for standard input; and http(s) URLs. The
// result is sorted by name with duplicates removed. A file named explicitly is
// read whatever its extension. An argument that names nothing is an error
// naming it.
func (r *Reader) Expand(args []string) ([]Input, error) {
	seen := make(map[string]bool)
	var out []Input
	add := func(in Input) {
		if !seen[in.Name] {
			seen[in.Name] = true
			out = append(out, in)
		}
	}
	for _, arg := range args {
		if err := expandOne(arg, add); err != nil {
			return nil, err
		}
	}
	slices.SortFunc(out, func(a, b Input) int { return strings.Compare(a.Name, b.Name) })
	return out, nil
}

func expandOne(arg string, add func(Input)) error {
	switch {
	case arg == "":
		return sitrep.Errorf(sitrep.EINVALID, "empty argument")
	case arg == "-":
		add(Input{Name: "-", Kind: KindStdin})
		return nil
	case strings.Contains(arg, "://"):
		u, err := url.Parse(arg)
		if err != nil {
			return sitrep.Errorf(sitrep.EINVALID, "%s: not a valid URL", arg)
		}
		if u.Scheme != "http" && u.Scheme != "https" {
			return sitrep.Errorf(sitrep.EUNSUPPORTED, "%s: only http and https URLs are read", arg)
		}
		if u.Host == "" {
			return sitrep.Errorf(sitrep.EINVALID, "%s: URL has no host", arg)
		}
		add(Input{Name: u.String(), Kind: KindURL})
		return nil
	}
	st, err := os.Stat(arg)
	if err == nil {
		if st.IsDir() {
			return walkDir(arg, add)
		}
		add(fileInput(arg))
		return nil
	}
	if !os.IsNotExist(err) {
		return sitrep.Errorf(sitrep.EINVALID, "%s: %v", arg, unwrapPath(err))
	}
	if !strings.ContainsAny(arg, "*?[") {
		return sitrep.Errorf(sitrep.ENOTFOUND, "%s: no such file or directory", arg)
	}
	matches, err := filepath.Glob(arg)
	if err != nil {
		return sitrep.Errorf(sitrep.EINVALID, "%s: bad pattern: %v", arg, err)
	}
	if len(matches) == 0 {
		return sitrep.Errorf(sitrep.ENOTFOUND, "%s: no file matches", arg)
	}
	for _, m := range matches {
		st, err := os.Stat(m)
		if err != nil {
			return sitrep.Errorf(sitrep.EINVALID, "%s: %v", m, unwrapPath(err))
		}
		if st.IsDir() {
			if err := walkDir(m, add); err != nil {
				return err
			}
			continue
		}
		add(fileInput(m))
	}
	return nil
}

// fileInput names a file by its cleaned path, with the format its extension
// suggests.
func fileInput(path string) Input {
	f := extFormats[strings.ToLower(filepath.Ext(path))]
	return Input{Name: filepath.Clean(path), Kind: KindFile, Format: f}
}

func walkDir(root string, add func(Input)) error {
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return sitrep.Errorf(sitrep.EINVALID, "%s: %v", path, unwrapPath(err))
		}
		hidden := path != root && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !d.Type().IsRegular() {
			return nil
		}
		if _, ok := extFormats[strings.ToLower(filepath.Ext(path))]; ok {
			add(fileInput(path))
		}
		return nil
	})
	return err
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
