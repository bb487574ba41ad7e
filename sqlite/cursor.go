package sqlite

import (
	"encoding/base64"
	"strconv"
	"strings"

	"sitrep"
)

// A cursor is the sort key of the last row of a page, (key, id), made
// opaque: base64url of "key\x00id". Pages continue strictly after it, so
// rows added meanwhile never repeat or shift a page.
func encodeCursor(key string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "\x00" + strconv.FormatInt(id, 10)))
}

func decodeCursor(c string) (key string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		var idText string
		var ok bool
		key, idText, ok = strings.Cut(string(b), "\x00")
		if ok {
			if id, err = strconv.ParseInt(idText, 10, 64); err == nil {
				return key, id, nil
			}
		}
	}
	return "", 0, sitrep.Errorf(sitrep.EINVALID, "malformed cursor %q", c)
}

// query collects the WHERE terms and arguments of a filtered page.
type query struct {
	where []string
	args  []any
	// words, when not nil, must each occur in an event's text; the caller
	// checks them on every row (see SmallSet).
	words []string
}

func (q *query) add(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

func (q *query) cond() string {
	if len(q.where) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(q.where, " AND ")
}

// after adds the keyset condition of cursor c on the columns (keyCol, idCol)
// sorted descending.
func (q *query) after(c, keyCol, idCol string) error {
	if c == "" {
		return nil
	}
	key, id, err := decodeCursor(c)
	if err != nil {
		return err
	}
	q.add("("+keyCol+", "+idCol+") < (?, ?)", key, id)
	return nil
}

// DefaultPage is the page size when a filter names no limit.
const DefaultPage = 100

func pageLimit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, sitrep.Errorf(sitrep.EINVALID, "limit %d is negative", n)
	case n == 0:
		return DefaultPage, nil
	case n > sitrep.MaxLimit:
		return 0, sitrep.Errorf(sitrep.EINVALID, "limit %d is above the maximum %d", n, sitrep.MaxLimit)
	}
	return n, nil
}
