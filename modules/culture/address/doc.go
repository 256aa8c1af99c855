// Package address detects and converts the Spanish form of address (tú, vos,
// usted) in marketing copy: present indicative verbs, affirmative and negative
// imperatives with their enclitic pronouns, subject and prepositional pronouns,
// object clitics and possessives.
//
// The package is pure: it holds no state besides an immutable verb table that is
// built once, and it never touches a database or the network. All offsets are
// Unicode code points into the input, 0-based, end exclusive.
//
// Detect lists the markers of a text, Convert rewrites a text into another
// form, and Suggest rewrites a single word. Precision comes first: a spelling
// that is also a noun or a 3rd person form (compra, su, le, se, sal, ve) counts
// only when context settles it, and the context that settles most of them is
// the form the unambiguous markers of the same text establish.
//
// The verb table (verbs.txt) lists a few hundred marketing verbs; regular ones
// are conjugated by rule, irregular and stem-changing ones carry their stems.
// collisions.txt lists spellings that are also ordinary words.
package address
