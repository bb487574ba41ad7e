package watch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
)

// FileState is a StateStore in a JSON file, for stores that keep no feed
// state (SQLite). Each save rewrites the file atomically (a temporary file
// renamed over it). One process at a time may use a file.
type FileState struct {
	path string
	mu   sync.Mutex
	m    map[string]json.RawMessage
}

var _ StateStore = (*FileState)(nil)

// OpenFileState reads the state file at path; a missing file is empty.
func OpenFileState(path string) (*FileState, error) {
	f := &FileState{path: path, m: make(map[string]json.RawMessage)}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return f, nil
	} else if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(b, &f.m); err != nil {
		return nil, fmt.Errorf("feed state file %s: %w", path, err)
	}
	return f, nil
}

// FeedState returns the saved state of a feed, nil when none.
func (f *FileState) FeedState(_ context.Context, url string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.m[url], nil
}

// SaveFeedState saves the state of a feed and rewrites the file.
func (f *FileState) SaveFeedState(_ context.Context, url string, state []byte) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.m[url] = append(json.RawMessage(nil), state...)
	b, err := json.Marshal(f.m)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(f.path), ".feeds-*.json")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), f.path)
}
