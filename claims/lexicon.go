package claims

// set builds a lookup table of lower-case words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// triggers map a word that follows the figure ("800 people have been
// killed", "12 dead", "thousands fled") to the kind of claim.
var triggers = map[string]string{
	"killed": "killed", "dead": "killed", "died": "killed", "die": "killed",
	"slain": "killed", "massacred": "killed", "executed": "killed",
	"perished": "killed", "drowned": "killed", "murdered": "killed",
	"wounded": "wounded", "injured": "injured", "hurt": "injured",
	"hospitalised": "injured", "hospitalized": "injured",
	"missing": "missing", "disappeared": "missing", "unaccounted": "missing",
	"arrested": "arrested", "detained": "detained", "jailed": "detained",
	"imprisoned": "detained", "held": "detained",
	"abducted": "abducted", "kidnapped": "abducted", "seized": "abducted",
	"displaced": "displaced", "fled": "displaced", "uprooted": "displaced",
	"homeless": "displaced", "flee": "displaced", "fleeing": "displaced",
	"evacuated": "evacuated", "rescued": "evacuated", "relocated": "evacuated",
	"trapped": "trapped", "stranded": "trapped", "besieged": "besieged",
	"marched": "protest", "protested": "protest", "rallied": "protest",
	"demonstrated": "protest", "gathered": "protest", "marching": "protest",
	"protesting": "protest", "rallying": "protest",
}

// phrases are triggers of two words or more, first word as key.
var phrases = map[string][]struct {
	rest []string
	kind string
}{
	"taken":  {{[]string{"out"}, "evacuated"}, {[]string{"hostage"}, "abducted"}, {[]string{"into", "custody"}, "arrested"}},
	"bused":  {{[]string{"out"}, "evacuated"}},
	"bussed": {{[]string{"out"}, "evacuated"}},
	"moved":  {{[]string{"out"}, "evacuated"}},
	"lost":   {{[]string{"their", "lives"}, "killed"}},
	"forced": {{[]string{"from", "their", "homes"}, "displaced"}, {[]string{"to", "flee"}, "displaced"}},
	"took":   {{[]string{"to", "the", "streets"}, "protest"}},
	"under":  {{[]string{"siege"}, "besieged"}},
}

// actives are verbs that take the figure as object: "killing 12 people",
// "squeezed some 200,000 civilians".
var actives = map[string]string{
	"killed": "killed", "killing": "killed", "kill": "killed", "kills": "killed",
	"wounded": "wounded", "wounding": "wounded", "wounds": "wounded",
	"injured": "injured", "injuring": "injured", "injures": "injured",
	"arrested": "arrested", "arresting": "arrested",
	"detained": "detained", "detaining": "detained",
	"abducted": "abducted", "abducting": "abducted", "kidnapped": "abducted", "kidnapping": "abducted",
	"displaced": "displaced", "displacing": "displaced",
	"evacuated": "evacuated", "evacuating": "evacuated", "evacuate": "evacuated",
	"trapped": "trapped", "trapping": "trapped", "squeezed": "trapped", "trap": "trapped",
	"besieged": "besieged", "besieging": "besieged",
	"executed": "killed", "massacred": "killed", "driven": "displaced",
}

// backNouns stand a few words before the figure: "the death toll rose to
// 45", "a crowd of 5,000", "the evacuation of 8,000".
var backNouns = map[string]string{
	"toll": "killed", "deaths": "killed", "killing": "killed", "killings": "killed",
	"crowd": "protest", "crowds": "protest", "evacuation": "evacuated",
	"arrest": "arrested", "arrests": "arrested", "detention": "detained",
	"abduction": "abducted", "kidnapping": "abducted", "displacement": "displaced",
}

// nounKinds are who-nouns that carry the kind themselves: "2,000 refugees",
// "5,000 protesters", "45 casualties".
var nounKinds = map[string]string{
	"refugees": "refugees", "protesters": "protest", "protestors": "protest",
	"demonstrators": "protest", "marchers": "protest", "hostages": "abducted",
	"detainees": "detained", "prisoners": "detained", "evacuees": "evacuated",
	"deaths": "killed", "fatalities": "killed", "dead": "killed", "bodies": "killed",
	"casualties": "casualties", "injuries": "injured", "wounded": "wounded",
	"injured": "injured", "displaced": "displaced", "missing": "missing",
	"victims": "casualties",
}

// people are who-nouns for people.
var people = set("people", "persons", "person", "civilians", "civilian",
	"children", "child", "women", "men", "kids", "babies", "infants",
	"soldiers", "troops", "fighters", "rebels", "militants", "insurgents",
	"police", "policemen", "officers", "residents", "villagers",
	"protesters", "protestors", "demonstrators", "marchers", "refugees",
	"migrants", "students", "workers", "journalists", "patients",
	"doctors", "staff", "members", "families", "others", "individuals",
	"adults", "teenagers", "girls", "boys", "minors", "pilgrims",
	"worshippers", "passengers", "tourists", "inhabitants", "detainees",
	"prisoners", "hostages", "evacuees", "victims", "casualties", "dead",
	"wounded", "injured", "displaced", "missing", "bodies", "deaths",
	"fatalities", "injuries", "servicemen", "personnel", "guards",
	"gunmen", "jihadists", "combatants", "militiamen", "crew", "sailors",
	"miners", "farmers", "nationals", "foreigners", "citizens",
	"americans", "syrians", "iraqis", "afghans", "palestinians",
	"israelis", "ukrainians", "russians", "kurds", "yazidis", "rohingya",
	"muslims", "christians", "elderly", "orphans", "aid", "volunteers",
	"medics", "nurses", "peacekeepers", "cadets", "recruits", "voters",
	"supporters", "opponents", "activists", "dissidents", "asylum-seekers")

