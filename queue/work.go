package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"sitrep"
)

// Worker is what a worker needs besides the queue.
type Worker struct {
	// Extract turns an article into its report (pipeline.Pipeline.Run). It
	// must be safe for concurrent use; a panic counts as a failure of the
	// message.
	Extract func(sitrep.Article) *sitrep.Report
	// Store keeps the reports.
	Store sitrep.ReportStore
	// Batch is how many messages are fetched, extracted and saved at once
	// (one transaction); 0 means 32.
	Batch int
	// Parallel is how many articles are extracted at once; 0 means one per
	// CPU.
	Parallel int
	// ExitWhenEmpty makes Work return once nothing is waiting or in flight.
	ExitWhenEmpty bool
	// Log, when set, receives a line per dead letter and store failure.
	Log *slog.Logger
}

// WorkStats counts what a worker did.
type WorkStats struct {
	Saved   int // reports stored by this worker
	Skipped int // articles found stored already (redeliveries, republished ids)
	Retried int // messages handed back for another attempt
	Dead    int // messages moved to the dead-letter stream
}

// Work pulls messages until ctx is done (or, with ExitWhenEmpty, the queue
// is empty). Each batch is extracted, saved in one transaction and only
// then acknowledged. When ctx is done the batch in hand is finished, within
// AckWait; what cannot be finished is handed back (nak) for another worker.
// Work returns an error when the store fails for a whole batch: the
// messages are handed back and the worker stops, to be restarted by its
// supervisor, rather than burn the messages' attempts.
func (q *Queue) Work(ctx context.Context, w Worker) (WorkStats, error) {
	var st WorkStats
	if w.Batch <= 0 {
		w.Batch = 32
	}
	if w.Parallel <= 0 {
		w.Parallel = runtime.GOMAXPROCS(0)
	}
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
	cons, err := q.js.CreateOrUpdateConsumer(ctx, q.cfg.Stream, jetstream.ConsumerConfig{
		Durable:       consumerName,
		Description:   "sitrep workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       q.cfg.AckWait,
		MaxDeliver:    q.cfg.MaxAttempts + 1, // the last delivery only moves it to the dead letters
		FilterSubject: q.Subject(),
	})
	if err != nil {
		return st, fmt.Errorf("consumer %s: %w", consumerName, err)
	}
	for ctx.Err() == nil {
		batch, err := cons.Fetch(w.Batch, jetstream.FetchMaxWait(time.Second))
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			return st, fmt.Errorf("fetch: %w", err)
		}
		var msgs []jetstream.Msg
		for m := range batch.Messages() {
			msgs = append(msgs, m)
		}
		if err := batch.Error(); err != nil && !errors.Is(err, nats.ErrTimeout) && len(msgs) == 0 && ctx.Err() == nil {
			return st, fmt.Errorf("fetch: %w", err)
		}
		if len(msgs) == 0 {
			if w.ExitWhenEmpty {
				ci, err := cons.Info(ctx)
				if err == nil && ci.NumPending == 0 && ci.NumAckPending == 0 {
					break
				}
			}
			continue
		}
		// The batch in hand is finished even after ctx is done, within
		// the time the server gives it before redelivering.
		bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), q.cfg.AckWait)
		err = q.process(bctx, &w, msgs, &st)
		cancel()
		if err != nil {
			return st, err
		}
	}
	return st, nil
}

// item is one message of a batch on its way through process.
type item struct {
	msg       jetstream.Msg
	delivered int
	job       Job
	report    *sitrep.Report
	err       error
}

