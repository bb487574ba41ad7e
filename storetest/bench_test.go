package storetest_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"sitrep"
	"sitrep/postgres"
	"sitrep/sqlite"
	"sitrep/storetest"
)

// benchReports returns the reports to store: those of the JSON Lines file
// $SITREP_BENCH_REPORTS (sitrep extract --json output), else synthetic
// ones. Each copy gets a fresh article id so every save adds rows.
func benchReports(b *testing.B) []*sitrep.Report {
	path := os.Getenv("SITREP_BENCH_REPORTS")
	if path == "" {
		var out []*sitrep.Report
		for range 100 {
			out = append(out, storetest.Fixture()...)
		}
		return out
	}
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var out []*sitrep.Report
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		r := new(sitrep.Report)
		if err := json.Unmarshal(sc.Bytes(), r); err != nil {
			b.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// BenchmarkSaveReports stores reports in batches of 64, as ingest and the
// workers do; it reports stored reports per second.
func BenchmarkSaveReports(b *testing.B) {
	ctx := context.Background()
	for _, kind := range []string{"sqlite", "postgres"} {
		b.Run(kind, func(b *testing.B) {
			var s sitrep.ReportStore
			if kind == "sqlite" {
				db, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"))
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				s = db
			} else {
				db, err := postgres.Open(ctx, storetest.TempPostgres(b))
				if err != nil {
					b.Fatal(err)
				}
				defer db.Close()
				s = db
			}
			src := benchReports(b)
			b.ResetTimer()
			n := 0
			for i := 0; i < b.N; i++ {
				batch := make([]*sitrep.Report, 64)
				for j := range batch {
					r := *src[n%len(src)]
					r.Article.ID = fmt.Sprintf("%016x", n)
					batch[j] = &r
					n++
				}
				if _, err := s.SaveReports(ctx, batch); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}
