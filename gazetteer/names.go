package gazetteer

// extraCountryNames adds common English names and demonyms the sources lack:
// for each ISO2 code, {aliases, demonyms}.
var extraCountryNames = map[string][2][]string{
	"US": {{"America", "U.S", "the United States", "the US", "the U.S."}, {"American", "Americans"}},
	"GB": {{"Britain", "Great Britain", "U.K.", "UK", "England"}, {"British", "Briton", "English"}},
	"RU": {{"Russia", "Russian Federation"}, {"Russian"}},
	"SY": {{"Syria", "Syrian Arab Republic"}, {"Syrian"}},
	"KR": {{"South Korea"}, {"South Korean"}},
	"KP": {{"North Korea", "DPRK"}, {"North Korean"}},
	"CD": {{"DR Congo", "DRC", "Congo-Kinshasa"}, {"Congolese"}},
	"CG": {{"Congo-Brazzaville"}, nil},
	"IR": {{"Iran", "Persia"}, {"Iranian"}},
	"MM": {{"Burma"}, {"Burmese"}},
	"NL": {{"Holland"}, {"Dutch"}},
	"CZ": {{"Czech Republic"}, {"Czech"}},
	"VA": {{"Vatican", "Holy See"}, nil},
	"PS": {{"Palestine", "Palestinian Territories", "Gaza Strip", "West Bank"}, {"Palestinian"}},
	"TW": {{"Taiwan"}, {"Taiwanese"}},
	"CI": {{"Ivory Coast"}, {"Ivorian"}},
	"TR": {{"Turkey", "Türkiye"}, {"Turkish", "Turk"}},
	"AE": {{"UAE", "Emirates"}, {"Emirati"}},
	"SA": {{"Saudi"}, {"Saudi"}},
	"LY": {{"Libya"}, {"Libyan"}},
	"LA": {{"Laos"}, {"Lao", "Laotian"}},
	"VN": {{"Vietnam"}, {"Vietnamese"}},
	"BO": {{"Bolivia"}, {"Bolivian"}},
	"VE": {{"Venezuela"}, {"Venezuelan"}},
	"TZ": {{"Tanzania"}, {"Tanzanian"}},
	"MD": {{"Moldova"}, {"Moldovan"}},
	"MK": {{"Macedonia"}, {"Macedonian"}},
	"SZ": {{"Swaziland"}, {"Swazi"}},
	"TL": {{"East Timor"}, {"Timorese"}},
	"CV": {{"Cape Verde"}, {"Cape Verdean"}},
	"BN": {{"Brunei"}, {"Bruneian"}},
}

// usStateAbbrev lists postal codes and AP-style abbreviations of US states,
// keyed by GeoNames admin1 code (which is the postal code).
var usStateAbbrev = map[string][]string{
	"AL": {"Ala."}, "AK": nil, "AZ": {"Ariz."}, "AR": {"Ark."}, "CA": {"Calif.", "Cal."},
	"CO": {"Colo."}, "CT": {"Conn."}, "DE": {"Del."}, "DC": {"D.C.", "Washington, D.C.", "District of Columbia"},
	"FL": {"Fla."}, "GA": {"Ga."}, "HI": nil, "ID": nil, "IL": {"Ill."}, "IN": {"Ind."}, "IA": nil,
	"KS": {"Kan.", "Kans."}, "KY": {"Ky."}, "LA": {"La."}, "ME": nil, "MD": {"Md."}, "MA": {"Mass."},
	"MI": {"Mich."}, "MN": {"Minn."}, "MS": {"Miss."}, "MO": {"Mo."}, "MT": {"Mont."}, "NE": {"Neb.", "Nebr."},
	"NV": {"Nev."}, "NH": {"N.H."}, "NJ": {"N.J."}, "NM": {"N.M."}, "NY": {"N.Y."}, "NC": {"N.C."},
	"ND": {"N.D."}, "OH": nil, "OK": {"Okla."}, "OR": {"Ore.", "Oreg."}, "PA": {"Pa.", "Penn."},
	"RI": {"R.I."}, "SC": {"S.C."}, "SD": {"S.D."}, "TN": {"Tenn."}, "TX": {"Tex."}, "UT": nil,
	"VT": {"Vt."}, "VA": {"Va."}, "WA": {"Wash."}, "WV": {"W.Va.", "W. Va."}, "WI": {"Wis.", "Wisc."},
	"WY": {"Wyo."},
}

// caProvinceAbbrev lists the abbreviations of Canadian provinces and
// territories used in news (Canadian Press style and postal), keyed by
// GeoNames admin1 code.
var caProvinceAbbrev = map[string][]string{
	"01": {"Alta."}, "02": {"B.C."}, "04": {"N.B."}, "05": {"N.L.", "Nfld."},
	"07": {"N.S."}, "08": {"Ont."}, "09": {"P.E.I."}, "10": {"Que."},
	"11": {"Sask."}, "13": {"N.W.T."},
}

// continent is a continent as GeoNames records it (feature class L, code
// CONT): its id, name and point, with other names and the words for its
// people.
type continent struct {
	id       int
	name     string
	lat, lon float64
	aliases  []string
}

// continents are keyed by the continent code of countryInfo.tsv; each is
// given the population of its countries. Antarctica is left to its country
// record (AQ). The European Union is placed at Europe: as a place it is
// the Union's territory, not its seat. Plurals (Europeans) are found by
// Gazetteer.Continent.
var continents = map[string]continent{
	"AF": {6255146, "Africa", 7.1881, 21.0938, []string{"African"}},
	"AS": {6255147, "Asia", 29.8406, 89.2969, []string{"Asian"}},
	"EU": {6255148, "Europe", 48.6910, 9.1406, []string{"European", "European Union", "EU", "E.U."}},
	"NA": {6255149, "North America", 46.0732, -100.5469, []string{"North American"}},
	"OC": {6255151, "Oceania", -18.3128, 138.5156, nil},
	"SA": {6255150, "South America", -14.6049, -57.6563, []string{"South American"}},
}
