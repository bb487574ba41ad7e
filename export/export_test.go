package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parquet-go/parquet-go"

	"sitrep"
	"sitrep/export"
	"sitrep/postgres"
	"sitrep/sqlite"
	"sitrep/storetest"
)

// open returns a store of the kind name holding the storetest fixture;
// a PostgreSQL one skips the test when the server does not answer.
func open(t *testing.T, name string) sitrep.Store {
	ctx := context.Background()
	var (
		s interface {
			sitrep.Store
			Close() error
		}
		err error
	)
	if name == "sqlite" {
		s, err = sqlite.Open(ctx, filepath.Join(t.TempDir(), "x.db"))
	} else {
		s, err = postgres.Open(ctx, storetest.TempPostgres(t))
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	storetest.MustSave(t, s, storetest.Fixture())
	return s
}

func export1(t *testing.T, s sitrep.Store, o export.Options) (string, int) {
	t.Helper()
	var b bytes.Buffer
	n, err := export.Write(context.Background(), &b, s, o)
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), n
}

func TestWrite(t *testing.T) {
	for _, name := range []string{"sqlite", "postgres"} {
		t.Run(name, func(t *testing.T) {
			s := open(t, name)
			out, n := export1(t, s, export.Options{Format: "jsonl"})
			lines := strings.Split(strings.TrimSpace(out), "\n")
			if n != 3 || len(lines) != 3 {
				t.Fatalf("jsonl: %d events, %d lines", n, len(lines))
			}
			var e sitrep.EventRecord
			if err := json.Unmarshal([]byte(lines[0]), &e); err != nil || e.CAMEO != "190" || e.ID == 0 {
				t.Errorf("jsonl first event %+v, %v", e, err)
			}
			if _, n := export1(t, s, export.Options{Format: "jsonl", Filter: sitrep.EventFilter{Country: "CHE"}}); n != 1 {
				t.Errorf("filtered export: %d events", n)
			}
			if _, n := export1(t, s, export.Options{Format: "jsonl", Max: 2}); n != 2 {
				t.Errorf("export of at most 2: %d events", n)
			}

			out, _ = export1(t, s, export.Options{Format: "csv"})
			recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || len(recs) != 4 || recs[0][0] != "id" || recs[2][len(recs[2])-3] != "Harbor Post" {
				t.Errorf("csv: %q, %v", recs, err)
			}

			out, _ = export1(t, s, export.Options{Format: "gdelt"})
			lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != 3 {
				t.Fatalf("gdelt: %d lines", len(lines))
			}
			col := strings.Split(lines[0], "\t")
			if len(col) != 61 {
				t.Fatalf("gdelt: %d columns, want 61", len(col))
			}
			for name, want := range map[string]string{"SQLDATE": "20161207", "MonthYear": "201612", "Year": "2016",
				"Actor1Code": "SYRMIL", "Actor1Name": "SYRIAN ARAB ARMY", "EventCode": "190", "EventBaseCode": "190", "EventRootCode": "19",
				"QuadClass": "4", "GoldsteinScale": "-10", "ActionGeo_Type": "4", "ActionGeo_Lat": "36.2", "ActionGeo_FeatureID": "170063",
				"IsRootEvent": "1", "AvgTone": ""} {
				if got := col[indexOf(export.GDELTColumns, name)]; got != want {
					t.Errorf("gdelt %s = %q, want %q", name, got, want)
				}
			}
			if col := strings.Split(lines[1], "\t"); col[60] != "https://example.com/geneva" {
				t.Errorf("gdelt SOURCEURL = %q", col[60])
			}

			out, n = export1(t, s, export.Options{Format: "acled"})
			recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
			if err != nil || n != 2 || len(recs) != 3 || strings.Join(recs[0], ",") != strings.Join(export.ACLEDColumns, ",") {
				t.Fatalf("acled: %d events, %q, %v", n, recs, err)
			}
			if r := recs[1]; r[0] != "2016-12-07" || r[1] != "Explosions/Remote violence" || r[3] != "Syrian Arab Army" ||
				r[5] != "SYR" || r[7] != "Aleppo" || r[8] != "36.2" || r[10] != "1" || r[13] != "45" {
				t.Errorf("acled row %q", r)
			}

			out, n = export1(t, s, export.Options{Format: "parquet"})
			rows, err := parquet.Read[export.Row](bytes.NewReader([]byte(out)), int64(len(out)))
			if err != nil || n != 3 || len(rows) != 3 {
				t.Fatalf("parquet: %d rows, %v", len(rows), err)
			}
			if r := rows[0]; r.CAMEO != "190" || r.Lat == nil || *r.Lat != 36.2 || r.SourceActor != "syrian_army" || rows[2].Lat != nil {
				t.Errorf("parquet row %+v", r)
			}
		})
	}
}

func TestWrite_ErrFormat(t *testing.T) {
	_, err := export.Write(context.Background(), new(bytes.Buffer), nil, export.Options{Format: "xml"})
	if sitrep.ErrorCode(err) != sitrep.EINVALID {
		t.Errorf("unknown format: %v", err)
	}
}

func indexOf(ss []string, s string) int {
	for i, v := range ss {
		if v == s {
			return i
		}
	}
	return -1
}
