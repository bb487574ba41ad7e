// Package parse is a labeled dependency parser for English producing
// Universal Dependencies trees.
//
// It is a greedy transition-based parser in the arc-hybrid system, scored by
// an averaged perceptron over hashed features in the style of Zhang and Nivre
// (2011): words and tags of the top three stack items and the first three
// buffer words, the leftmost and rightmost children of s0, s1 and b0 with
// their relations, distances, valencies and sets of child relations. The
// transition and the relation are predicted together as one class. Training
// uses the dynamic oracle of Goldberg and Nivre (2013) with exploration.
//
// The transition system builds projective trees only: non-projective
// training trees are projectivized by lifting arcs (Nivre and Nilsson 2005)
// without encoding the lift, so the parser never outputs crossing arcs. Only
// 2.6% of the English training sentences have a crossing arc; keeping them
// with lifted arcs loses less than dropping them.
//
// The embedded model (Default) is trained on UD English EWT and GUM with
// jackknifed predicted tags; see docs/models.md for data, licences and
// scores.
package parse