func (q *Queue) process(ctx context.Context, w *Worker, msgs []jetstream.Msg, st *WorkStats) error {
	items := make([]*item, 0, len(msgs))
	for _, m := range msgs {
		it := &item{msg: m, delivered: 1}
		if md, err := m.Metadata(); err == nil {
			it.delivered = int(md.NumDelivered)
		}
		switch {
		case it.delivered > q.cfg.MaxAttempts:
			// Every attempt died with its worker (or the worker stopped).
			q.dead(ctx, w, it, fmt.Errorf("not finished after %d deliveries", q.cfg.MaxAttempts), st)
			continue
		case json.Unmarshal(m.Data(), &it.job) != nil || it.job.Article.ID == "":
			q.dead(ctx, w, it, sitrep.Errorf(sitrep.EINVALID, "message is not a sitrep job"), st)
			continue
		}
		if ok, err := w.Store.HasArticle(ctx, it.job.Article.ID); err == nil && ok {
			m.Ack()
			st.Skipped++
			continue
		}
		items = append(items, it)
	}
	extract(w, items)
	var (
		reports []*sitrep.Report
		good    []*item
	)
	for _, it := range items {
		if it.err != nil {
			q.fail(ctx, w, it, st)
			continue
		}
		reports = append(reports, it.report)
		good = append(good, it)
	}
	if len(reports) == 0 {
		return nil
	}
	if _, err := w.Store.SaveReports(ctx, reports); err == nil {
		for _, it := range good {
			it.msg.Ack()
		}
		st.Saved += len(good)
		return nil
	} else if len(good) == 1 {
		return q.storeDown(w, good, err, st)
	}
	// Find the report the store refuses, if it is one: save them singly.
	saved := 0
	var lastErr error
	for _, it := range good {
		if _, err := w.Store.SaveReports(ctx, []*sitrep.Report{it.report}); err != nil {
			it.err, lastErr = err, err
			continue
		}
		it.msg.Ack()
		saved++
	}
	st.Saved += saved
	if saved == 0 {
		return q.storeDown(w, good, lastErr, st)
	}
	for _, it := range good {
		if it.err != nil {
			q.fail(ctx, w, it, st)
		}
	}
	return nil
}

// extract runs w.Extract over items on w.Parallel goroutines, turning a
// panic into the item's error.
func extract(w *Worker, items []*item) {
	sem := make(chan struct{}, w.Parallel)
	var wg sync.WaitGroup
	for _, it := range items {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() {
				if p := recover(); p != nil {
					it.err = fmt.Errorf("extraction panicked: %v", p)
				}
				<-sem
				wg.Done()
			}()
			r := w.Extract(it.job.Article)
			if r == nil {
				it.err = errors.New("extraction gave no report")
				return
			}
			r.Diagnostics = append(it.job.Diagnostics, r.Diagnostics...)
			it.report = r
		}()
	}
	wg.Wait()
}

// fail hands a failed message back for another attempt, or moves it to the
// dead letters after its last.
func (q *Queue) fail(ctx context.Context, w *Worker, it *item, st *WorkStats) {
	if it.delivered >= q.cfg.MaxAttempts {
		q.dead(ctx, w, it, it.err, st)
		return
	}
	it.msg.NakWithDelay(backoff(it.delivered))
	st.Retried++
}

// storeDown hands every message back and stops the worker.
func (q *Queue) storeDown(w *Worker, items []*item, err error, st *WorkStats) error {
	for _, it := range items {
		it.msg.NakWithDelay(backoff(it.delivered))
		st.Retried++
	}
	w.Log.Error("store failed; batch handed back", "err", err)
	return fmt.Errorf("save reports: %w", err)
}

// deadTries and deadPublishWait bound the copy of a message to the dead
// letters.
const (
	deadTries       = 3
	deadPublishWait = 5 * time.Second
)

// dead copies a message to the dead-letter stream with its error and
// terminates it; if the copy fails the message is handed back instead.
func (q *Queue) dead(ctx context.Context, w *Worker, it *item, cause error, st *WorkStats) {
	m := nats.NewMsg(q.DeadSubject())
	m.Data = it.msg.Data()
	m.Header.Set(HeaderError, cause.Error())
	m.Header.Set(HeaderDeliveries, strconv.Itoa(it.delivered))
	if id := it.msg.Headers().Get(nats.MsgIdHdr); id != "" {
		m.Header.Set(nats.MsgIdHdr, "dead-"+id)
	}
	// A few short tries rather than one long wait: a lost acknowledgement
	// from a busy server must not hold the message until its AckWait runs
	// out and cost it the delivery that records why it failed. When the
	// job carries a message id (Publish sets one), a repeated copy is a
	// duplicate the server drops.
	var err error
	for try := range deadTries {
		if try > 0 {
			select {
			case <-ctx.Done():
			case <-time.After(time.Duration(try) * 200 * time.Millisecond):
			}
		}
		pctx, cancel := context.WithTimeout(ctx, deadPublishWait)
		_, err = q.js.PublishMsg(pctx, m)
		cancel()
		if err == nil || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		it.msg.NakWithDelay(backoff(it.delivered))
		st.Retried++
		return
	}
	it.msg.Term()
	w.Log.Warn("dead letter", "article", it.job.Article.ID, "where", it.job.Where, "deliveries", it.delivered, "err", cause)
	st.Dead++
}

// backoff is the delay before delivery n+1: 1s, 2s, 4s, ... up to a minute.
func backoff(n int) time.Duration {
	return min(time.Second<<min(n-1, 6), time.Minute)
}
