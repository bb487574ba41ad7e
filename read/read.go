package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"sitrep"
)

// Limits on what one input may hold. They bound the memory one worker needs
// for one input, whatever it is fed.
const (
	// MaxArticleSize caps a single-article input (text or HTML page). A long
	// news story is well under 1 MB even as HTML; 10 MB leaves room for pages
	// full of inline scripts, styles and data: images, and refuses what is
	// surely not one article (a log file, a dump) before it is held in memory.
	MaxArticleSize = 10 << 20
	// MaxFeedSize caps an RSS, Atom or JSON feed file, which is parsed whole.
	// Real feeds are a few hundred kilobytes; large archives belong in JSON
	// Lines, which is read one line at a time.
	MaxFeedSize = 64 << 20
	// MaxLineSize caps one line of a JSON Lines file.
	MaxLineSize = 16 << 20
	// MaxFetchSize caps the body of an http(s) response.
	MaxFetchSize = 10 << 20
	// sniffSize is how much of an input is looked at to tell its format and
	// whether it is text at all.
	sniffSize = 8 << 10
)

// stage names this package in diagnostics.
const stage = "read"

// Options configures a Reader. The zero value is ready to use.
type Options struct {
	// Published is the publication date used when an input states none.
	Published sitrep.Date
	// Source is the source name used when an input names none.
	Source string
	// AllowPrivate allows fetching URLs that resolve to private, loopback,
	// link-local or unspecified addresses.
	AllowPrivate bool
	// HTTPClient, when set, is used as is to fetch URLs. The address check of
	// AllowPrivate is then the caller's business; the size cap still holds.
	HTTPClient *http.Client
	// Stdin is what the input "-" reads; nil means os.Stdin.
	Stdin io.Reader
	// InferDate guesses the publication date of an article whose metadata
	// and options give none, from its body. nil means the reader's own
	// guess: the latest full calendar date written in the text. The time
	// expression stage has a fuller one, which cmd/sitrep passes here.
	InferDate func(body string) (sitrep.Date, bool)
}

// Reader turns inputs into articles. Build it once with New; it is safe for
// concurrent use.
type Reader struct {
	opt    Options
	client *http.Client
	stdin  io.Reader
}

// New returns a Reader with the given options.
func New(o Options) *Reader {
	r := &Reader{opt: o, client: o.HTTPClient, stdin: o.Stdin}
	if r.client == nil {
		r.client = newClient(o.AllowPrivate)
	}
	if r.stdin == nil {
		r.stdin = os.Stdin
	}
	if r.opt.InferDate == nil {
		r.opt.InferDate = inferDate
	}
	return r
}

// Item is what reading yields: an article with the problems found in it, or
// an error that kept an article from being read. Where names the input, and
// the line ("file.jsonl:12") or item ("feed.xml#item 3") within it.
type Item struct {
	Article     sitrep.Article
	Where       string
	Diagnostics sitrep.Diagnostics
	Err         error

	readings  [2]sitrep.Date // month- and day-first readings of an ambiguous numeric date
	ambiguous string         // that date as written, "" if none
}

// Each reads one input and calls fn for each article or failure found in it,
// in input order. One bad item does not stop the rest: its Item carries the
// error. Each returns only the error of fn, which stops the reading, or the
// context's error when ctx is done.
func (r *Reader) Each(ctx context.Context, in Input, fn func(Item) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	e := &emitter{ctx: ctx, fn: fn, r: r, in: in}
	src, err := r.open(ctx, in)
	if err == nil {
		err = r.dispatch(e, src)
		src.Close()
	}
	if err != nil && e.stop == nil {
		e.emit(Item{Where: in.Name, Err: err})
	}
	return e.stop
}

// All reads one input and returns its items; for tests and small inputs.
func (r *Reader) All(ctx context.Context, in Input) ([]Item, error) {
	var items []Item
	err := r.Each(ctx, in, func(it Item) error {
		items = append(items, it)
		return nil
	})
	return items, err
}

// emitter hands items to the caller's function and remembers whether it
// asked to stop.
type emitter struct {
	ctx  context.Context
	fn   func(Item) error
	r    *Reader
	in   Input
	stop error
}

// emit passes it on, with its error prefixed by where it happened, and
// reports whether reading should go on.
func (e *emitter) emit(it Item) bool {
	if e.stop != nil {
		return false
	}
	if err := e.ctx.Err(); err != nil {
		e.stop = err
		return false
	}
	if it.Where == "" {
		it.Where = e.in.Name
	}
	if it.Err != nil {
		it.Err = fmt.Errorf("%s: %w", it.Where, it.Err)
	} else {
		e.r.finish(&it)
	}
	if err := e.fn(it); err != nil {
		e.stop = err
		return false
	}
	return true
}

