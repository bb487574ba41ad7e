package quotes

// set builds a lookup table of lower-case words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// cues are the verbs that introduce speech, as lower-case tokens. Words that
// are more often nouns ("claims", "reports", "states", "notes") are left out.
var cues = set(
	"said", "says", "say", "told", "tell", "added", "adds", "stressed",
	"stresses", "warned", "warns", "asked", "asks", "noted", "insisted",
	"insists", "tweeted", "tweets", "wrote", "writes", "reported",
	"announced", "announces", "declared", "declares", "claimed",
	"explained", "explains", "argued", "argues", "stated", "confirmed",
	"confirms", "denied", "denies", "acknowledged", "acknowledges",
	"admitted", "admits", "alleged", "urged", "urges", "suggested",
	"replied", "responded", "commented", "concluded", "cautioned",
	"estimated", "predicted", "promised", "vowed", "pledged", "recalled",
	"remarked", "observed", "contended", "reiterated", "emphasised",
	"emphasized", "underlined", "shouted", "exclaimed", "posted",
	"affirmed", "assured", "informed", "reminded", "indicated", "revealed",
	"charged", "complained", "conceded", "countered", "disclosed",
	"maintained", "proclaimed", "speculated", "testified", "whispered",
)

// bareCues introduce a reported clause without "that": "Toner said the US
// recognizes". The other cues often take a noun phrase ("announced the
// deal", "denied arming") and introduce a clause only after "that".
var bareCues = set("said", "says", "say", "told", "tell", "added", "adds",
	"insisted", "insists", "argued", "argues", "stated", "alleged",
	"estimated", "cautioned", "contended", "testified", "speculated",
	"replied", "complained")

// inverted cues come before their speaker: "said Mr Lavrov", "added the
// official".
var inverted = set("said", "says", "added", "adds", "asked", "wrote",
	"writes", "explained", "insisted", "noted", "replied", "warned",
	"stressed", "continued", "tweeted", "recalled", "remarked", "observed",
	"cautioned", "concluded", "reported", "reports", "told")

// objectCues take a hearer before the reported clause: "told reporters that".
var objectCues = set("told", "tell", "asked", "asks", "warned", "warns",
	"urged", "urges", "assured", "informed", "reminded")

// beforeCue may stand between a speaker and its cue: "Kerry also said",
// "Syria and Russia have said".
var beforeCue = set("also", "later", "earlier", "then", "has", "have", "had",
	"would", "will", "reportedly", "previously", "further", "again",
	"already", "repeatedly", "recently", "once", "publicly", "separately",
	"privately", "had", "last", "yesterday", "today", "tonight", "simply",
	"subsequently", "angrily", "flatly", "bluntly", "openly", "first")

// passive marks "said" as part of a passive ("was said to").
var passive = set("is", "was", "were", "are", "be", "been", "being")

// determiners open a noun phrase.
var determiners = set("the", "a", "an", "this", "these", "those", "its",
	"his", "her", "their", "our", "my", "your", "another", "one", "two",
	"several", "some", "many", "both", "each", "every", "no")

// pronouns can be speakers on their own.
var pronouns = set("he", "she", "they", "we", "i", "it", "you")

// objectPronouns can be the hearer of an object cue.
var objectPronouns = set("him", "her", "them", "us", "me", "you")

// stops end a speaker phrase: clause words, auxiliaries, conjunctions and
// sentence adverbs.
var stops = set("that", "which", "who", "whom", "whose", "when", "where",
	"while", "because", "since", "although", "though", "if", "unless",
	"but", "or", "as", "than", "so", "is", "are", "was", "were", "be",
	"been", "being", "has", "have", "had", "do", "does", "did", "will",
	"would", "can", "could", "may", "might", "must", "shall", "should",
	"not", "n't", "to", "there", "here", "however", "meanwhile", "still",
	"yet", "now", "instead", "also", "then", "after", "before", "until",
	"quoting", "citing", "according", "saying", "adding", "what", "how",
	"why", "whether", "by", "into", "over", "under", "about", "against",
	"between", "during", "without", "within", "through", "across",
	"and", "nor", "even", "just", "only", "said", "says", "told")

// preps may sit inside a speaker phrase; all but "of" and "for" are cut
// off with what follows ("An opposition activist in Aleppo").
var preps = set("in", "at", "from", "on", "near", "with", "of", "for")

// relay verbs pass on what another said: "The agency quoting an official
// says" has the speaker "The agency".
var relay = set("quoting", "citing")

