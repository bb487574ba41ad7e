package postgres

import (
	"context"
	"fmt"
)

// FeedState returns the saved state of the feed at url, nil when none is
// saved. The state is opaque to the store (JSON kept by the watcher).
func (d *DB) FeedState(ctx context.Context, url string) ([]byte, error) {
	var s string
	err := d.pool.QueryRow(ctx, `SELECT state FROM feeds WHERE url = $1`, url).Scan(&s)
	if noRows(err) {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("feed state %s: %w", url, err)
	}
	return []byte(s), nil
}

// SaveFeedState stores the state of the feed at url.
func (d *DB) SaveFeedState(ctx context.Context, url string, state []byte) error {
	if _, err := d.pool.Exec(ctx, `INSERT INTO feeds (url, state) VALUES ($1, $2)
		ON CONFLICT (url) DO UPDATE SET state = excluded.state, updated_at = now()`, url, string(state)); err != nil {
		return fmt.Errorf("save feed state %s: %w", url, err)
	}
	return nil
}
