package httpapi_test

import (
	"context"
	"fmt"
	"maps"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	"sitrep"
	"sitrep/httpapi"
	"sitrep/internal/synth"
	"sitrep/sqlite"
)

// benchDB opens the big benchmark database, building it on first use:
// $SITREP_BENCH_EVENTS events (default 1,000,000) in
// $SITREP_BENCH_DB (default sitrep-bench-<n>.db in the temporary
// directory). Building a million events takes minutes; later runs reuse
// the file.
func benchDB(b *testing.B) *sqlite.DB {
	b.Helper()
	n := 1_000_000
	if v, err := strconv.Atoi(os.Getenv("SITREP_BENCH_EVENTS")); err == nil && v > 0 {
		n = v
	}
	path := os.Getenv("SITREP_BENCH_DB")
	if path == "" {
		path = filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-bench-%d.db", n))
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	have, _, err := db.FindEvents(ctx, sitrep.EventFilter{Limit: 1, Cursor: ""})
	if err != nil {
		b.Fatal(err)
	}
	if len(have) > 0 {
		return db
	}
	start := time.Now()
	const perReport, batch = 10, 1000
	for first := 0; first < n/perReport; first += batch {
		rs := synth.Reports(7, first, min(batch, n/perReport-first), perReport)
		if _, err := db.SaveReports(ctx, rs); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("built %s with %d events in %s", path, n, time.Since(start).Round(time.Second))
	return db
}

// BenchmarkEvents1M measures filtered GET /api/events requests (a page of
// 100, the API's default) on a database of a million events, through the
// HTTP handler, JSON included. It reports the 50th and 99th percentile
// latency over a mix of filters.
func BenchmarkEvents1M(b *testing.B) {
	db := benchDB(b)
	h := httpapi.NewServer(db, nil)
	countries, lat, lon := synth.Cities()
	var queries []string
	for i, c := range countries {
		queries = append(queries,
			"country="+c,
			fmt.Sprintf("country=%s&root=%02d", c, 1+i%20),
			fmt.Sprintf("actor=%s&plover=ASSAULT", c),
			fmt.Sprintf("country=%s&from=%d-01-01&to=%d-06-30", c, 2010+i%14, 2010+i%14),
			fmt.Sprintf("bbox=%.2f,%.2f,%.2f,%.2f", lon[i]-0.5, lat[i]-0.5, lon[i]+0.5, lat[i]+0.5),
			fmt.Sprintf("root=%02d&from=%d-03-01&to=%d-03-31", 1+i%20, 2010+i%14, 2010+i%14),
		)
	}
	queries = append(queries, "", "q=checkpoints+convoys", "q=border&country=SYR", "plover=PROTEST", "actor=SYR")
	var (
		lat_  []time.Duration
		worst = map[string]time.Duration{}
		each  = map[string][]time.Duration{}
	)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := queries[i%len(queries)]
		t0 := time.Now()
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", "/api/events?"+q, nil))
		d := time.Since(t0)
		lat_ = append(lat_, d)
		worst[q] = max(worst[q], d)
		each[q] = append(each[q], d)
		if w.Code != 200 {
			b.Fatalf("%s: %d %s", q, w.Code, w.Body)
		}
	}
	b.StopTimer()
	qs := slices.SortedFunc(maps.Keys(worst), func(x, y string) int { return int(worst[y] - worst[x]) })
	for _, q := range qs[:min(5, len(qs))] {
		b.Logf("slowest: %6.1f ms  %s", float64(worst[q].Microseconds())/1000, q)
	}
	// The median of each query shows what is slow by itself rather than
	// by a busy machine.
	med := map[string]time.Duration{}
	for q, ds := range each {
		slices.Sort(ds)
		med[q] = ds[len(ds)/2]
	}
	qs = slices.SortedFunc(maps.Keys(med), func(x, y string) int { return int(med[y] - med[x]) })
	for _, q := range qs[:min(5, len(qs))] {
		b.Logf("slowest median: %6.1f ms  %s", float64(med[q].Microseconds())/1000, q)
	}
	slices.Sort(lat_)
	pct := func(p float64) float64 {
		return float64(lat_[min(len(lat_)-1, int(p*float64(len(lat_))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(lat_[len(lat_)-1].Microseconds())/1000, "max-ms")
}