// adjunctWords open an adjunct between a cue and its clause: "said in a
// statement on Thursday that".
var adjunctWords = set("on", "in", "at", "late", "early", "earlier", "last",
	"this", "during", "via", "to", "through", "after", "before")

// adjunctHeads end such an adjunct.
var adjunctHeads = set("statement", "statements", "interview", "briefing",
	"conference", "release", "speech", "morning", "afternoon", "evening",
	"night", "week", "weekend", "month", "year", "twitter", "facebook",
	"television", "radio", "broadcast", "message", "post", "tweet",
	"reporters", "journalists", "day", "letter", "video", "remarks",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "today", "yesterday", "tonight", "telegram", "x", "email",
	"e-mail", "parliament", "podcast", "address", "communique", "session",
	"meeting", "summit", "rally", "visit", "call", "phone", "online")

// monthWords name months, as dates after a cue: "said on Wednesday, Aug. 5".
var monthWords = set("january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
	"sept.", "oct.", "nov.", "dec.")

// timeWords stand alone as adjuncts after a cue: "said Thursday that".
var timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "today", "yesterday", "tonight", "earlier",
	"later", "previously", "repeatedly", "again", "morning", "afternoon",
	"evening", "night", "recently", "also", "separately", "publicly",
	"privately", "bluntly", "flatly", "firmly", "then")

// badClauseStart cannot begin a reported clause: "told them to leave",
// "spoke about".
var badClauseStart = set("to", "about", "of", "for", "on", "in", "by",
	"with", "at", "from", "into", "and", "or", "but", "as", "nothing",
	"so", "no", "yes", "goodbye", "hello", "sorry", "thanks", "much",
	"more", "little", "anything", "something", "otherwise", "adding",
	"saying", "citing", "quoting", "describing", "according", "calling",
	"noting", "urging", "warning")

// orgWords head names of organisations, media and places, which are not
// people: a "he" never refers to them.
var orgWords = set("kremlin", "ministry", "department", "office", "agency",
	"observatory", "council", "committee", "government", "army", "police",
	"europe", "nations", "union", "organization", "organisation", "radio",
	"news", "times", "post", "press", "reuters", "house", "pentagon",
	"commission", "court", "party", "front", "forces", "group", "watch",
	"international", "institute", "centre", "center", "cross", "crescent",
	"network", "tv", "television", "journal", "service", "command",
	"coalition", "alliance", "bank", "fund", "programme", "program",
	"secretariat", "embassy", "mission", "administration", "authority",
	"authorities", "parliament", "assembly", "congress", "senate", "state",
	"states", "republic", "kingdom", "federation", "company", "corporation",
	"inc", "ltd", "association", "foundation", "university", "hospital",
	"channel", "tribune", "guardian", "herald", "gazette", "daily",
	"telegraph", "monitor", "statement", "report", "website", "media")

// personNouns head descriptions of people: "the Turkey-based official".
var personNouns = set("official", "spokesman", "spokeswoman",
	"spokesperson", "correspondent", "activist", "minister", "president",
	"businessman", "businesswoman", "resident", "witness", "commander",
	"diplomat", "source", "officer", "doctor", "man", "woman", "mother",
	"father", "leader", "envoy", "ambassador", "secretary", "general",
	"chief", "director", "head", "mayor", "governor", "analyst", "expert",
	"reporter", "journalist", "worker", "volunteer", "survivor", "farmer",
	"teacher", "student", "soldier", "fighter", "negotiator", "adviser",
	"advisor", "aide", "lawmaker", "senator", "member", "representative",
	"coordinator", "monitor", "priest", "imam", "bishop", "pope", "king",
	"queen", "prince", "premier", "chancellor", "prosecutor", "judge",
	"lawyer", "physician", "nurse", "rescuer", "medic", "researcher")

// male and female are titles and nouns that tell the gender of a speaker
// for pronouns.
var (
	male = set("mr", "mr.", "sir", "lord", "king", "prince", "father",
		"brother", "man", "spokesman", "businessman", "husband", "son",
		"boy", "grandfather", "chairman", "congressman", "uncle")
	female = set("mrs", "mrs.", "ms", "ms.", "miss", "madam", "lady",
		"queen", "princess", "sister", "dame", "woman", "mother",
		"spokeswoman", "businesswoman", "girl", "daughter", "wife",
		"grandmother", "widow", "chairwoman", "congresswoman", "aunt")
)
