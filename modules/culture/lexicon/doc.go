// Package lexicon holds the regional vocabulary of Spanish and Portuguese
// marketing copy and the checker and adapter built on it.
//
// The data (concepts with their words per locale, offensive terms, Spain-only
// slang and the vosotros grammar lists) is a plain value: Seed returns the
// embedded copy, and the culture store can supply an edited one. Compile turns
// the data into a Matcher, a token trie over case- and accent-folded words that
// scans text in one pass, linear in its length.
//
// How the data speaks for a country: a concept's words for a country are those
// of its own locale ("es-AR"), else those of "es-419" for Latin America, else
// none (no opinion: nothing is flagged). A word is flagged in a country when it
// belongs to another locale of the concept, is not a word of the country for
// any concept, is not listed in its FineIn, and its context guards allow it.
// FineIn therefore also means "tolerated but not preferred": the checker stays
// quiet, while Adapt with a known source country still swaps the word for the
// preferred one. Polysemous words are never swapped.
//
// Engine adds the form-of-address checks and conversions of the address
// package and the number, price and date formats of the locale package.
//
// Offsets in findings and changes are Unicode code points, 0-based, end
// exclusive, into the text that was given.
package lexicon
