package calendar

// United States, for the Hispanic market (es-US): the federal holidays of 5
// U.S.C. 6103, taken on Friday or Monday when they fall on a weekend, and
// the dates Hispanic marketing plans around.
func unitedStates() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)).observedOn(usObserved).cite(srcUSHolidays),
		holiday("mlk_day", "Día de Martin Luther King Jr.", nth(3, mon, jan)).cite(srcUSHolidays),
		holiday("presidents_day", "Día de los Presidentes", nth(3, mon, feb)).cite(srcUSHolidays),
		holiday("memorial_day", "Día de los Caídos (Memorial Day)", nth(-1, mon, may)).cite(srcUSHolidays),
		holiday("juneteenth", "Juneteenth (Día de la Emancipación)", fixed(jun, 19)).from(2021).observedOn(usObserved).cite(srcUSHolidays),
		holiday("independence_day", "Día de la Independencia", fixed(jul, 4)).observedOn(usObserved).cite(srcUSHolidays),
		holiday("labour_day", "Día del Trabajo", nth(1, mon, sep)).cite(srcUSHolidays),
		holiday("columbus_day", "Día de la Raza (Columbus Day)", nth(2, mon, oct)).cite(srcUSHolidays),
		holiday("veterans_day", "Día de los Veteranos", fixed(nov, 11)).observedOn(usObserved).cite(srcUSHolidays),
		holiday("thanksgiving", "Día de Acción de Gracias", thanksgiving()).cite(srcUSHolidays),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells().observedOn(usObserved).cite(srcUSHolidays),

		observance("cinco_de_mayo", "Cinco de Mayo", fixed(may, 5)),
		observance("hispanic_heritage_month", "Mes de la Herencia Hispana", fixed(sep, 15)).lasting(31),
		observance("day_of_the_dead", "Día de Muertos", fixed(nov, 2)),

		commercial("valentines_day", "Día de San Valentín", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de las Madres", nth(2, sun, may)),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMonday),
	}
}

// Spain, the reference market: the national holidays of Real Decreto
// 2001/1983 art. 45 as kept by the yearly BOE resolution. Regions add and
// swap days; those are not listed.
func spain() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("epiphany", "Epifanía del Señor", fixed(jan, 6)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Fiesta del Trabajo", fixed(may, 1)),
		holiday("assumption", "Asunción de la Virgen", fixed(aug, 15)),
		holiday("national_day", "Fiesta Nacional de España", fixed(oct, 12)),
		holiday("all_saints", "Todos los Santos", fixed(nov, 1)),
		holiday("constitution_day", "Día de la Constitución Española", fixed(dec, 6)),
		holiday("immaculate_conception", "Inmaculada Concepción", fixed(dec, 8)),
		holiday("christmas", "Natividad del Señor", fixed(dec, 25)).sells(),

		observance("holy_thursday", "Jueves Santo (festivo en casi todas las comunidades)", easter(-3)),

		commercial("valentines_day", "San Valentín", fixed(feb, 14)).cite(srcValentines),
		commercial("fathers_day", "Día del Padre", fixed(mar, 19)),
		commercial("mothers_day", "Día de la Madre", nth(1, sun, may)),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMonday),
	}
}
