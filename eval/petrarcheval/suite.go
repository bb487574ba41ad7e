package petrarcheval

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

// Suite is a validation file: its dictionaries and records.
type Suite struct {
	Verbs, Actors, Agents, Discards string // file names from <Environment>
	Records                         []Record
}

// Record is one validation sentence and the events expected from it.
type Record struct {
	ID, Category, Date string // Date is YYYYMMDD
	Text               string
	Want               []Triple // empty when no event is expected
	// Config holds the <Config> options in force for the record, by
	// lower-cased name ("require_dyad": "false").
	Config map[string]string
}

// RequireDyad reports whether the record is coded under PETRARCH's
// require_dyad option (the default): an event needs a source and a
// target actor, an agent alone ("---GOV") acting on no one is dropped.
func (r Record) RequireDyad() bool {
	return !strings.EqualFold(strings.TrimSpace(r.Config["require_dyad"]), "false")
}

// Triple is one coded event: source and target actor codes and the CAMEO
// code, "---" for a missing actor.
type Triple struct{ Source, Target, Code string }

func (t Triple) String() string { return t.Source + " " + t.Target + " " + t.Code }

type xmlFile struct {
	Env struct {
		Verbs    string `xml:"Verbfile"`
		Actors   string `xml:"Actorfile"`
		Agents   string `xml:"Agentfile"`
		Discards string `xml:"Discardfile"`
	} `xml:"Environment"`
	Sentences struct {
		Items []xmlItem `xml:",any"`
	} `xml:"Sentences"`
}

// xmlItem is a <Sentence> or a <Config> option, in file order.
type xmlItem struct {
	XMLName  xml.Name
	Option   string `xml:"option,attr"`
	Value    string `xml:"value,attr"`
	ID       string `xml:"id,attr"`
	Date     string `xml:"date,attr"`
	Category string `xml:"category,attr"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Code     string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
		Error    string `xml:"error,attr"`
	} `xml:"EventCoding"`
	Text string `xml:"Text"`
}

// ReadFile reads a validation file.
func ReadFile(path string) (*Suite, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// Read reads validation records in the PETRARCH XML format.
func Read(r io.Reader) (*Suite, error) {
	var x xmlFile
	if err := xml.NewDecoder(r).Decode(&x); err != nil {
		return nil, err
	}
	s := &Suite{Verbs: strings.TrimSpace(x.Env.Verbs), Actors: strings.TrimSpace(x.Env.Actors),
		Agents: strings.TrimSpace(x.Env.Agents), Discards: strings.TrimSpace(x.Env.Discards)}
	config := map[string]string{}
	for _, xs := range x.Sentences.Items {
		switch xs.XMLName.Local {
		case "Config":
			next := make(map[string]string, len(config)+1)
			for k, v := range config {
				next[k] = v
			}
			next[strings.ToLower(strings.TrimSpace(xs.Option))] = strings.TrimSpace(xs.Value)
			config = next
			continue
		case "Sentence":
		default:
			continue
		}
		rec := Record{ID: xs.ID, Category: xs.Category, Date: strings.TrimSpace(xs.Date), Text: strings.Join(strings.Fields(xs.Text), " "), Config: config}
		for _, c := range xs.Codings {
			if c.NoEvents != "" || c.Error != "" || c.Code == "" {
				continue
			}
			rec.Want = append(rec.Want, Triple{strings.Trim(c.Source, `"`), strings.Trim(c.Target, `"`), c.Code})
		}
		s.Records = append(s.Records, rec)
	}
	return s, nil
}

// set returns the sorted, deduplicated string forms of ts.
func set(ts []Triple) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range ts {
		if k := t.String(); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}
