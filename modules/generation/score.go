package generation

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/frontierhq/frontier/modules/generation/contenttype"
)

// The performance score is a weighted mean of components, each 0–100:
//
//	readability  25  Fernández Huerta (Spanish) or Flesch adapted to Portuguese, clamped to 0–100
//	channel_fit  25  the length asked for met within −20 %/+10 % (100), falling 1.5 points per
//	                 percent beyond; minus 20 per hard limit the copy broke and that had to be
//	                 cut, minus 40 per part that is missing
//	culture      25  100 − 30 per error − 10 per warning − 2 per info finding left in the copy
//	cta          15  100 when the copy carries a call to action (the brief's, a call-to-action
//	                 part, a link or a call-to-action verb), else 0
//	brand_voice  10  with a brand voice only: 100 − 25 per word to avoid used, − 20 when none
//	                 of the words to use appears
//	learned      20  once the workspace has rated learnedMinRated items: the mean rating of
//	                 its rated items of the same type and country (or type, or all), 1→0 … 5→100
//
// Components that do not apply are left out and the weights of the others renormalised.
const (
	weightReadability = 25
	weightChannelFit  = 25
	weightCulture     = 25
	weightCTA         = 15
	weightBrandVoice  = 10
	weightLearned     = 20
	learnedMinRated   = 10
)

// Component is one part of the score.
type Component struct {
	Score  int            `json:"score"`
	Weight int            `json:"weight"`
	Detail map[string]any `json:"detail,omitempty"`
}

// Breakdown maps a component name to its part of the score.
type Breakdown map[string]Component

// Total is the weighted mean of the components, rounded.
func (b Breakdown) Total() int {
	sum, weights := 0.0, 0
	for _, c := range b {
		sum += float64(c.Score * c.Weight)
		weights += c.Weight
	}
	if weights == 0 {
		return 0
	}
	return int(math.Round(sum / float64(weights)))
}

// scoreInput is everything the score of one variant looks at.
type scoreInput struct {
	content    contenttype.Content
	text       string
	lang       string
	length     int // the brief's length, 0 for the default
	violations []contenttype.Violation
	findings   []Finding
	briefCTA   string
	voice      *BrandVoice
	learned    *learnedStats
}

// learnedStats is the workspace's feedback that the learned component reads.
type learnedStats struct {
	Rated int     // rated items in the workspace
	Mean  float64 // mean rating of the closest group of rated items, 1–5
	Group string  // which group: type_country, type or all
}

func score(in scoreInput) Breakdown {
	b := Breakdown{}
	r := readability(in.text, in.lang)
	b["readability"] = Component{Score: clamp100(r.Index), Weight: weightReadability,
		Detail: map[string]any{"formula": r.Formula, "index": math.Round(r.Index*10) / 10, "words": r.Words, "sentences": r.Sentences}}
	b["channel_fit"] = channelFit(in.content, in.length, in.violations)
	b["culture"] = cultureComponent(in.findings)
	cta := hasCTA(in.content, in.text, in.briefCTA, in.lang)
	b["cta"] = Component{Score: map[bool]int{true: 100, false: 0}[cta], Weight: weightCTA, Detail: map[string]any{"present": cta}}
	if in.voice != nil {
		b["brand_voice"] = brandVoiceComponent(in.text, *in.voice)
	}
	if in.learned != nil && in.learned.Rated >= learnedMinRated {
		b["learned"] = Component{Score: clamp100((in.learned.Mean - 1) / 4 * 100), Weight: weightLearned,
			Detail: map[string]any{"rated": in.learned.Rated, "mean_rating": math.Round(in.learned.Mean*100) / 100, "group": in.learned.Group}}
	}
	return b
}

func clamp100(v float64) int {
	return int(math.Round(math.Max(0, math.Min(100, v))))
}

func channelFit(c contenttype.Content, length int, violations []contenttype.Violation) Component {
	spec, err := contenttype.Lookup(c.Type, c.Channel)
	if err != nil {
		return Component{Score: 0, Weight: weightChannelFit}
	}
	if length == 0 {
		length = spec.DefaultLength
	}
	texts := c.Texts(spec.LengthPart)
	got := 0
	for _, t := range texts {
		if spec.Unit == contenttype.Words {
			got += len(strings.Fields(t))
		} else {
			got += contenttype.Count(c.Channel, t)
		}
	}
	if len(texts) > 0 {
		got /= len(texts)
	}
	ratio := float64(got) / float64(length)
	off := 0.0
	switch {
	case ratio < 0.8:
		off = (0.8 - ratio) * 100
	case ratio > 1.1:
		off = (ratio - 1.1) * 100
	}
	s := 100 - 1.5*off
	cut, missing := 0, 0
	for _, v := range violations {
		switch {
		case v.Kind == contenttype.KindTooFew:
			missing++
		case v.Fixed:
			cut++
		}
	}
	s -= float64(20*cut + 40*missing)
	return Component{Score: clamp100(s), Weight: weightChannelFit,
		Detail: map[string]any{"unit": string(spec.Unit), "target": length, "got": got, "cut": cut, "missing": missing}}
}

