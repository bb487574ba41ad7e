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
//     source Ref and no actor, the real source being unknown. A clause
//     with no source at all whose target is also inanimate and that only
//     the verb's default code covers ("the crisis will be resolved") says
//     too little and yields no event either.

// movementBlocks are the lexicon blocks whose verbs say that someone goes
// somewhere.
var movementBlocks = map[string]bool{"GO_SOMEWHERE": true, "ARRIVE": true}

// departVerbs leave a place rather than go to one.
var departVerbs = map[string]bool{"leave": true, "depart": true, "quit": true, "exit": true, "flee": true, "abandon": true, "evacuate": true}

// meetingNouns name the occasions that make travel a consultation.
var meetingNouns = map[string]bool{"talk": true, "talks": true, "meeting": true, "summit": true, "consultation": true,
	"consultations": true, "negotiation": true, "negotiations": true, "conference": true, "visit": true, "tour": true,
	"trip": true, "session": true, "dialogue": true, "discussion": true, "discussions": true}

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

// animate reports whether the phrase headed by h can act: it names an
// actor, a group of people, a person (a proper name or a personal
// pronoun).
func (s *sent) animate(h int) bool {
	if h < 0 {
		return false
	}
	if s.actorOf(h) != nil || s.named(h) {
		return true
	}
	w := s.words[h]
	switch w.Text {
	case "he", "she", "they", "we", "i", "you", "who", "whom", "him", "her", "them", "us", "me":
		return true
	case "it", "this", "that", "which", "these", "those", "what":
		return false
	}
	if peopleNouns[w.Lemma] || personNouns[w.Lemma] {
		return true
	}
	return s.toks[h].UPOS == "PROPN"
}

// personNouns name people, besides the groups of peopleNouns.
var personNouns = map[string]bool{"president": true, "man": true, "woman": true, "child": true, "civilian": true,
	"resident": true, "refugee": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "commander": true,
	"chief": true, "envoy": true, "ambassador": true, "prime": true, "premier": true, "king": true, "leadership": true,
	"administration": true, "regime": true, "military": true, "navy": true, "ministry": true, "agency": true,
	"office": true, "council": true, "parliament": true, "court": true, "committee": true, "coalition": true,
	"alliance": true, "insurgent": true, "gunman": true, "attacker": true, "jihadist": true, "separatist": true,
	"guerrilla": true, "militia": true, "unit": true, "battalion": true, "brigade": true, "division": true,
	"delegation": true, "negotiator": true, "mediator": true, "monitor": true, "observer": true, "inspector": true,
	"prosecutor": true, "judge": true, "journalist": true, "reporter": true, "doctor": true, "teacher": true,
	"member": true, "staff": true, "employee": true, "person": true, "sniper": true, "pilot": true, "sailor": true,
	"general": true, "colonel": true, "officer": true, "secretary": true, "spokesmen": true, "state": true,
	"country": true, "nation": true, "side": true, "party": true, "bloc": true, "company": true, "firm": true,
	"organization": true, "organisation": true, "movement": true, "cabinet": true, "legislature": true, "senate": true,
	"congress": true, "demonstrator": true, "crowd": true, "mob": true, "family": true, "victim": true,
	"hostage": true, "prisoner": true, "captive": true, "detainee": true, "suspect": true, "citizen": true, "voter": true,
	"colleague": true, "counterpart": true, "ally": true, "enemy": true, "foe": true, "rival": true, "foreigner": true}

// agentOK reports whether the source of an event coded code is able to
// act, and whether a missing source leaves enough said.
func (s *sent) agentOK(code string, pattern bool, src, tgt int) bool {
	if src >= 0 {
		if s.animate(src) {
			return true
		}
		return force(code) && weapons[s.words[src].Lemma]
	}
	if pattern || tgt < 0 || force(code) {
		return true
	}
	return s.animate(tgt)
}
