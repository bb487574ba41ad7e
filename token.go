package sitrep

// Sentence is one sentence of an article body. Tokens are filled by the
// segmenter; their JSON form appears only when asked for (extract --tokens).
type Sentence struct {
	Span
	Tokens []Token `json:"tokens,omitempty"`
}

// TokenKind says what shape of text a token is. The segmenter sets it; later
// stages use it as a feature and to skip what cannot be a word.
type TokenKind uint8

// Token kinds.
const (
	KindWord    TokenKind = iota // letters, possibly with digits, hyphens, apostrophes
	KindNumber                   // 3,500; 8.5; 1990s; 5th; 14:30
	KindPunct                    // punctuation and symbols
	KindURL                      // http://..., www.example.org
	KindEmail                    // name@example.org
	KindHashtag                  // #Aleppo
	KindMention                  // @user
	KindEmoji                    // pictographs
)

var tokenKindNames = [...]string{"word", "number", "punct", "url", "email", "hashtag", "mention", "emoji"}

// String returns the lower-case name of k.
func (k TokenKind) String() string {
	if int(k) < len(tokenKindNames) {
		return tokenKindNames[k]
	}
	return "unknown"
}

// Token is one token of a sentence, following Universal Dependencies English
// conventions ("don't" is "do" + "n't", a possessive "'s" stands alone). It is
// a value: Text is a substring of the untouched body, never a rewritten copy.
//
// The tagger and parser fill UPOS, XPOS, Lemma, Head and Deprel. Head is the
// 1-based index of the head token within the sentence, 0 for the root.
type Token struct {
	Text string `json:"text"`
	Span
	Kind       TokenKind `json:"-"`
	SpaceAfter bool      `json:"-"` // followed by white space in the body
	// Fused is true when the token and the one before it were one string in
	// the text, split by UD convention: "n't" of "don't", "'s" of "Kerry's".
	// Such a group is one surface token in CoNLL-U (a multiword token).
	Fused  bool   `json:"-"`
	UPOS   string `json:"upos,omitempty"`
	XPOS   string `json:"xpos,omitempty"`
	Lemma  string `json:"lemma,omitempty"`
	Head   int32  `json:"head"`
	Deprel string `json:"deprel,omitempty"`
}
