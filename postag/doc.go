// Package postag tags English tokens with Universal Dependencies UPOS and
// Penn Treebank XPOS tags and gives their lemmas.
//
// The tagger is a greedy left-to-right averaged perceptron over hashed
// features (the word, its prefixes, suffixes and shape, the neighbouring words
// and the two previous tags) that predicts the (UPOS, XPOS) pair as one
// class; frequent unambiguous words are tagged from a dictionary. Lemmas come
// from a lexicon learned from the training data, keyed by form and XPOS,
// with suffix rules per XPOS for unseen words.
//
// The embedded model (Default) is trained on UD English EWT and GUM; see
// docs/models.md for data, licences and scores.
package postag
