package events

import (
	"strings"

	"sitrep/cameo"
)

// This file holds the checks that keep a lexicon match from becoming an
// event when the clause does not bear the sense the code needs:
//
//   - Movement. The PETRARCH blocks GO_SOMEWHERE and ARRIVE code travel
//     as consultation (04x). Going somewhere is no event of its own: a
//     departure ("leave", "depart", "flee") is coded only when it is for a
//     meeting ("left for talks"); other movement ("arrive", "travel",
//     "come") when it is for a meeting or when one named actor goes to
//     another ("the minister arrived in Moscow"). Their patterns that code
//     something other than 04x ("attend the funeral" 017) stand.
//   - Calling. "call" is a telephone call (041) only with a party as its
//     object and no object complement: "called the strike evil" is not.
//     "call for/on" is coded by its patterns (02x).
//   - Agency. An actor must do the act: a source that is an inanimate
//     noun ("the decision", "the measures", "trains") or an unresolved
//     "it/this/which" yields no event. The exception is force (18x–20x),
//     where a weapon or munition may stand as the subject ("a missile
//     struck the station"): the event is kept with that text as its
//     source Ref and no actor, the real source being unknown; so is force
//     against a person in a clause modifying a noun ("an attempt to
//     assassinate the governor"). A clause
//     with no source at all whose target is also inanimate and names no
//     actor in its head or its modifiers, and that only the verb's
//     default code covers ("90 percent of the crisis will be resolved"),
//     says too little and yields no event either.
//   - Reporting. A verb of saying that reports speech ("the monitor
//     added", "added that the toll had risen") attributes a quote; it is
//     no act of its own in the sense of another verb's block ("add" is
//     listed under GRANT, 060, for "added troops"). There the block's
//     default code needs an object and no clause complement; the verb's
//     own block, its patterns and statements (01x) stand.

// movementBlocks are the lexicon blocks whose verbs say that someone goes
// somewhere.
var movementBlocks = map[string]bool{"GO_SOMEWHERE": true, "ARRIVE": true}

// departVerbs leave a place rather than go to one.
var departVerbs = map[string]bool{"leave": true, "depart": true, "quit": true, "exit": true, "flee": true, "abandon": true, "evacuate": true}

// meetingNouns name the occasions that make travel a consultation.
var meetingNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true, "consultation": true,
	"consultations": true, "negotiation": true, "negotiations": true, "conference": true, "visit": true, "tour": true,
	"trip": true, "session": true, "dialogue": true, "discussion": true, "discussions": true}

// motionVerbs go somewhere, whatever block codes them.
var motionVerbs = map[string]bool{"arrive": true, "leave": true, "depart": true, "travel": true, "fly": true,
	"go": true, "come": true, "return": true, "head": true, "journey": true, "sail": true, "drive": true}

// destination returns the place-named actor a movement verb v goes to or
// in ("arrived in Gondor", "left for Minas Tirith"), -1 if none.
func (s *sent) destination(v int) int {
	for _, k := range s.kids[v] {
		if s.rel(k) != "obl" || s.isTime(k) {
			continue
		}
		switch s.caseOf(k) {
		case "to", "in", "for", "at", "into", "toward", "towards":
			if s.actorOf(k) != nil && !meetingNouns[s.words[k].Lemma] {
				return k
			}
		}
	}
	return -1
}

// movementOK reports whether a movement verb v coded m is an event.
func (s *sent) movementOK(v int, m cameo.Match, src, tgt int) bool {
	if !movementBlocks[m.Block] || !strings.HasPrefix(m.Code, "04") {
		return true
	}
	lemma := s.words[v].Lemma
	// "left for talks", "arrived for a summit": a meeting noun in a
	// "for" (or "to") argument of the verb.
	for _, k := range s.kids[v] {
		if r := s.rel(k); r != "obl" && r != "obj" && r != "advcl" && r != "xcomp" {
			continue
		}
		c := s.caseOf(k)
		if meetingNouns[s.words[k].Lemma] || meetingNouns[s.words[k].Text] {
			if c == "for" || c == "to" || !departVerbs[lemma] && (c == "" || c == "on" || c == "at" || c == "in") {
				return true
			}
		}
		if s.rel(k) == "advcl" || s.rel(k) == "xcomp" {
			// "travelled to Moscow to meet Lavrov": the purpose codes.
			continue
		}
	}
	if departVerbs[lemma] {
		return false
	}
	// "the minister arrived in Moscow": a named actor goes to another.
	return s.actorOf(src) != nil && s.actorOf(tgt) != nil && s.animate(src)
}

// callOK reports whether "call" coded as a telephone call (041) has a
// party as its object and no complement of that object.
func (s *sent) callOK(v int, m cameo.Match, tgt int) bool {
	if m.Block != "CALL" || !strings.HasPrefix(m.Code, "04") {
		return true
	}
	if s.child(v, "xcomp", "ccomp") >= 0 {
		return false // "called the strike evil", "called it a crime"
	}
	o := s.child(v, "obj")
	if o < 0 {
		// "called Lavrov on Friday" parsed without an object: the
		// target found elsewhere must be a party.
		return tgt >= 0 && s.actorOf(tgt) != nil
	}
	return s.actorOf(o) != nil || s.animate(o) && s.toks[o].UPOS != "NOUN" || peopleNouns[s.words[o].Lemma]
}

