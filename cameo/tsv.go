package cameo

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteTSV writes blocks in the compact format, after header lines (each
// written as a # comment).
func WriteTSV(w io.Writer, header []string, blocks []Block) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "# %s\n", h)
	}
	for _, b := range blocks {
		if len(b.Verbs) == 0 {
			continue
		}
		fmt.Fprintf(bw, "B\t%s\t%s\n", orNull(b.Code), b.Name)
		for _, v := range b.Verbs {
			words := append(append(append([]string{}, v.Before...), "+"+v.Head), v.After...)
			fmt.Fprintf(bw, "V\t%s\t%s\t%s\n", strings.Join(words, "_"), v.Code, strings.Join(v.Forms, " "))
		}
		for _, p := range b.Patterns {
			var flags []string
			if p.Passive {
				flags = append(flags, "passive")
			}
			if p.PreNext {
				flags = append(flags, "prenext")
			}
			if p.PostNext {
				flags = append(flags, "postnext")
			}
			if p.SourceAt > 0 {
				flags = append(flags, fmt.Sprintf("source=%d", p.SourceAt))
			}
			if p.TargetAt > 0 {
				flags = append(flags, fmt.Sprintf("target=%d", p.TargetAt))
			}
			if p.TargetPre > 0 {
				flags = append(flags, fmt.Sprintf("targetpre=%d", p.TargetPre))
			}
			if p.Skip > 0 {
				flags = append(flags, fmt.Sprintf("skip=%d", p.Skip))
			}
			if p.For != "" {
				flags = append(flags, "for="+p.For)
			}
			fmt.Fprintf(bw, "P\t%s\t%s\t%s\t%s\n", slots(p.Pre), slots(p.Post), p.Code, strings.Join(flags, " "))
		}
	}
	return bw.Flush()
}

func orNull(code string) string {
	if code == "" {
		return "---"
	}
	return code
}

func slots(ss []Slot) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = strings.Join(s, "|")
	}
	return strings.Join(parts, " ")
}

// ReadTSV reads the compact format written by WriteTSV, plus N (event
// noun) records.
func ReadTSV(r io.Reader) ([]Block, map[string]string, error) {
	var blocks []Block
	nouns := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch {
		case f[0] == "B" && len(f) >= 2:
			b := Block{Code: f[1]}
			if len(f) > 2 {
				b.Name = f[2]
			}
			blocks = append(blocks, b)
		case f[0] == "N" && len(f) >= 3:
			nouns[strings.ToLower(f[1])] = f[2]
		case (f[0] == "V" || f[0] == "P") && len(blocks) == 0:
			return nil, nil, fmt.Errorf("line %d: %s record before any block", n, f[0])
		case f[0] == "V" && len(f) >= 2:
			v := Verb{}
			v.Head, v.Before, v.After = splitHead(strings.ToLower(f[1]))
			if len(f) > 2 {
				v.Code = f[2]
			}
			if len(f) > 3 {
				v.Forms = strings.Fields(f[3])
			}
			b := &blocks[len(blocks)-1]
			b.Verbs = append(b.Verbs, v)
		case f[0] == "P" && len(f) >= 4:
			p := Pattern{Pre: parseSlots(f[1]), Post: parseSlots(f[2]), Code: f[3]}
			if len(f) > 4 {
				for _, fl := range strings.Fields(f[4]) {
					switch {
					case fl == "passive":
						p.Passive = true
					case fl == "prenext":
						p.PreNext = true
					case fl == "postnext":
						p.PostNext = true
					case strings.HasPrefix(fl, "source="):
						p.SourceAt, _ = strconv.Atoi(fl[len("source="):])
					case strings.HasPrefix(fl, "target="):
						p.TargetAt, _ = strconv.Atoi(fl[len("target="):])
					case strings.HasPrefix(fl, "targetpre="):
						p.TargetPre, _ = strconv.Atoi(fl[len("targetpre="):])
					case strings.HasPrefix(fl, "skip="):
						p.Skip, _ = strconv.Atoi(fl[len("skip="):])
					case strings.HasPrefix(fl, "for="):
						p.For = fl[len("for="):]
					}
				}
			}
			b := &blocks[len(blocks)-1]
			b.Patterns = append(b.Patterns, p)
		default:
			return nil, nil, fmt.Errorf("line %d: bad record %q", n, line)
		}
	}
	return blocks, nouns, sc.Err()
}

func parseSlots(s string) []Slot {
	var out []Slot
	for _, f := range strings.Fields(strings.ToLower(s)) {
		out = append(out, Slot(strings.Split(f, "|")))
	}
	return out
}
