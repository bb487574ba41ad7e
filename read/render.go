package read

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// skipped elements hold no article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Head: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
}

// boilerplate elements are dropped when no main text was found and the
// whole page is rendered instead.
var boilerplate = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
}

// blocks start and end a line of text.
var blocks = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Dd: true, atom.Details: true, atom.Dialog: true, atom.Div: true, atom.Dl: true,
	atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true, atom.Hr: true,
	atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true,
	atom.Pre: true, atom.Section: true, atom.Table: true, atom.Tr: true, atom.Ul: true,
	atom.Caption: true, atom.Summary: true, atom.Body: true, atom.Html: true,
}

// textRenderer turns an HTML tree into text with one line per paragraph:
// white space inside a paragraph is collapsed to single spaces, and blocks
// and <br> end lines. Empty lines are dropped.
type textRenderer struct {
	skipBoilerplate bool
	lines           []string
	line            strings.Builder
	space           bool // a space is due before the next word
}

// renderText returns the text of n, one paragraph per line.
func renderText(n *html.Node, skipBoilerplate bool) string {
	if n == nil {
		return ""
	}
	t := &textRenderer{skipBoilerplate: skipBoilerplate}
	t.walk(n, false)
	t.brk()
	return strings.Join(t.lines, "\n")
}

func (t *textRenderer) walk(n *html.Node, pre bool) {
	switch n.Type {
	case html.TextNode:
		t.text(n.Data, pre)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || t.skipBoilerplate && boilerplate[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			t.brk()
			return
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			t.space = true
		}
		if n.DataAtom == atom.Pre {
			pre = true
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		t.brk()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		t.walk(c, pre)
	}
	if block {
		t.brk()
	}
}

// text adds a text node, collapsing white space; in <pre> newlines end
// lines.
func (t *textRenderer) text(s string, pre bool) {
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			if pre {
				t.brk()
			} else {
				t.space = true
			}
		}
		first, _ := utf8.DecodeRuneInString(part)
		last, _ := utf8.DecodeLastRuneInString(part)
		for j, w := range strings.FieldsFunc(part, isHTMLSpace) {
			if j > 0 || t.space || isHTMLSpace(first) {
				t.sep()
			}
			t.line.WriteString(w)
		}
		if part != "" && isHTMLSpace(last) {
			t.space = true
		}
	}
}

func (t *textRenderer) sep() {
	if t.line.Len() > 0 {
		t.line.WriteByte(' ')
	}
	t.space = false
}

// brk ends the current line.
func (t *textRenderer) brk() {
	if t.line.Len() > 0 {
		t.lines = append(t.lines, t.line.String())
		t.line.Reset()
	}
	t.space = false
}

// isHTMLSpace reports ASCII white space and the no-break space, which pages
// use for layout.
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\u00a0'
}