func cultureComponent(findings []Finding) Component {
	counts := map[string]int{}
	for _, f := range findings {
		counts[f.Severity]++
	}
	s := 100 - 30*counts["error"] - 10*counts["warning"] - 2*counts["info"]
	return Component{Score: clamp100(float64(s)), Weight: weightCulture,
		Detail: map[string]any{"errors": counts["error"], "warnings": counts["warning"], "infos": counts["info"]}}
}

// hasLink spots a URL or a WhatsApp link, which is a call to action by itself.
func hasLink(lower string) bool {
	for _, marker := range []string{"http://", "https://", "www.", "wa.me/"} {
		if strings.Contains(lower, marker) {
			return true
		}
	}
	for rest := lower; ; {
		i := strings.Index(rest, ".com")
		if i < 0 {
			return false
		}
		rest = rest[i+len(".com"):]
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return true // ".com" ends a word: a domain, not "compra.como"
		}
	}
}

// ctaVerbs are call-to-action verbs in the imperative (tú, vos, usted and você forms).
var ctaVerbs = map[string][]string{
	"es": {"compra", "comprá", "compre", "descubre", "descubrí", "descubra", "visita", "visitá", "visite", "reserva", "reservá",
		"reserve", "aprovecha", "aprovechá", "aproveche", "pide", "pedí", "pida", "regístrate", "registrate", "regístrese",
		"suscríbete", "suscribite", "suscríbase", "escríbenos", "escribinos", "escríbanos", "llama", "llamá", "llame",
		"prueba", "probá", "pruebe", "conoce", "conocé", "conozca", "haz clic", "hacé clic", "haga clic", "agenda", "agendá",
		"agende", "inscríbete", "inscribite", "inscríbase", "únete", "unite", "únase", "consigue", "conseguí", "consiga",
		"encuentra", "encontrá", "encuentre", "elige", "elegí", "elija", "solicita", "solicitá", "solicite", "entra", "entrá",
		"entre", "ven", "vení", "venga", "lleva", "llevá", "lleve", "obtén", "obtené", "obtenga", "empieza", "empezá", "empiece",
		"comienza", "comenzá", "comience", "descarga", "descargá", "descargue", "activa", "activá", "active", "cotiza", "cotizá", "cotice"},
	"pt": {"compre", "descubra", "visite", "reserve", "aproveite", "peça", "cadastre-se", "inscreva-se", "assine", "fale",
		"ligue", "experimente", "conheça", "clique", "agende", "garanta", "baixe", "ative", "escolha", "encontre", "venha",
		"leve", "comece", "solicite", "acesse", "entre", "faça", "junte-se", "participe", "confira", "saiba"},
}

// ctaSets are ctaVerbs as sets, built once.
var ctaSets = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, verbs := range ctaVerbs {
		out[lang] = map[string]bool{}
		for _, v := range verbs {
			out[lang][v] = true
		}
	}
	return out
}()

func isWordRune(r rune) bool { return unicode.IsLetter(r) || r == '-' }

func hasCTA(c contenttype.Content, text, briefCTA, lang string) bool {
	lower := strings.ToLower(text)
	if strings.TrimSpace(c.Text(contenttype.PartCTA)) != "" || hasLink(lower) {
		return true
	}
	if cta := strings.ToLower(strings.TrimSpace(briefCTA)); cta != "" && strings.Contains(lower, cta) {
		return true
	}
	verbs := ctaSets[lang]
	var prev string
	var pair []byte // "prev w", built in place: the map lookup does not copy it
	for w := range strings.FieldsFuncSeq(lower, func(r rune) bool { return !isWordRune(r) }) {
		if verbs[w] {
			return true
		}
		if prev != "" {
			pair = append(append(append(pair[:0], prev...), ' '), w...)
			if verbs[string(pair)] {
				return true
			}
		}
		prev = w
	}
	return false
}

func brandVoiceComponent(text string, v BrandVoice) Component {
	lower := strings.ToLower(text)
	avoided := []string{}
	for _, w := range v.WordsToAvoid {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" && len(findWord(lower, w)) > 0 {
			avoided = append(avoided, w)
		}
	}
	used := []string{}
	for _, w := range v.WordsToUse {
		if w = strings.ToLower(strings.TrimSpace(w)); w != "" && len(findWord(lower, w)) > 0 {
			used = append(used, w)
		}
	}
	s := 100 - 25*len(avoided)
	if len(v.WordsToUse) > 0 && len(used) == 0 {
		s -= 20
	}
	return Component{Score: clamp100(float64(s)), Weight: weightBrandVoice,
		Detail: map[string]any{"avoided_used": avoided, "preferred_used": used}}
}

// findWord returns the code-point offsets of whole-word occurrences of word in lower.
func findWord(lower, word string) [][2]int {
	var out [][2]int
	from := 0
	for {
		i := strings.Index(lower[from:], word)
		if i < 0 {
			return out
		}
		start, end := from+i, from+i+len(word)
		if boundary(lower, start-1, true) && boundary(lower, end, false) {
			out = append(out, [2]int{utf8.RuneCountInString(lower[:start]), utf8.RuneCountInString(lower[:end])})
		}
		from = end
	}
}

func boundary(s string, i int, before bool) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127 && isWordRune(r))
}
