package postgres

import (
	"encoding/base64"
	"strconv"
	"strings"

	"sitrep"
)

// A cursor is the sort key of the last row of a page, (key, id), made
// opaque: base64url of "key\x00id", the form package sqlite uses too.
func encodeCursor(key string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "\x00" + strconv.FormatInt(id, 10)))
}

func decodeCursor(c string) (key string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if k, idText, ok := strings.Cut(string(b), "\x00"); ok {
			if id, err = strconv.ParseInt(idText, 10, 64); err == nil {
				return k, id, nil
			}
		}
	}
	return "", 0, sitrep.Errorf(sitrep.EINVALID, "malformed cursor %q", c)
}

// query collects the WHERE terms of a filtered page and their arguments.
// Terms are written with ? for each argument; add numbers them $1, $2, ...
type query struct {
	where []string
	args  []any
}

func (q *query) add(cond string, args ...any) {
	var b strings.Builder
	n := 0
	for _, r := range cond {
		if r == '?' && n < len(args) {
			q.args = append(q.args, args[n])
			n++
			b.WriteString("$" + strconv.Itoa(len(q.args)))
			continue
		}
		b.WriteRune(r)
	}
	q.where = append(q.where, b.String())
}

// arg adds an argument outside the WHERE clause and returns its placeholder.
func (q *query) arg(v any) string {
	q.args = append(q.args, v)
	return "$" + strconv.Itoa(len(q.args))
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