// things are nouns for counted things: the figure is no claim.
var things = set("days", "day", "weeks", "week", "months", "month", "years",
	"year", "hours", "hour", "minutes", "minute", "seconds", "decades",
	"times", "percent", "per", "pc", "percentage", "points", "dollars",
	"euros", "pounds", "yuan", "rubles", "roubles", "lira", "dinars",
	"rupees", "cents", "km", "kilometres", "kilometers", "miles", "meters",
	"metres", "feet", "tons", "tonnes", "kg", "kilograms", "litres",
	"trucks", "lorries", "vehicles", "buses", "cars", "convoys",
	"neighborhoods", "neighbourhoods", "districts", "villages", "towns",
	"cities", "homes", "houses", "buildings", "schools", "hospitals",
	"clinics", "rockets", "missiles", "shells", "bombs", "rounds",
	"airstrikes", "strikes", "raids", "attacks", "tanks", "aircraft",
	"planes", "jets", "helicopters", "drones", "votes", "seats",
	"countries", "nations", "states", "provinces", "sites", "shelters",
	"ships", "boats", "barrels", "pages", "items", "goals", "storeys",
	"floors", "acres", "hectares", "sq", "square", "parties", "groups",
	"factions", "brigades", "battalions", "units", "camps", "centres",
	"centers", "meals", "rations", "tents", "doses", "beds", "cases",
	"incidents", "offences", "charges", "counts", "articles", "laws",
	"million-dollar", "billion", "trillion", "a.m.", "p.m.", "am", "pm",
	"o'clock", "gmt", "utc", "mph", "degrees", "calories", "bags",
	"boxes", "parcels", "packages", "shipments", "flights", "routes",
	"weapons", "guns", "rifles", "roads", "bridges", "checkpoints", "crossings", "positions", "areas",
	"streets", "blocks", "stages", "phases", "batches", "waves", "shifts", "steps", "quarters", "zones", "regions", "fronts")

// allowed may stand between a figure and a following trigger: "have
// been", "were also", "are feared", "who were", "Wednesday".
var allowed = set("have", "has", "had", "been", "be", "being", "were", "was",
	"are", "is", "would", "will", "could", "may", "might", "also",
	"reportedly", "allegedly", "now", "already", "still", "so", "far",
	"feared", "believed", "thought", "reported", "confirmed", "known",
	"to", "who", "that", "all", "later", "subsequently", "since", "remain",
	"remained", "remains", "were", "left", "found", "presumed", "either",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "yesterday", "today", "overnight", "officially", "seriously",
	"critically", "badly", "slightly", "fatally", "mortally", "severely",
	"been", "later", "then", "just", "nearly", "almost", "allegedly",
	"apparently", "likely", "probably", "estimated", "said", "say", "says",
	"more", "listed", "registered", "counted", "recorded", "either", "getting", "got")

// qualifiers come before the figure, longest first.
var qualifiers = [][]string{
	{"no", "fewer", "than"}, {"no", "less", "than"}, {"not", "more", "than"},
	{"as", "many", "as"}, {"as", "few", "as"}, {"more", "than"},
	{"at", "least"}, {"up", "to"}, {"fewer", "than"}, {"less", "than"},
	{"close", "to"}, {"upwards", "of"}, {"well", "over"}, {"just", "over"},
	{"at", "most"}, {"an", "estimated"}, {"just", "under"}, {"well", "above"},
	{"some"}, {"about"}, {"nearly"}, {"almost"}, {"over"}, {"around"},
	{"approximately"}, {"roughly"}, {"estimated"}, {"only"}, {"above"},
	{"just"}, {"another"}, {"circa"}, {"c."}, {"~"},
}

// units and tens are number words.
var units = map[string]int64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
	"twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply the number before them.
var scales = map[string]int64{
	"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000,
	"billion": 1000000000, "mln": 1000000, "bn": 1000000000,
}

// vague are round plurals taken as a lower bound: "hundreds" is at least
// 100 with qualifier "hundreds".
var vague = map[string]int64{
	"dozens": 24, "scores": 20, "hundreds": 100, "thousands": 1000,
	"millions": 1000000, "tens": 10,
}

// months and weekdays mark dates: a figure next to them is a date.
var months = set("january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun",
	"jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.",
	"oct", "oct.", "nov", "nov.", "dec", "dec.")

// streets follow a number in an address.
var streets = set("street", "st", "st.", "road", "rd", "rd.", "avenue",
	"ave", "ave.", "boulevard", "blvd", "lane", "square", "place", "way",
	"drive", "highway", "route")

// noPlace are capitalised words after "in" that are not places.
var noPlace = set("january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "the", "a", "an", "his", "her", "their", "its", "our",
	"total", "all", "addition", "response", "which", "this", "that")
