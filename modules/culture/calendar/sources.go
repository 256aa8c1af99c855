package calendar

// Sources of commercial dates. Most come from the reference research in
// shared/reference/latam-countries.json; holidays without their own source
// fall back to the country's date-holidays data file (see marketFor).
const (
	srcMamasLatinas  = "http://quemas.mamaslatinas.com/parenting/102710/Did_you_know_there_is"
	srcLatination    = "https://latination.com/draft-mothers-day-in-latam"
	srcMercopress    = "https://en.mercopress.com/2024/05/13/argentina-goes-rogue-even-for-mother-s-day-celebration"
	srcHistorydraft  = "https://historydraft.com/story/mothers-day/dates-around-the-world/467/7318"
	srcWhenIsFathers = "http://when-is.net/when-is-fathers-day/"
	srcAkaqaFathers  = "https://www.akaqa.com/question/q1919327465-What_Day_Is_Fathers_Day?page=1"
	srcRedHonduras   = "https://redhonduras.com/en/events/march-19-fathers-day/"
	srcPersonalPY    = "https://blog.personal.com.py/el-3er-domingo-de-junio-celebramos-el-dia-del-padre-en-paraguay/"

	srcBuenFin       = "https://kids.kiddle.co/El_Buen_Fin"
	srcHotSaleMX     = "https://www.dedinero.com.mx/consumo/hot-sale-2025-las-reglas-de-oro-de-profeco-para-evitar-fraudes-y-compras-impulsivas"
	srcCyberMondayMX = "https://reporteindigo.com/indigonomics/cyber-monday-2021-que-es-cuando-se-realiza-en-mexico-y-que-tiendas-participan/amp"
	srcHotSaleAR     = "https://www.eldiarioar.com/economia/arranco-hot-sale-2025-consejos-comprar-forma-segura-sorpresas_1_12291028.html"
	srcCyberMondayAR = "https://tn.com.ar/economia/cuenta-regresiva-para-el-cyber-monday-el-evento-de-comercio-electronico-con-descuentos-promedio-del_829889"
	srcCyberDayCL    = "https://www.conadecus.cl/cyberday-2025-una-fecha-clave-para-consumidores-en-linea-con-ventajas-y-desventajas"
	srcBlackFridayBR = "https://www1.folha.uol.com.br/mercado/2023/11/de-onde-veio-o-nome-black-friday-quando-aparecem-as-melhores-promocoes-veja-dicas-e-curiosidades.shtml"
	srcBlackFridayPE = "https://elcomercio.pe/economia/negocios/black-friday-2019-que-categorias-prefieren-comprar-los-peruanos-por-internet-noticia/"

	// Added beyond the reference research.
	srcChildrensDay    = "https://en.wikipedia.org/wiki/Children%27s_Day"
	srcValentines      = "https://en.wikipedia.org/wiki/Valentine%27s_Day"
	srcBlackFriday     = "https://en.wikipedia.org/wiki/Black_Friday_(shopping)"
	srcCyberMonday     = "https://en.wikipedia.org/wiki/Cyber_Monday"
	srcMorazanico      = "https://www.enlaplaza.hn/portada/cuando-sera-el-feriado-morazanico-en-honduras"
	srcEcuadorNovember = "https://saetatvesmeraldas.com/noticias/nacionales/item/1396-como-quedara-el-largo-feriado-de-noviembre"
	srcCostaRicaDec1   = "https://www.nacion.com/el-pais/es-feriado-este-12-de-octubre-en-costa-rica/QUVDX5X735ERLGGVWS2RO2LSV4/story/"
	srcParaguayLaw7544 = "https://www.abc.com.py/nacionales/2025/09/04/lo-que-dice-exministro-de-la-corte-sobre-el-feriado-ante-clasificacion-de-la-albirroja/"
	srcUSHolidays      = "https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/"
)

// Dates many markets share.
func thanksgiving() dateFunc { return nth(4, thu, nov) }
func blackFriday() dateFunc  { return plus(thanksgiving(), 1) }
func cyberMonday() dateFunc  { return plus(thanksgiving(), 4) }