// finish fills what an article lacks from the options and the text: the id,
// the source and the publication date.
func (r *Reader) finish(it *Item) {
	a := &it.Article
	if a.Published.IsZero() && it.ambiguous != "" {
		r.settle(it)
	}
	if a.ID == "" {
		a.ID = sitrep.ArticleID(a.Body)
	}
	if a.Source == "" {
		a.Source = r.opt.Source
	}
	if a.Published.IsZero() {
		if !r.opt.Published.IsZero() {
			a.Published = r.opt.Published
		} else if d, ok := r.opt.InferDate(a.Body); ok {
			a.Published, a.PublishedInferred = d, true
		}
	}
}

// source is an opened input: its bytes and what the transport said of them.
type source struct {
	rc          io.ReadCloser
	br          *bufio.Reader
	size        int64  // -1 when unknown
	contentType string // from HTTP, "" otherwise
	url         string // final URL after redirects, "" for files
}

func (s *source) Close() error { return s.rc.Close() }

// readAll reads the whole source, refusing more than limit bytes.
func (s *source) readAll(limit int64) ([]byte, error) {
	if s.size > limit {
		return nil, tooBig(s.size, limit)
	}
	b, err := io.ReadAll(io.LimitReader(s.br, limit+1))
	if err != nil {
		var se *sitrep.Error
		if errors.As(err, &se) {
			return nil, se
		}
		return nil, sitrep.Errorf(sitrep.EINVALID, "read failed: %v", err)
	}
	if int64(len(b)) > limit {
		return nil, tooBig(-1, limit)
	}
	return b, nil
}

func tooBig(size, limit int64) error {
	if size < 0 {
		return sitrep.Errorf(sitrep.EINVALID, "too large: more than the limit of %s", byteSize(limit))
	}
	return sitrep.Errorf(sitrep.EINVALID, "too large: %s, more than the limit of %s", byteSize(size), byteSize(limit))
}

func byteSize(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// open opens an input of any kind.
func (r *Reader) open(ctx context.Context, in Input) (*source, error) {
	switch in.Kind {
	case KindStdin:
		return &source{rc: io.NopCloser(r.stdin), br: bufio.NewReaderSize(r.stdin, sniffSize), size: -1}, nil
	case KindURL:
		return r.fetch(ctx, in.Name)
	}
	f, err := os.Open(in.Name)
	if err != nil {
		return nil, fileError(err)
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fileError(err)
	}
	if st.IsDir() {
		f.Close()
		return nil, sitrep.Errorf(sitrep.EINVALID, "is a directory")
	}
	return &source{rc: f, br: bufio.NewReaderSize(f, sniffSize), size: st.Size()}, nil
}

// fileError turns an os error into a coded one without repeating the path,
// which the caller puts in Item.Where.
func fileError(err error) error {
	var pe *os.PathError
	msg := err.Error()
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	if errors.Is(err, os.ErrNotExist) {
		return sitrep.Errorf(sitrep.ENOTFOUND, "%s", msg)
	}
	return sitrep.Errorf(sitrep.EINVALID, "%s", msg)
}

// dispatch picks the reader for the input's format and runs it.
func (r *Reader) dispatch(e *emitter, src *source) error {
	head, _ := src.br.Peek(sniffSize)
	if bytes.HasPrefix(head, []byte("\xff\xfe")) || bytes.HasPrefix(head, []byte("\xfe\xff")) {
		// UTF-16 with a byte-order mark, as some Windows editors save text.
		dec := unicode.BOMOverride(transform.Nop)
		src.br = bufio.NewReaderSize(transform.NewReader(src.br, dec), sniffSize)
		src.size = -1
		head, _ = src.br.Peek(sniffSize)
	}
	if len(head) == 0 {
		return sitrep.Errorf(sitrep.EINVALID, "empty file")
	}
	if isBinary(head) {
		return sitrep.Errorf(sitrep.EINVALID, "binary file, not text")
	}
	f := e.in.Format
	if f == FormatAuto && src.contentType != "" {
		f = formatOfContentType(src.contentType)
	}
	f = sniff(f, head)
	switch f {
	case FormatJSONL:
		return r.readJSONL(e, src)
	case FormatFeed:
		return r.readFeed(e, src)
	case formatJSONDoc:
		b, err := src.readAll(MaxArticleSize)
		if err != nil {
			return err
		}
		e.emit(parseJSONLine(bytes.TrimSpace(b)))
		return nil
	case FormatHTML:
		b, err := src.readAll(MaxArticleSize)
		if err != nil {
			return err
		}
		e.emit(r.readHTML(b, src.contentType, src.url))
		return nil
	case FormatText:
		b, err := src.readAll(MaxArticleSize)
		if err != nil {
			return err
		}
		it := readText(b)
		it.Article.URL = src.url
		e.emit(it)
		return nil
	}
	return sitrep.Errorf(sitrep.EUNSUPPORTED, "not a format sitrep reads (text, HTML, JSON Lines, RSS, Atom, JSON Feed)")
}
