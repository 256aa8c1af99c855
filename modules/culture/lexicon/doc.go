// Package lexicon holds the regional vocabulary of Spanish and Portuguese
// marketing copy and the checker and adapter built on it.
//
// The data (concepts with their words per locale, offensive terms, Spain-only
// slang and the vosotros grammar lists) is a plain value: Seed returns the
// embedded copy, and the culture store can supply an edited one. Compile turns
// the data into a Matcher, a token trie over case- and accent-folded words that
// scans text in one pass, linear in its length.
//
// Offsets in findings and changes are Unicode code points, 0-based, end
// exclusive, into the text that was given.
package lexicon
