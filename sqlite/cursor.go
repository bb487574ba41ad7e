package sqlite

import (
	"strings"

	"sitrep"
)

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
	key, id, err := sitrep.DecodeCursor(c)
	if err != nil {
		return err
	}
	q.add("("+keyCol+", "+idCol+") < (?, ?)", key, id)
	return nil
}
