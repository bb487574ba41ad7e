// Package queue is sitrep's work queue on NATS JetStream: producers publish
// articles, any number of stateless workers pull them, extract their
// reports, save them in the shared store and only then acknowledge them.
//
// A stream NAME (default "sitrep") holds the subject NAME.articles with
// work-queue retention: a message is removed once a worker acknowledges
// it. Publishing sets the JetStream message id (Nats-Msg-Id) to the article
// id, so the server drops an article published twice within the
// duplicate window; past it, the store's keying by article id makes the
// second write a no-op. A worker that dies leaves its messages
// unacknowledged and the server redelivers them after AckWait. A message
// that fails MaxAttempts times (or keeps killing workers) is copied to the
// dead-letter stream NAME_dead, subject NAME.dead, with the error in the
// Sitrep-Error header, and terminated.
package queue

import (
	"context"
	"fmt"
	"regexp"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"sitrep"
)

// Config names a queue and sets how its messages are retried. The zero
// value gives the defaults.
type Config struct {
	// Stream is the stream name, also the first token of its subjects;
	// "" means "sitrep".
	Stream string
	// AckWait is how long a worker may hold a message before the server
	// redelivers it to another; 0 means 30s.
	AckWait time.Duration
	// MaxAttempts is how many deliveries a message gets before it goes to
	// the dead-letter stream; 0 means 5.
	MaxAttempts int
	// Duplicates is the window in which a republished article is dropped
	// by the server; 0 means 24h.
	Duplicates time.Duration
}

// Header names set on dead letters.
const (
	HeaderError      = "Sitrep-Error"
	HeaderDeliveries = "Sitrep-Deliveries"
)

// consumerName is the durable pull consumer every worker shares.
const consumerName = "workers"

var streamName = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

func (c Config) withDefaults() (Config, error) {
	if c.Stream == "" {
		c.Stream = "sitrep"
	}
	if !streamName.MatchString(c.Stream) {
		return c, sitrep.Errorf(sitrep.EINVALID, "stream name %q: want letters, digits, - and _", c.Stream)
	}
	if c.AckWait <= 0 {
		c.AckWait = 30 * time.Second
	}
	if c.MaxAttempts <= 0 {
		c.MaxAttempts = 5
	}
	if c.Duplicates <= 0 {
		c.Duplicates = 24 * time.Hour
	}
	return c, nil
}

// Queue is a connection to the work queue.
type Queue struct {
	cfg    Config
	nc     *nats.Conn
	js     jetstream.JetStream
	pubs   []jetstream.PubAckFuture // publishes awaiting their ack
	result PublishResult            // counts since the last Flush
}

// Open connects to the NATS server at url and creates or updates the
// queue's streams.
func Open(ctx context.Context, url string, cfg Config) (*Queue, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	nc, err := nats.Connect(url, nats.Name("sitrep"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, fmt.Errorf("connect to NATS at %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, err
	}
	q := &Queue{cfg: cfg, nc: nc, js: js}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        cfg.Stream,
		Description: "sitrep articles to extract",
		Subjects:    []string{q.Subject()},
		Retention:   jetstream.WorkQueuePolicy,
		Storage:     jetstream.FileStorage,
		Duplicates:  cfg.Duplicates,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("stream %s: %w", cfg.Stream, err)
	}
	if _, err := js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        q.DeadStream(),
		Description: "sitrep articles that failed every attempt",
		Subjects:    []string{q.DeadSubject()},
		Retention:   jetstream.LimitsPolicy,
		Storage:     jetstream.FileStorage,
		MaxAge:      30 * 24 * time.Hour,
	}); err != nil {
		nc.Close()
		return nil, fmt.Errorf("stream %s: %w", q.DeadStream(), err)
	}
	return q, nil
}

// Close flushes what is buffered (acknowledgements among it) and closes
// the connection.
func (q *Queue) Close() error {
	err := q.nc.FlushTimeout(5 * time.Second)
	q.nc.Close()
	return err
}

// Subject is where articles are published.
func (q *Queue) Subject() string { return q.cfg.Stream + ".articles" }

// DeadSubject is where dead letters are published.
func (q *Queue) DeadSubject() string { return q.cfg.Stream + ".dead" }

// DeadStream is the name of the stream that keeps dead letters.
func (q *Queue) DeadStream() string { return q.cfg.Stream + "_dead" }

// Stats says how much work the queue holds.
type Stats struct {
	Waiting  int // stored and not yet acknowledged
	InFlight int // delivered to a worker and not yet acknowledged
	Dead     int // in the dead-letter stream
}

// Stats returns the queue's counts.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	s, err := q.js.Stream(ctx, q.cfg.Stream)
	if err != nil {
		return st, err
	}
	info, err := s.Info(ctx)
	if err != nil {
		return st, err
	}
	st.Waiting = int(info.State.Msgs)
	if c, err := s.Consumer(ctx, consumerName); err == nil {
		ci, err := c.Info(ctx)
		if err != nil {
			return st, err
		}
		st.InFlight = ci.NumAckPending
	}
	d, err := q.js.Stream(ctx, q.DeadStream())
	if err != nil {
		return st, err
	}
	if info, err = d.Info(ctx); err != nil {
		return st, err
	}
	st.Dead = int(info.State.Msgs)
	return st, nil
}

// Delete removes the queue's streams and everything in them.
func (q *Queue) Delete(ctx context.Context) error {
	for _, s := range []string{q.cfg.Stream, q.DeadStream()} {
		if err := q.js.DeleteStream(ctx, s); err != nil && err != jetstream.ErrStreamNotFound {
			return fmt.Errorf("delete stream %s: %w", s, err)
		}
	}
	return nil
}
