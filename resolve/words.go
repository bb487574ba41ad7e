package resolve

// titleWords are folded words of titles and offices that come before a
// name: "President", "Foreign Minister", "Mr".
var titleWords = set(
	"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "vice", "prime", "minister", "foreign",
	"defence", "defense", "interior", "finance", "secretary", "general", "gen", "lt", "lieutenant",
	"colonel", "col", "major", "maj", "captain", "capt", "commander", "admiral", "adm", "sgt", "sergeant",
	"senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov",
	"mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "ambassador", "envoy", "chancellor",
	"pope", "judge", "justice", "spokesman", "spokeswoman", "spokesperson", "deputy", "chief", "leader",
	"chairman", "chairwoman", "director", "of", "state", "special", "un", "us", "acting", "former",
	"cardinal", "bishop", "rabbi", "imam", "ayatollah", "field", "marshal", "brig", "brigadier",
	"premier", "speaker", "officer", "commissioner", "official", "attorney", "press",
)

// stopWords are folded capitalised words that start sentences or headings
// far more often than they name anyone or anywhere.
var stopWords = set(
	"a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "we", "they", "i", "you",
	"his", "her", "our", "their", "my", "your", "but", "and", "or", "nor", "so", "yet", "if", "when",
	"while", "as", "at", "by", "for", "from", "in", "into", "of", "on", "to", "with", "without", "after",
	"before", "during", "since", "until", "about", "above", "across", "against", "along", "among",
	"around", "behind", "below", "between", "beyond", "despite", "over", "through", "under", "upon",
	"such", "some", "many", "more", "most", "much", "several", "all", "any", "each", "every", "both",
	"either", "neither", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "first", "last", "next", "other", "another", "there", "here", "then", "now", "today",
	"yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "according", "however", "meanwhile", "overnight", "also", "still", "even",
	"just", "only", "confident", "hopeful", "remaining", "what", "who", "whom", "which", "where", "why",
	"how", "yes", "well", "said", "says", "says", "government", "state", "president", "minister",
	"army", "police", "court", "council", "party", "officials", "official", "people", "city", "town",
	"news", "new", "old", "north", "south", "east", "west", "central", "northern", "southern",
	"eastern", "western", "upper", "lower", "great", "good", "best", "man",
	"woman", "men", "women", "children", "family", "home", "house", "world", "time", "day", "year",
	"week", "month", "morning", "evening", "night", "reuters", "ap", "afp", "update", "breaking",
	"photo", "video", "read", "more", "click", "share", "like", "follow", "email", "print",
)

// orgHeads are folded words that end (or start, before "of") the names
// of organizations: Defense Ministry, Ministry of Health.
var orgHeads = set(
	"ministry", "department", "army", "navy", "force", "forces", "council", "committee", "commission",
	"organization", "organisation", "agency", "office", "party", "front", "movement", "union", "bank",
	"company", "corporation", "corp", "inc", "ltd", "university", "court", "police", "service", "services",
	"guard", "brigade", "brigades", "battalion", "regiment", "division", "command", "authority", "institute",
	"foundation", "association", "federation", "alliance", "coalition", "group", "network", "agency",
	"assembly", "parliament", "senate", "congress", "cabinet", "administration", "directorate", "bureau",
	"secretariat", "tribunal", "society", "fund", "programme", "program", "mission", "corps", "militia",
)

// divisionHeads end the names of political divisions below a region:
// Otter Tail County, Rapides Parish, Oakport Township.
var divisionHeads = set("county", "parish", "township", "borough")

// placeHeads end the names of divisions and features of the land.
var placeHeads = set("county", "parish", "township", "borough", "lake", "river", "creek", "valley",
	"mountain", "mountains", "island", "islands", "bay", "beach", "falls", "springs", "canyon", "peninsula",
	"desert", "gulf", "sea", "ocean", "forest", "hills", "park")

// mountWords start the names of mountains and lakes: Mount Hood, Lake Erie.
var mountWords = set("mount", "mt", "mt.", "lake")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
