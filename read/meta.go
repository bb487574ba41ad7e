package read

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageMeta is what a page says about itself in its head: <meta> and <link>
// tags, JSON-LD and the first <time datetime>. Each list keeps the values in
// order of trust.
type pageMeta struct {
	titles []string
	urls   []string
	sites  []string
	dates  []string
	h1     string // the first <h1>, to drop a repeated headline from the body
}

// metaNames maps <meta name|property|itemprop> keys to the field they fill,
// in the order they are trusted within their field.
var (
	titleKeys = []string{"og:title", "twitter:title", "dc.title", "headline"}
	siteKeys  = []string{"og:site_name", "dc.publisher", "publisher", "application-name"}
	urlKeys   = []string{"og:url", "twitter:url"}
	dateKeys  = []string{
		"article:published_time", "datepublished", "og:published_time",
		"date", "pubdate", "publishdate", "publish-date", "publication_date",
		"dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued",
		"dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
	}
)

// readMeta collects the metadata of a parsed page.
func readMeta(doc *html.Node) pageMeta {
	tags := map[string]string{} // first value of each meta key
	var canonical, timeAttr string
	var lds []any
	var m pageMeta
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				val := strings.TrimSpace(firstNonEmpty(attr(n, "content"), attr(n, "datetime")))
				if key != "" && val != "" && tags[key] == "" {
					tags[key] = val
				}
			case atom.Link:
				if canonical == "" && hasToken(attr(n, "rel"), "canonical") {
					canonical = strings.TrimSpace(attr(n, "href"))
				}
			case atom.Time:
				if timeAttr == "" {
					timeAttr = strings.TrimSpace(attr(n, "datetime"))
				}
			case atom.H1:
				if m.h1 == "" {
					m.h1 = renderText(n, false)
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					var v any
					if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
						lds = append(lds, v)
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	ld := findLDArticle(lds)
	pick := func(keys []string) []string {
		var out []string
		for _, k := range keys {
			if v := tags[k]; v != "" {
				out = append(out, v)
			}
		}
		return out
	}
	m.titles = append(pick(titleKeys[:2]), ldString(ld["headline"]), ldString(ld["name"]))
	m.titles = append(m.titles, pick(titleKeys[2:])...)
	m.sites = append(pick(siteKeys[:1]), ldName(ld["publisher"]))
	m.sites = append(m.sites, pick(siteKeys[1:])...)
	m.urls = append([]string{canonical}, pick(urlKeys)...)
	m.urls = append(m.urls, ldString(ld["url"]), ldID(ld["mainEntityOfPage"]))
	m.dates = append(pick(dateKeys[:1]), ldString(ld["datePublished"]))
	m.dates = append(m.dates, pick(dateKeys[1:])...)
	m.dates = append(m.dates, timeAttr, ldString(ld["dateCreated"]))
	return m
}

// findLDArticle returns the first JSON-LD object that describes an article
// (or, failing that, any object with a headline or a publication date),
// looking into arrays and @graph.
func findLDArticle(lds []any) map[string]any {
	var fallback map[string]any
	var find func(v any, depth int) map[string]any
	find = func(v any, depth int) map[string]any {
		if depth > 4 {
			return nil
		}
		switch v := v.(type) {
		case []any:
			for _, e := range v {
				if o := find(e, depth+1); o != nil {
					return o
				}
			}
		case map[string]any:
			if isArticleType(v["@type"]) {
				return v
			}
			if fallback == nil && (v["headline"] != nil || v["datePublished"] != nil) {
				fallback = v
			}
			return find(v["@graph"], depth+1)
		}
		return nil
	}
	for _, v := range lds {
		if o := find(v, 0); o != nil {
			return o
		}
	}
	return fallback
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report"
	case []any:
		for _, e := range t {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	}
	return ""
}

// ldName returns the name of a JSON-LD organization or person, given as an
// object, a list of them or a plain string.
func ldName(v any) string {
	switch v := v.(type) {
	case map[string]any:
		return ldString(v["name"])
	case []any:
		if len(v) > 0 {
			return ldName(v[0])
		}
	}
	return ldString(v)
}

// ldID returns a JSON-LD reference given as a string or as {"@id": ...}.
func ldID(v any) string {
	if o, ok := v.(map[string]any); ok {
		return ldString(o["@id"])
	}
	return ldString(v)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, tok) {
			return true
		}
	}
	return false
}

func firstNonEmpty(vs ...string) string {
	for _, v := range vs {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
