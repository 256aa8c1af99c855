package address

// Closed classes of function words the analysis looks at around a marker.

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// pronounWords are the pronouns, possessives and clitics that have a reading
// of their own (see appendPronounCandidates); other words skip that search.
var pronounWords = setOf("tú", "ti", "contigo", "vos", "usted", "te", "tu", "tus", "tuyo", "tuya",
	"tuyos", "tuyas", "su", "sus", "suyo", "suya", "suyos", "suyas", "le", "lo", "la", "se")

// determiners before a word make it a noun: "la compra", "tus pruebas".
var determiners = setOf("el", "un", "una", "unos", "unas", "del", "al", "mi", "mis", "tu", "tus",
	"su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "este", "esta", "estos", "estas",
	"ese", "esa", "esos", "esas", "aquel", "aquella", "cada", "otro", "otra", "otros", "otras",
	"mucho", "mucha", "muchos", "muchas", "poco", "poca", "pocos", "pocas", "cualquier", "varios", "varias")

// objectClitics may stand between a subject or "no" and its verb.
var objectClitics = setOf("me", "te", "se", "nos", "lo", "la", "los", "las", "le", "les")

// verbalLeads before a word that could be a noun make it a verb: "si compras", "no compres".
var verbalLeads = setOf("tú", "vos", "no", "si", "cuando", "ya", "también", "tampoco", "nunca",
	"siempre", "que", "solo", "sólo", "aún", "todavía", "mientras", "donde", "porque")

// followers after an imperative that could be a noun make it a verb:
// "reserva tu mesa", "prueba gratis", "visita nuestra tienda".
var followers = setOf("el", "la", "los", "las", "un", "una", "unos", "unas", "tu", "tus", "su", "sus",
	"nuestro", "nuestra", "nuestros", "nuestras", "este", "esta", "estos", "estas", "todo", "toda",
	"todos", "todas", "más", "ya", "ahora", "hoy", "aquí", "ahí", "acá", "online", "gratis", "con",
	"a", "al", "para", "lo", "mañana", "cómo", "qué", "parte")

// coordinators join a second imperative to a first one: "regístrate y gana".
var coordinators = setOf("y", "e", "o", "u", "ni", "luego", "después")

// prepositions take ti, vos or usted: "para ti", "a usted".
var prepositions = setOf("a", "ante", "bajo", "contra", "de", "desde", "en", "hacia", "hasta", "para",
	"por", "sin", "sobre", "tras")

// notTeaFollowers are words after "te" that show it is the tea (té) or the letter.
var notTeaFollowers = setOf("de", "del", "con", "y", "o", "e", "en", "para", "por", "sin", "verde", "negro",
	"negra", "helado", "helada", "chai", "matcha", "rojo", "blanco", "caliente", "frío", "fría", "que", "es",
	"son", "favorito", "orgánico")

// ustedSubjectLeads before a 3rd person verb in an usted text make it usted: "si compra hoy".
var ustedSubjectLeads = setOf("usted", "si", "cuando", "mientras", "ya", "también")

// nonImperatives are usted imperatives that are also set phrases or
// interjections when they open a sentence ("¡Viva México!", "¡Vaya sorpresa!", "¿Diga?").
var nonImperatives = setOf("viva", "vaya", "venga", "oiga", "diga", "quiera", "pueda", "sea")

// neverVerbs are spellings of verb forms that are nearly always a function
// word: una (unir), entre (entrar), para (parar), nada (nadar).
var neverVerbs = setOf("una", "entre", "para", "nada")

// personVerbs take the reader as direct object after lo/la in usted copy: "lo esperamos".
var personVerbs = setOf("esperamos", "invitamos", "ayudamos", "acompañamos", "atendemos", "asesoramos",
	"llamamos", "contactamos", "felicitamos", "extrañamos", "necesitamos", "cuidamos", "consentimos",
	"mimamos", "sorprendemos", "escuchamos", "apoyamos", "guiamos", "premiamos", "recibimos",
	"esperaremos", "invitaremos", "ayudaremos", "contactaremos", "llamaremos", "atenderemos")

// possessivePronouns maps tuyo & co. to suyo & co.
var possessivePronouns = map[string]string{"tuyo": "suyo", "tuya": "suya", "tuyos": "suyos", "tuyas": "suyas"}

// interrogatives open questions whose verb has the reader as subject when no
// other subject follows: "¿Qué esperas para pedirla?", "¿Cuándo viaja?".
var interrogatives = setOf("qué", "cómo", "cuándo", "dónde", "cuánto", "cuánta", "cuántos", "cuántas", "adónde")

// modalVerbs open usted sentences before an infinitive: "Puede pagarla en línea".
var modalVerbs = setOf("poder", "deber", "querer", "necesitar")

// impersonalInfinitives after poder or deber usually have no personal subject:
// "Puede haber demoras", "Debe ser nuevo", "Pueden aplicar restricciones".
var impersonalInfinitives = setOf("haber", "ser", "estar", "existir", "ocurrir", "suceder", "pasar",
	"variar", "aplicar", "cambiar", "tardar", "demorar", "llegar", "costar")

// encliticsBeforeObject are verbs with enclitics that are also other words
// ("date", "tomate") but are verbs before an object: "date un gusto".
var encliticsBeforeObject = setOf("date", "tomate")

// openingAdverbs may come before an imperative that opens a clause: "Ahora paga menos".
var openingAdverbs = setOf("hoy", "ahora", "ya", "también", "solo", "sólo", "además", "luego", "después",
	"mejor", "entonces", "así", "simplemente", "mañana")
