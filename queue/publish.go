package queue

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go"

	"sitrep"
)

// Job is the message body: one article as read, with where it came from
// and what the reader noticed.
type Job struct {
	Article     sitrep.Article     `json:"article"`
	Where       string             `json:"where,omitempty"`
	Diagnostics sitrep.Diagnostics `json:"diagnostics,omitempty"`
}

// maxPending is how many asynchronous publishes may await their
// acknowledgement before Publish waits for them.
const maxPending = 512

// Publish queues a job, its message id the article id. Publishes are
// asynchronous: call Flush to wait for the server's acknowledgements.
func (q *Queue) Publish(ctx context.Context, j Job) error {
	if j.Article.ID == "" {
		return sitrep.Errorf(sitrep.EINVALID, "article without an id")
	}
	data, err := json.Marshal(j)
	if err != nil {
		return err
	}
	if len(q.pubs) >= maxPending {
		if err := q.flush(ctx); err != nil {
			return err
		}
	}
	m := nats.NewMsg(q.Subject())
	m.Data = data
	m.Header.Set(nats.MsgIdHdr, j.Article.ID)
	f, err := q.js.PublishMsgAsync(m)
	if err != nil {
		return fmt.Errorf("publish %s: %w", j.Article.ID, err)
	}
	q.pubs = append(q.pubs, f)
	return nil
}

// PublishResult counts what the server did with the published jobs.
type PublishResult struct {
	Added      int // stored in the stream
	Duplicates int // dropped: the same article id was published within the window
}

// Flush waits for every publish since the last Flush and returns how many
// the server stored and how many it dropped as duplicates.
func (q *Queue) Flush(ctx context.Context) (PublishResult, error) {
	err := q.flush(ctx)
	res := q.result
	q.result = PublishResult{}
	return res, err
}

// flush waits for the pending publishes and counts them in q.result.
func (q *Queue) flush(ctx context.Context) error {
	defer func() { q.pubs = q.pubs[:0] }()
	for _, f := range q.pubs {
		select {
		case ack := <-f.Ok():
			if ack.Duplicate {
				q.result.Duplicates++
			} else {
				q.result.Added++
			}
		case err := <-f.Err():
			return fmt.Errorf("publish %s: %w", f.Msg().Header.Get(nats.MsgIdHdr), err)
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}
