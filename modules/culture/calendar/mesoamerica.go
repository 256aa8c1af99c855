package calendar

// Mexico: Ley Federal del Trabajo, art. 74 (Monday holidays since 2006).
func mexico() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("constitution_day", "Día de la Constitución", nth(1, mon, feb)),
		holiday("benito_juarez", "Natalicio de Benito Juárez", nth(3, mon, mar)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 16)),
		holiday("revolution_day", "Día de la Revolución", nth(3, mon, nov)),
		// Constitución art. 83 as amended in 2014: the president takes office on October 1 from 2024.
		holiday("transfer_of_power", "Transmisión del Poder Ejecutivo Federal", every(6, 2024, oct, 1)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		observance("epiphany", "Día de Reyes", fixed(jan, 6)),
		observance("holy_thursday", "Jueves Santo", easter(-3)),
		observance("good_friday", "Viernes Santo", easter(-2)),
		observance("day_of_the_dead", "Día de Muertos", fixed(nov, 2)),
		observance("guadalupe", "Día de la Virgen de Guadalupe", fixed(dec, 12)),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("childrens_day", "Día del Niño", fixed(apr, 30)).cite(srcChildrensDay),
		commercial("mothers_day", "Día de las Madres", fixed(may, 10)).cite(srcMamasLatinas),
		// AMVO's Hot Sale: about nine days from the last week of May (2023: May 29 - June 6; 2025: May 26 - June 3).
		commercial("hot_sale", "Hot Sale", nth(-1, mon, may)).lasting(9).estimate().cite(srcHotSaleMX),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		// The long weekend that ends with the Revolution Day holiday.
		commercial("buen_fin", "El Buen Fin", plus(nth(3, mon, nov), -3)).lasting(4).estimate().cite(srcBuenFin),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMondayMX),
	}
}

// Guatemala: Código de Trabajo, art. 127 (Decreto 19-2018 for Army Day).
func guatemala() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("holy_saturday", "Sábado Santo", easter(-1)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("army_day", "Día del Ejército", moved(fixed(jun, 30), guatemalaArmy)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 15)),
		holiday("revolution_day", "Día de la Revolución", fixed(oct, 20)),
		holiday("all_saints", "Día de Todos los Santos", fixed(nov, 1)),
		holiday("christmas_eve", "Nochebuena (medio día)", fixed(dec, 24)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),
		holiday("new_years_eve", "Fin de Año (medio día)", fixed(dec, 31)),

		commercial("valentines_day", "Día del Cariño", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", fixed(may, 10)).cite(srcMamasLatinas),
		commercial("fathers_day", "Día del Padre", fixed(jun, 17)),
		commercial("childrens_day", "Día del Niño", fixed(oct, 1)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Honduras: Código de Trabajo, art. 339; Decreto 78-2015 moves the October
// holidays (3, 12 and 21) to the Wednesday, Thursday and Friday of the first
// week of October, the Feriado Morazánico (2022: Oct 5-7; 2025: Oct 1-3).
func honduras() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("americas_day", "Día de las Américas", fixed(apr, 14)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("holy_saturday", "Sábado Santo", easter(-1)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 15)),
		holiday("morazan_holiday", "Feriado Morazánico", nth(1, wed, oct)).lasting(3).cite(srcMorazanico),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("fathers_day", "Día del Padre", fixed(mar, 19)).cite(srcRedHonduras),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcLatination),
		commercial("childrens_day", "Día del Niño", fixed(sep, 10)),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// El Salvador: Código de Trabajo, art. 190.
func elSalvador() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("holy_saturday", "Sábado Santo", easter(-1)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("divine_saviour", "Fiestas Agostinas (Divino Salvador del Mundo)", fixed(aug, 6)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 15)),
		holiday("all_souls", "Día de los Difuntos", fixed(nov, 2)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", fixed(may, 10)).cite(srcMamasLatinas),
		commercial("fathers_day", "Día del Padre", fixed(jun, 17)),
		commercial("childrens_day", "Día del Niño", fixed(oct, 1)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Nicaragua: Código del Trabajo, art. 66.
func nicaragua() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("revolution_day", "Día de la Revolución Popular Sandinista", fixed(jul, 19)),
		holiday("san_jacinto", "Batalla de San Jacinto", fixed(sep, 14)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 15)),
		holiday("immaculate_conception", "La Purísima (Inmaculada Concepción)", fixed(dec, 8)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		observance("griteria", "La Gritería", fixed(dec, 7)),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de las Madres", fixed(may, 30)).cite(srcMamasLatinas),
		commercial("childrens_day", "Día del Niño", fixed(jun, 1)),
		commercial("fathers_day", "Día del Padre", fixed(jun, 23)),
	}
}

// Costa Rica: Código de Trabajo, art. 148. Ley 9803 (2020) replaced October
// 12 with December 1; August 2, August 31 and December 1 are days off whose
// pay is not obligatory. The 2020-2024 law that moved holidays to Mondays
// no longer applies.
func costaRica() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("juan_santamaria", "Día de Juan Santamaría", fixed(apr, 11)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("nicoya_annexation", "Anexión del Partido de Nicoya", fixed(jul, 25)),
		holiday("virgin_of_los_angeles", "Día de la Virgen de los Ángeles", fixed(aug, 2)),
		holiday("mothers_day", "Día de la Madre", fixed(aug, 15)).sells().cite(srcMamasLatinas),
		holiday("black_persons_day", "Día de la Persona Negra y la Cultura Afrocostarricense", fixed(aug, 31)),
		holiday("independence_day", "Día de la Independencia", fixed(sep, 15)),
		holiday("army_abolition", "Día de la Abolición del Ejército", fixed(dec, 1)).cite(srcCostaRicaDec1),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("childrens_day", "Día del Niño", fixed(sep, 9)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Panama: Código de Trabajo, art. 46; a holiday that falls on Sunday is
// taken on Monday.
func panama() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)).observedOn(sundayToMonday),
		holiday("martyrs_day", "Día de los Mártires", fixed(jan, 9)).observedOn(sundayToMonday),
		holiday("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)).observedOn(sundayToMonday),
		holiday("separation_day", "Separación de Panamá de Colombia", fixed(nov, 3)).observedOn(sundayToMonday),
		holiday("colon_day", "Día de Colón", fixed(nov, 5)).observedOn(sundayToMonday),
		holiday("los_santos_cry", "Primer Grito de Independencia de la Villa de Los Santos", fixed(nov, 10)).observedOn(sundayToMonday),
		holiday("independence_day", "Independencia de Panamá de España", fixed(nov, 28)).observedOn(sundayToMonday),
		holiday("mothers_day", "Día de las Madres", fixed(dec, 8)).observedOn(sundayToMonday).sells().cite(srcMamasLatinas),
		holiday("national_mourning", "Día de Duelo Nacional", fixed(dec, 20)).from(2022).observedOn(sundayToMonday),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells().observedOn(sundayToMonday),
		// The president takes office on July 1 every five years (2024, 2029).
		holiday("inauguration_day", "Toma de posesión presidencial", every(5, 2024, jul, 1)),

		observance("carnival_monday", "Lunes de Carnaval", easter(-48)),
		observance("flag_day", "Día de la Bandera", fixed(nov, 4)),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}
