package sitrep

import (
	"errors"
	"fmt"
)

// Application error codes. They say what kind of failure happened, so the
// CLI can choose an exit status and the HTTP API a response code, without
// looking at message text.
const (
	ECONFLICT    = "conflict"    // the operation conflicts with stored state
	EINTERNAL    = "internal"    // a bug or an unexpected failure
	EINVALID     = "invalid"     // the input is malformed or not acceptable
	ENOTFOUND    = "not_found"   // the named thing does not exist
	EUNSUPPORTED = "unsupported" // the input's format is not one sitrep reads
)

// Error is an application error: a code from the list above and a message fit
// for the user. Wrap lower-level errors with fmt.Errorf and %w around it.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic message for any other non-nil error, whose text may not be fit to
// show.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// Diagnostic is a problem found in one article that did not stop its
// processing: an unparseable date, an unresolved actor, a dropped byte.
type Diagnostic struct {
	Span           // where in the body, zero when the whole article
	Stage   string `json:"stage"`   // the package that noticed, e.g. "read"
	Message string `json:"message"` // what is wrong, for a person
}

// Diagnostics collects the problems of one article.
type Diagnostics []Diagnostic

// Add appends a diagnostic.
func (l *Diagnostics) Add(span Span, stage, format string, args ...any) {
	*l = append(*l, Diagnostic{Span: span, Stage: stage, Message: fmt.Sprintf(format, args...)})
}

// Err returns nil when the list is empty and the list itself otherwise.
func (l Diagnostics) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Error implements the error interface.
func (l Diagnostics) Error() string {
	switch len(l) {
	case 0:
		return "no problems"
	case 1:
		return l[0].Stage + ": " + l[0].Message
	}
	return fmt.Sprintf("%s: %s (and %d more)", l[0].Stage, l[0].Message, len(l)-1)
}
