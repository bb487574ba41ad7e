package queue

import (
	"context"
	"encoding/json"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// DeadLetter is a message that failed every attempt.
type DeadLetter struct {
	Job        Job
	Err        string
	Deliveries int
}

// DeadLetters returns up to limit dead letters, oldest first, leaving them
// in their stream.
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]DeadLetter, error) {
	c, err := q.js.OrderedConsumer(ctx, q.DeadStream(), jetstream.OrderedConsumerConfig{})
	if err != nil {
		return nil, err
	}
	st, err := q.Stats(ctx)
	if err != nil {
		return nil, err
	}
	var out []DeadLetter
	for len(out) < min(limit, st.Dead) {
		batch, err := c.Fetch(min(limit, st.Dead)-len(out), jetstream.FetchMaxWait(2*time.Second))
		if err != nil {
			return out, err
		}
		n := 0
		for m := range batch.Messages() {
			n++
			d := DeadLetter{Err: m.Headers().Get(HeaderError)}
			d.Deliveries, _ = strconv.Atoi(m.Headers().Get(HeaderDeliveries))
			json.Unmarshal(m.Data(), &d.Job)
			out = append(out, d)
		}
		if n == 0 {
			break
		}
	}
	return out, nil
}
