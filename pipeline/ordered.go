package pipeline

import (
	"context"
	"runtime"
	"sync"
)

// Ordered runs work over every item that produce sends, on workers
// goroutines (0 means one per CPU), and hands the results to emit in the
// order the items were produced. emit runs on the calling goroutine, which
// alone owns whatever state it aggregates.
//
// produce must return when ctx is done or when send returns false. An error
// from produce or emit stops the run and is returned after the workers exit.
func Ordered[T, R any](ctx context.Context, workers int,
	produce func(ctx context.Context, send func(T) bool) error,
	work func(T) R,
	emit func(R) error,
) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq  int
		item T
	}
	type result struct {
		seq int
		out R
	}
	jobs := make(chan job, workers*2)
	results := make(chan result, workers*2)

	var prodErr error
	prodDone := make(chan struct{})
	go func() {
		defer close(prodDone)
		defer close(jobs)
		seq := 0
		prodErr = produce(ctx, func(item T) bool {
			select {
			case jobs <- job{seq, item}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				r := result{j.seq, work(j.item)}
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]R{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			continue // drain so the workers can exit
		}
		pending[r.seq] = r.out
		for {
			out, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := emit(out); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	<-prodDone
	if emitErr != nil {
		return emitErr
	}
	if prodErr != nil {
		return prodErr
	}
	return ctx.Err()
}
