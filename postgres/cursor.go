package postgres

import (
	"strconv"
	"strings"

	"sitrep"
)

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
	key, id, err := sitrep.DecodeCursor(c)
	if err != nil {
		return err
	}
	q.add("("+keyCol+", "+idCol+") < (?, ?)", key, id)
	return nil
}
