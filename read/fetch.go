package read

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"sitrep"
)

const (
	// fetchTimeout bounds a whole request, body included.
	fetchTimeout = 20 * time.Second
	// maxRedirects is how many redirects a fetch follows.
	maxRedirects = 5
	userAgent    = "sitrep/1 (news event extraction)"
)

// newClient returns the HTTP client of a Reader. Unless allowPrivate, its
// dialer refuses private, loopback, link-local and unspecified addresses.
// The check runs on the resolved address at dial time, so neither a DNS name
// pointing inwards nor a redirect can get around it; no proxy is used, for
// the same reason.
func newClient(allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = refusePrivate
	}
	tr := &http.Transport{
		Proxy:                 nil,
		DialContext:           d.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: fetchTimeout,
		MaxIdleConns:          16,
		IdleConnTimeout:       90 * time.Second,
	}
	return &http.Client{Transport: tr, Timeout: fetchTimeout, CheckRedirect: checkRedirect}
}

func checkRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > maxRedirects {
		return sitrep.Errorf(sitrep.EINVALID, "too many redirects (more than %d)", maxRedirects)
	}
	if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
		return sitrep.Errorf(sitrep.EUNSUPPORTED, "redirect to a %s URL; only http and https are followed", req.URL.Scheme)
	}
	return nil
}

// refusePrivate is a net.Dialer Control function that refuses to connect to
// addresses that are not on the public internet.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return sitrep.Errorf(sitrep.EINVALID, "bad address %q", address)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return sitrep.Errorf(sitrep.EINVALID, "bad address %q", address)
	}
	if !isPublic(ip.Unmap()) {
		return sitrep.Errorf(sitrep.EINVALID, "refusing to connect to %s: a private, loopback, link-local or unspecified address, which must be allowed explicitly", ip)
	}
	return nil
}

var (
	sharedSpace = netip.MustParsePrefix("100.64.0.0/10") // carrier-grade NAT
	thisNetwork = netip.MustParsePrefix("0.0.0.0/8")
)

func isPublic(ip netip.Addr) bool {
	return ip.IsValid() && !ip.IsLoopback() && !ip.IsPrivate() && !ip.IsUnspecified() &&
		!ip.IsLinkLocalUnicast() && !ip.IsLinkLocalMulticast() && !ip.IsInterfaceLocalMulticast() &&
		!ip.IsMulticast() && !sharedSpace.Contains(ip) && !thisNetwork.Contains(ip)
}

// fetch GETs an http(s) URL. The body is capped at MaxFetchSize.
func (r *Reader) fetch(ctx context.Context, rawURL string) (*source, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, sitrep.Errorf(sitrep.EINVALID, "bad URL: %v", err)
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, text/plain;q=0.8, */*;q=0.5")
	resp, err := r.client.Do(req)
	if err != nil {
		return nil, fetchError(err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		resp.Body.Close()
		code := sitrep.EINVALID
		if resp.StatusCode == http.StatusNotFound || resp.StatusCode == http.StatusGone {
			code = sitrep.ENOTFOUND
		}
		return nil, sitrep.Errorf(code, "HTTP %s", resp.Status)
	}
	if resp.ContentLength > MaxFetchSize {
		resp.Body.Close()
		return nil, tooBig(resp.ContentLength, MaxFetchSize)
	}
	body := &cappedReader{r: resp.Body, left: MaxFetchSize}
	return &source{
		rc:          resp.Body,
		br:          bufio.NewReaderSize(body, sniffSize),
		size:        resp.ContentLength,
		contentType: resp.Header.Get("Content-Type"),
		url:         resp.Request.URL.String(),
	}, nil
}

// fetchError keeps the code of an error raised by our own checks and makes
// any other transport failure an EINVALID error without the URL, which the
// caller names.
func fetchError(err error) error {
	var se *sitrep.Error
	if errors.As(err, &se) {
		return se
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return sitrep.Errorf(sitrep.EINVALID, "fetch did not finish: %v", err)
	}
	return sitrep.Errorf(sitrep.EINVALID, "fetch failed: %v", err)
}

// cappedReader fails once more than left bytes have been read.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, tooBig(-1, MaxFetchSize)
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, tooBig(-1, MaxFetchSize)
	}
	return n, err
}
