package watch

import (
	"context"
	"errors"
	"sync"
	"time"
)

// Run polls every feed when its next poll time comes (at once for a feed
// never polled), Concurrency feeds at a time, until ctx is done. Failures
// of feeds are logged and backed off; Run returns only ctx's error or a
// failure of the state store or the handler, which would otherwise lose
// items.
func (w *Watcher) Run(ctx context.Context, feeds []string) error {
	n := w.Concurrency
	if n <= 0 {
		n = 8
	}
	for {
		var due []string
		next := w.now().Add(w.every())
		for _, url := range feeds {
			st, err := w.Load(ctx, url)
			if err != nil {
				return err
			}
			if !st.NextPoll.After(w.now()) {
				due = append(due, url)
			} else if st.NextPoll.Before(next) {
				next = st.NextPoll
			}
		}
		if err := w.pollAll(ctx, due, n); err != nil {
			return err
		}
		for _, url := range due {
			st, err := w.Load(ctx, url)
			if err != nil {
				return err
			}
			if st.NextPoll.Before(next) {
				next = st.NextPoll
			}
		}
		t := time.NewTimer(max(next.Sub(w.now()), time.Second))
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-t.C:
		}
	}
}

// pollAll polls feeds on n goroutines and returns the first error that is
// not a feed's own.
func (w *Watcher) pollAll(ctx context.Context, feeds []string, n int) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg    sync.WaitGroup
		once  sync.Once
		first error
	)
	work := make(chan string)
	for range min(n, len(feeds)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for url := range work {
				if _, err := w.Poll(ctx, url); err != nil && !errors.As(err, new(*FeedError)) {
					once.Do(func() { first = err; cancel() })
				}
			}
		}()
	}
	for _, url := range feeds {
		select {
		case work <- url:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	if first != nil {
		return first
	}
	return ctx.Err()
}
