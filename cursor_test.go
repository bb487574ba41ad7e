package sitrep_test

import (
	"testing"

	"sitrep"
)

func TestCursor(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c := sitrep.EncodeCursor("2016-12-08", 42)
		key, id, err := sitrep.DecodeCursor(c)
		if err != nil || key != "2016-12-08" || id != 42 {
			t.Fatalf("DecodeCursor(%q) = %q, %d, %v", c, key, id, err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, c := range []string{"%%%", sitrep.EncodeCursor("", 0)[:2], "bm9udWxs"} {
			if _, _, err := sitrep.DecodeCursor(c); sitrep.ErrorCode(err) != sitrep.EINVALID {
				t.Errorf("DecodeCursor(%q): error %v, want %s", c, err, sitrep.EINVALID)
			}
		}
	})
}

func TestPageLimit(t *testing.T) {
	tests := []struct {
		in, want int
		code     string
	}{
		{0, sitrep.DefaultPage, ""},
		{25, 25, ""},
		{sitrep.MaxLimit, sitrep.MaxLimit, ""},
		{-1, 0, sitrep.EINVALID},
		{sitrep.MaxLimit + 1, 0, sitrep.EINVALID},
	}
	for _, tt := range tests {
		got, err := sitrep.PageLimit(tt.in)
		if got != tt.want || sitrep.ErrorCode(err) != tt.code {
			t.Errorf("PageLimit(%d) = %d, %v; want %d, %q", tt.in, got, err, tt.want, tt.code)
		}
	}
}
