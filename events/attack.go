package events

// This file holds what the coder knows of armed attacks: the nouns that
// name one and can stand for its unnamed doer ("killed in an attack"), and
// what an attack was aimed at. The weapons that may stand as a subject are
// in gate.go.

// sufferVerbs have the one it happened to as their subject.
var sufferVerbs = map[string]bool{"die": true, "perish": true}

// attackNouns name an armed attack that can stand for its unnamed doer.
var attackNouns = map[string]bool{"attack": true, "raid": true, "assault": true, "offensive": true,
	"ambush": true, "bombing": true, "strike": true, "airstrike": true, "shelling": true, "bombardment": true}

// instrument returns, for a passive verb without a "by" agent, the attack
// it happened in, standing for the doer: "killed in Syrian regime air
// strikes", or that attack's own "by" doer: "killed in an attack by
// rebels"; -1 if none.
func (s *sent) instrument(v int) int {
	for _, k := range s.kids[v] {
		if s.rel(k) != "obl" || s.caseOf(k) != "in" || !s.armed(k) {
			continue
		}
		for _, a := range s.kids[k] {
			if s.rel(a) == "nmod" && s.caseOf(a) == "by" {
				return a
			}
		}
		return k
	}
	return -1
}

// armed reports whether the phrase headed by h names a weapon or an
// attack.
func (s *sent) armed(h int) bool { return attackNouns[s.words[h].Lemma] || weapons[s.words[h].Lemma] }

// aimCase are the prepositions of what an attack is aimed at.
var aimCase = map[string]bool{"against": true, "on": true, "upon": true, "at": true}

// aimedAt returns the argument of h with relation rel that says what an
// attack was aimed at ("strikes against Irbin", "fired ... on a
// market"), -1 if none.
func (s *sent) aimedAt(h int, rel string) int {
	for _, k := range s.kids[h] {
		if s.rel(k) == rel && aimCase[s.caseOf(k)] && !s.isTime(k) {
			return k
		}
	}
	return -1
}
