// Package ner is sitrep's named-entity recognizer: an averaged perceptron
// that labels each token of a tagged sentence with a BILOU tag (Begin,
// Inside, Last, Unit or Outside of a name) and a type, PERSON, NORP, FAC,
// ORG, GPE, LOC or EVENT, reading the token's word, shape, affixes, part of
// speech, its neighbours, the labels already chosen, whether the
// gazetteer or the actor dictionary knows the words around it, and the
// Brown clusters of the words at ±2 (prefixes of 4, 6, 10 and 20 bits of
// their paths in the table of package wordclass, learned from unlabeled
// news and web text; see wordclass.Default).
//
// Decoding is greedy from left to right; labels that would break the BILOU
// grammar (an Inside after Outside, a Last of another type) are never
// chosen, so the output is always a list of well-formed spans.
//
// The model is trained by Train on the named mentions of the GUM corpus
// (see Spans), then again on those plus the UD English EWT training
// sentences labelled by the first model (see Silver), each time also on a
// lower-cased copy of every fourth sentence, keeping the epoch with the
// best F1 on the Universal NER English EWT dev set. It is embedded
// in the binary (model.bin); Default loads it on first use. Regenerate it
// with
//
//	sitrep train ner --train ../shared/data/gum/train \
//		--silver ../shared/data/ud/en_ewt-ud-train.conllu \
//		--dev ../shared/data/uner/en_ewt-ud-dev.iob2 --epochs 8 --lowercase 4 \
//		--out ner/model.bin
//
// The cluster table is rebuilt with `sitrep build wordclass`; the model
// must be retrained whenever the table changes.
//
// A Recognizer is immutable and safe for concurrent use.
package ner