// speechBlocks are the lexicon blocks of verbs of saying, named by the
// base or the past form as dictionaries do.
var speechBlocks = map[string]bool{"SAY": true, "SAID": true, "ADD": true, "ADDED": true, "TELL": true, "TOLD": true,
	"STATE": true, "STATED": true, "ANNOUNCE": true, "DECLARE": true, "INSIST": true, "STRESS": true,
	"ASSERT": true, "WRITE": true, "WROTE": true, "CONCLUDE": true, "NOTE": true, "NOTED": true}

// reportOK reports whether speech verb v coded m by the default code of
// another verb's block is an event: not when it reports speech (a clause
// as complement, or no object at all).
func (s *sent) reportOK(v int, m cameo.Match) bool {
	lemma := s.words[v].Lemma
	if !speech[lemma] || m.Pattern || strings.HasPrefix(m.Code, "01") || speechBlocks[strings.ToUpper(m.Block)] {
		return true
	}
	return s.child(v, "ccomp", "parataxis") < 0 && s.child(v, "obj") >= 0
}

// force reports whether code is a use of force: 18x, 19x or 20x.
func force(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// weapons are the things that can stand as the subject of an attack.
var weapons = map[string]bool{"missile": true, "rocket": true, "shell": true, "bomb": true, "mortar": true,
	"drone": true, "airstrike": true, "air-strike": true, "strike": true, "artillery": true, "grenade": true,
	"explosion": true, "blast": true, "bullet": true, "shelling": true, "bombardment": true, "gunfire": true,
	"fire": true, "mine": true, "projectile": true, "munition": true, "warplane": true, "jet": true,
	"aircraft": true, "helicopter": true, "tank": true, "car-bomb": true, "device": true, "ied": true, "round": true}

// animate reports whether the phrase headed by h can act: its head is a
// name (a mention), a proper noun, a personal pronoun, or a noun for
// people or an organization ("troops", "supporters"); or its head is
// named by a modifier ("U.N. helicopters", "Palestinian bombers"); or it
// is a number or part of such people ("thousands of Nigerians"). A
// phrase whose actor is only the possessor or the "of" complement of an
// abstract head ("the regime's refusal", "90 percent of the crisis")
// cannot, nor can a time ("this weekend") or a thing ("trains").
func (s *sent) animate(h int) bool { return s.animateDepth(h, 2) }

func (s *sent) animateDepth(h, depth int) bool {
	if h < 0 || s.isTime(h) {
		return false
	}
	w := s.words[h]
	switch w.Text {
	case "he", "she", "they", "we", "i", "you", "who", "whom", "him", "her", "them", "us", "me":
		return true
	case "it", "this", "that", "which", "these", "those", "what":
		return false
	}
	if s.mentionAt(h) != nil || s.toks[h].UPOS == "PROPN" || peopleNouns[w.Lemma] || personNouns[w.Lemma] || personSuffix(w.Lemma) {
		return true
	}
	if depth == 0 {
		return false
	}
	quantity := s.toks[h].UPOS == "NUM" || quantityNouns[w.Lemma]
	for _, k := range s.kids[h] {
		switch s.rel(k) {
		case "amod", "compound", "flat", "flat:name":
			if s.mentionAt(k) != nil && !thingHead[w.Lemma] {
				return true // "U.N. helicopters", "al-Qaeda network"
			}
		case "nmod":
			if quantity && s.caseOf(k) == "of" && s.animateDepth(k, depth-1) {
				return true
			}
		}
	}
	return false
}

// quantityNouns count or divide a group: "thousands of people", "one
// third of the guerrillas".
var quantityNouns = map[string]bool{"hundred": true, "hundreds": true, "thousand": true, "thousands": true,
	"dozen": true, "dozens": true, "million": true, "millions": true, "third": true, "half": true, "quarter": true,
	"group": true, "number": true, "some": true, "many": true, "most": true, "all": true, "one": true, "two": true,
	"several": true, "couple": true, "band": true, "contingent": true, "convoy": true, "column": true}

// personSuffix reports whether lemma ends like a noun for a person who
// does something: "supporter", "bomber", "fundamentalist", "governor".
func personSuffix(lemma string) bool {
	for _, suf := range []string{"er", "ers", "ist", "ists", "or", "ors", "man", "men", "ian", "ians", "ant", "ants"} {
		if strings.HasSuffix(lemma, suf) && len(lemma) > len(suf)+2 && !thingNouns[lemma] {
			return true
		}
	}
	return false
}

// thingNouns end like person nouns but are not.
var thingNouns = map[string]bool{"border": true, "number": true, "power": true, "order": true, "matter": true,
	"letter": true, "paper": true, "water": true, "center": true, "centre": true, "quarter": true, "chapter": true,
	"corner": true, "disaster": true, "register": true, "shelter": true, "barrier": true, "computer": true,
	"motor": true, "sector": true, "factor": true, "error": true, "terror": true, "corridor": true, "mirror": true,
	"horror": true, "meter": true, "answer": true, "manner": true, "summer": true, "winter": true,
	"plant": true, "grant": true, "restaurant": true, "percent": true, "giant": true}

// thingHead lists heads that a named modifier does not make an actor:
// "the Syrian crisis", "a Russian proposal", "the Bosnian town".
var thingHead = map[string]bool{"crisis": true, "war": true, "conflict": true, "decision": true, "refusal": true,
	"proposal": true, "plan": true, "deal": true, "agreement": true, "measure": true, "policy": true, "move": true,
	"law": true, "report": true, "statement": true, "economy": true, "situation": true, "question": true,
	"issue": true, "problem": true, "process": true, "effort": true, "attempt": true, "idea": true, "change": true,
	"border": true, "territory": true, "region": true, "capital": true, "city": true, "town": true, "village": true,
	"area": true, "province": true, "station": true, "train": true, "car": true, "plane": true, "ship": true,
	"building": true, "school": true, "hospital": true, "money": true, "aid": true, "election": true, "vote": true,
	"percent": true, "share": true, "market": true, "price": true, "currency": true, "stock": true, "bond": true}

// personNouns name people and bodies of people, besides the groups of
// peopleNouns.
var personNouns = map[string]bool{"president": true, "man": true, "woman": true, "child": true, "civilian": true,
	"resident": true, "refugee": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true,
	"chief": true, "envoy": true, "ambassador": true, "premier": true, "king": true, "leadership": true,
	"administration": true, "regime": true, "military": true, "navy": true, "ministry": true, "agency": true,
	"office": true, "council": true, "parliament": true, "court": true, "committee": true, "coalition": true,
	"alliance": true, "insurgent": true, "gunman": true, "attacker": true, "jihadist": true, "separatist": true,
	"guerrilla": true, "militia": true, "unit": true, "battalion": true, "brigade": true, "division": true,
	"delegation": true, "negotiator": true, "mediator": true, "monitor": true, "observer": true, "inspector": true,
	"prosecutor": true, "judge": true, "journalist": true, "reporter": true, "doctor": true, "teacher": true,
	"member": true, "emir": true, "sheikh": true, "prince": true, "queen": true, "pope": true, "cleric": true,
	"staff": true, "employee": true, "person": true, "sniper": true, "pilot": true, "sailor": true,
	"general": true, "colonel": true, "officer": true, "secretary": true, "state": true,
	"country": true, "nation": true, "side": true, "bloc": true, "company": true, "firm": true,
	"organization": true, "organisation": true, "movement": true, "cabinet": true, "legislature": true, "senate": true,
	"congress": true, "crowd": true, "mob": true, "family": true, "victim": true,
	"hostage": true, "prisoner": true, "captive": true, "detainee": true, "suspect": true, "citizen": true,
	"network": true, "cell": true, "faction": true, "wing": true, "body": true, "team": true, "ally": true, "enemy": true, "foe": true, "rival": true, "foreigner": true, "guard": true, "militiaman": true,
	"critic": true, "opponent": true, "student": true, "dissident": true, "agent": true, "correspondent": true,
	"witness": true, "expert": true, "analyst": true, "survivor": true, "peshmerga": true, "junta": true,
	"paramilitary": true, "mujahideen": true, "jihadi": true, "taliban": true, "squad": true, "patrol": true,
	"youth": true, "villager": true, "settler": true, "crew": true, "host": true, "guest": true, "mayor": true,
	"governor": true, "chancellor": true, "minister": true, "senator": true, "lawyer": true, "official": true}

// agentOK reports whether the source of an event coded code is able to
// act, and whether a missing source leaves enough said.
func (s *sent) agentOK(v int, code string, pattern bool, src, tgt int) bool {
	if src >= 0 {
		if s.animate(src) {
			return true
		}
		if force(code) && s.rel(v) == "acl" && s.head(v) == src {
			// "an attempt to assassinate the governor": force against
			// someone by a hand unnamed.
			return s.animate(tgt)
		}
		return force(code) && s.armed(src)
	}
	if pattern || tgt < 0 || force(code) {
		return true
	}
	return s.animate(tgt) || s.namedBy(tgt)
}

// namedBy reports whether the head h or a name part or adjective of it is
// an actor ("Israeli changes"), not only a complement of it ("90 percent
// of the Syrian crisis").
func (s *sent) namedBy(h int) bool {
	if m := s.mentionAt(h); m != nil && m.Actor != nil {
		return true
	}
	for _, k := range s.kids[h] {
		switch s.rel(k) {
		case "amod", "compound", "flat", "flat:name", "nmod:poss":
			if m := s.mentionAt(k); m != nil && m.Actor != nil {
				return true
			}
		}
	}
	return false
}
