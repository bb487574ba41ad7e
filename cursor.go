package sitrep

import (
	"encoding/base64"
	"strconv"
	"strings"
)

// DefaultPage is the page size when a filter names no limit.
const DefaultPage = 100

// PageLimit returns the page size a filter's Limit asks for: DefaultPage for
// 0, the limit itself up to MaxLimit. Errors: EINVALID.
func PageLimit(n int) (int, error) {
	switch {
	case n < 0:
		return 0, Errorf(EINVALID, "limit %d is negative", n)
	case n == 0:
		return DefaultPage, nil
	case n > MaxLimit:
		return 0, Errorf(EINVALID, "limit %d is above the maximum %d", n, MaxLimit)
	}
	return n, nil
}

// EncodeCursor makes the sort key of the last row of a page, (key, id),
// into an opaque cursor: base64url of "key\x00id". Every store uses this
// form, so a cursor means the same whichever store issued it; pages
// continue strictly after it, so rows added meanwhile never repeat or shift
// a page.
func EncodeCursor(key string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(key + "\x00" + strconv.FormatInt(id, 10)))
}

// DecodeCursor returns the sort key a cursor holds. Errors: EINVALID.
func DecodeCursor(c string) (key string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err == nil {
		if k, idText, ok := strings.Cut(string(b), "\x00"); ok {
			if id, err = strconv.ParseInt(idText, 10, 64); err == nil {
				return k, id, nil
			}
		}
	}
	return "", 0, Errorf(EINVALID, "malformed cursor %q", c)
}
