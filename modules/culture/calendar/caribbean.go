package calendar

// Cuba: Código de Trabajo (Ley 116 de 2013), días feriados y de descanso.
func cuba() []rule {
	return []rule{
		holiday("new_year", "Triunfo de la Revolución (Año Nuevo)", fixed(jan, 1)),
		holiday("victory_day", "Día de la Victoria", fixed(jan, 2)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día Internacional de los Trabajadores", fixed(may, 1)),
		holiday("moncada_eve", "Conmemoración del asalto al Cuartel Moncada", fixed(jul, 25)),
		holiday("national_rebellion_day", "Día de la Rebeldía Nacional", fixed(jul, 26)),
		holiday("moncada_after", "Conmemoración del asalto al Cuartel Moncada", fixed(jul, 27)),
		holiday("independence_day", "Inicio de las Guerras de Independencia", fixed(oct, 10)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),
		holiday("new_years_eve", "Último día del año", fixed(dec, 31)),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de las Madres", nth(2, sun, may)).cite(srcLatination),
		commercial("fathers_day", "Día de los Padres", nth(3, sun, jun)).cite(srcWhenIsFathers),
	}
}

// Dominican Republic: Ley 139-97 moves most holidays to Mondays.
func dominicanRepublic() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("epiphany", "Día de los Santos Reyes", moved(fixed(jan, 6), nearestMonday)),
		holiday("altagracia", "Día de Nuestra Señora de la Altagracia", fixed(jan, 21)),
		holiday("duarte_day", "Día de Duarte", moved(fixed(jan, 26), nearestMonday)),
		holiday("independence_day", "Día de la Independencia", fixed(feb, 27)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", moved(fixed(may, 1), dominicanLabour)),
		holiday("corpus_christi", "Corpus Christi", easter(60)),
		holiday("restoration_day", "Día de la Restauración", fixed(aug, 16)),
		holiday("las_mercedes", "Día de Nuestra Señora de las Mercedes", fixed(sep, 24)),
		holiday("constitution_day", "Día de la Constitución", moved(fixed(nov, 6), dominicanConstitution)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de las Madres", nth(-1, sun, may)).cite(srcMamasLatinas),
		commercial("fathers_day", "Día de los Padres", nth(-1, sun, jul)).cite(srcWhenIsFathers),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Puerto Rico: the U.S. federal holidays (taken on Friday or Monday when
// they fall on a weekend) plus the island's own.
func puertoRico() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)).observedOn(usObserved),
		holiday("epiphany", "Día de Reyes", fixed(jan, 6)),
		holiday("mlk_day", "Natalicio de Martin Luther King Jr.", nth(3, mon, jan)),
		holiday("presidents_day", "Día de los Presidentes", nth(3, mon, feb)),
		holiday("emancipation_day", "Día de la Abolición de la Esclavitud", fixed(mar, 22)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("memorial_day", "Día de la Recordación", nth(-1, mon, may)),
		holiday("us_independence_day", "Día de la Independencia de los Estados Unidos", fixed(jul, 4)).observedOn(usObserved),
		holiday("constitution_day", "Día de la Constitución de Puerto Rico", fixed(jul, 25)),
		holiday("labour_day", "Día del Trabajo", nth(1, mon, sep)),
		holiday("columbus_day", "Día de la Raza", nth(2, mon, oct)),
		holiday("veterans_day", "Día del Veterano", fixed(nov, 11)).observedOn(usObserved),
		holiday("discovery_day", "Día del Descubrimiento de Puerto Rico", fixed(nov, 19)),
		holiday("thanksgiving", "Día de Acción de Gracias", thanksgiving()),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells().observedOn(usObserved),

		commercial("valentines_day", "Día de San Valentín", fixed(feb, 14)),
		commercial("mothers_day", "Día de las Madres", nth(2, sun, may)),
		commercial("fathers_day", "Día de los Padres", nth(3, sun, jun)),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMonday),
	}
}
