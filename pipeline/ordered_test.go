package pipeline_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"sitrep/pipeline"
)

func TestOrdered(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var got []int
		err := pipeline.Ordered(context.Background(), 4,
			func(ctx context.Context, send func(int) bool) error {
				for i := range 200 {
					if !send(i) {
						return ctx.Err()
					}
				}
				return nil
			},
			func(i int) int {
				if i%7 == 0 {
					time.Sleep(time.Millisecond) // finish out of order
				}
				return i * i
			},
			func(v int) error { got = append(got, v); return nil },
		)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 200 {
			t.Fatalf("got %d results, want 200", len(got))
		}
		for i, v := range got {
			if v != i*i {
				t.Fatalf("result %d = %d, want %d", i, v, i*i)
			}
		}
	})
	t.Run("ErrEmit", func(t *testing.T) {
		stop := errors.New("stop")
		n := 0
		err := pipeline.Ordered(context.Background(), 2,
			func(ctx context.Context, send func(int) bool) error {
				for i := 0; ; i++ {
					if !send(i) {
						return ctx.Err()
					}
				}
			},
			func(i int) int { return i },
			func(v int) error {
				n++
				if v == 10 {
					return stop
				}
				return nil
			},
		)
		if !errors.Is(err, stop) {
			t.Fatalf("err %v, want stop", err)
		}
		if n != 11 {
			t.Fatalf("emitted %d, want 11", n)
		}
	})
	t.Run("ErrProduce", func(t *testing.T) {
		bad := errors.New("bad input")
		err := pipeline.Ordered(context.Background(), 2,
			func(ctx context.Context, send func(int) bool) error { send(1); return bad },
			func(i int) int { return i },
			func(int) error { return nil },
		)
		if !errors.Is(err, bad) {
			t.Fatalf("err %v, want bad input", err)
		}
	})
}
