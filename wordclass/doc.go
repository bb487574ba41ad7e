// Package wordclass learns Brown clusters (Brown et al. 1992, "Class-based
// n-gram models of natural language") from unlabeled text and reads and
// writes the table that maps each word to its cluster's path in the
// cluster hierarchy, a string of bits such as "0110100".
//
// Learn runs the windowed agglomerative algorithm of Liang (2005,
// "Semi-supervised learning for natural language", MIT): the words are
// taken in order of frequency; the first C form C clusters, and each
// further word becomes a cluster of its own, after which the two clusters
// whose merge loses the least average mutual information between adjacent
// clusters are merged, so that C clusters stay active. When no words are
// left the active clusters are merged down to one. Every merge is a node of
// a binary tree whose leaves are the words; a word's path is the sequence
// of left (0) and right (1) branches from the root down to it, and the
// prefixes of a path (4, 6, 10 bits, ...) name ever finer classes of words
// that occur in similar contexts.
//
// A Table is immutable once read and safe for concurrent use. Default
// returns the embedded table (data/clusters.tsv.gz), built by
//
//	sitrep build wordclass
//
// from the words of UD English EWT train, GUM train, the FA-KES articles and
// the LGL and GeoWebNews texts.
package wordclass
