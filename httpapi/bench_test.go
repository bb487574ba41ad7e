package httpapi_test

import (
	"net/http/httptest"
	"testing"

	"sitrep/httpapi"
)

// BenchmarkEventsPage10k measures GET /api/events?limit=10000, the request
// behind the map page, on a database of 10,000 events.
func BenchmarkEventsPage10k(b *testing.B) { benchEvents(b, "/api/events?limit=10000") }

// BenchmarkEventPoints10k measures GET /api/events?view=points&limit=10000,
// the request behind the map and timeline.
func BenchmarkEventPoints10k(b *testing.B) { benchEvents(b, "/api/events?view=points&limit=10000") }

func benchEvents(b *testing.B, url string) {
	fx := MustFixture(b)
	MustEvents(b, fx.DB, 10000)
	h := httpapi.NewServer(fx.DB, nil)
	b.ResetTimer()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest("GET", url, nil))
		if w.Code != 200 {
			b.Fatal(w.Code)
		}
	}
}
