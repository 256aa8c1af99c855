package calendar

// Colombia: Ley 51 de 1983 (Ley Emiliani) moves the religious and some
// civic holidays to the next Monday, the Easter-relative ones included.
func colombia() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("epiphany", "Día de los Reyes Magos", moved(fixed(jan, 6), nextMonday)),
		holiday("saint_joseph", "Día de San José", moved(fixed(mar, 19), nextMonday)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("ascension", "Ascensión del Señor", easter(43)),
		holiday("corpus_christi", "Corpus Christi", easter(64)),
		holiday("sacred_heart", "Sagrado Corazón de Jesús", easter(71)),
		holiday("saints_peter_and_paul", "San Pedro y San Pablo", moved(fixed(jun, 29), nextMonday)),
		holiday("independence_day", "Día de la Independencia", fixed(jul, 20)),
		holiday("boyaca", "Batalla de Boyacá", fixed(aug, 7)),
		holiday("assumption", "Asunción de la Virgen", moved(fixed(aug, 15), nextMonday)),
		holiday("diversity_day", "Día de la Diversidad Étnica y Cultural", moved(fixed(oct, 12), nextMonday)),
		holiday("all_saints", "Día de Todos los Santos", moved(fixed(nov, 1), nextMonday)),
		holiday("cartagena_independence", "Independencia de Cartagena", moved(fixed(nov, 11), nextMonday)),
		holiday("immaculate_conception", "Inmaculada Concepción", fixed(dec, 8)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("childrens_day", "Día del Niño", nth(-1, sat, apr)).cite(srcChildrensDay),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcMercopress),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("valentines_day", "Día del Amor y la Amistad", nth(3, sat, sep)).cite(srcValentines),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Venezuela: Ley Orgánica del Trabajo (LOTTT), art. 184.
func venezuela() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("carnival_monday", "Lunes de Carnaval", easter(-48)),
		holiday("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("independence_declaration", "Declaración de la Independencia", fixed(apr, 19)),
		holiday("labour_day", "Día del Trabajador", fixed(may, 1)),
		holiday("carabobo", "Batalla de Carabobo", fixed(jun, 24)),
		holiday("independence_day", "Día de la Independencia", fixed(jul, 5)),
		holiday("bolivar_birthday", "Natalicio del Libertador Simón Bolívar", fixed(jul, 24)),
		holiday("indigenous_resistance", "Día de la Resistencia Indígena", fixed(oct, 12)),
		holiday("christmas_eve", "Nochebuena", fixed(dec, 24)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),
		holiday("new_years_eve", "Fin de Año", fixed(dec, 31)),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de las Madres", nth(2, sun, may)).cite(srcMercopress),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("childrens_day", "Día del Niño", nth(3, sun, jul)).cite(srcChildrensDay),
	}
}

// Ecuador: Código del Trabajo and LOSEP as reformed in 2016 (Ley de
// Feriados): holidays move to Monday or Friday; New Year, Good Friday and
// Christmas only leave the weekend (2021: Christmas on Saturday was taken on
// Friday 24). The government may still reshuffle days by decree.
func ecuador() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)).observedOn(usObserved),
		holiday("carnival_monday", "Lunes de Carnaval", easter(-48)),
		holiday("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", moved(fixed(may, 1), ecuadorMove)),
		holiday("pichincha", "Batalla de Pichincha", moved(fixed(may, 24), ecuadorMove)),
		holiday("independence_day", "Primer Grito de Independencia", moved(fixed(aug, 10), ecuadorMove)),
		holiday("guayaquil_independence", "Independencia de Guayaquil", moved(fixed(oct, 9), ecuadorMove)),
		holiday("all_souls", "Día de los Difuntos", moved(fixed(nov, 2), ecuadorAllSouls)).cite(srcEcuadorNovember),
		holiday("cuenca_independence", "Independencia de Cuenca", moved(fixed(nov, 3), ecuadorCuenca)).cite(srcEcuadorNovember),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells().observedOn(usObserved),

		commercial("valentines_day", "Día del Amor y la Amistad", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcMercopress),
		commercial("childrens_day", "Día del Niño", fixed(jun, 1)).cite(srcChildrensDay),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Peru: Decreto Legislativo 713 and the laws that added June 7 (Ley 31788),
// July 23 (Ley 31822), August 6 and December 9 (Ley 31530).
func peru() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)),
		holiday("arica_flag_day", "Batalla de Arica y Día de la Bandera", fixed(jun, 7)).from(2024),
		holiday("saints_peter_and_paul", "San Pedro y San Pablo", fixed(jun, 29)),
		holiday("air_force_day", "Día de la Fuerza Aérea del Perú", fixed(jul, 23)).from(2023),
		holiday("independence_day", "Fiestas Patrias (Independencia)", fixed(jul, 28)),
		holiday("independence_day_2", "Fiestas Patrias (Día de la Gran Parada Militar)", fixed(jul, 29)),
		holiday("junin", "Batalla de Junín", fixed(aug, 6)).from(2022),
		holiday("santa_rosa", "Santa Rosa de Lima", fixed(aug, 30)),
		holiday("angamos", "Combate de Angamos", fixed(oct, 8)),
		holiday("all_saints", "Día de Todos los Santos", fixed(nov, 1)),
		holiday("immaculate_conception", "Inmaculada Concepción", fixed(dec, 8)),
		holiday("ayacucho", "Batalla de Ayacucho", fixed(dec, 9)).from(2022),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día de San Valentín", fixed(feb, 14)).cite(srcValentines),
		// Ley 27666: Día del Niño Peruano, second Sunday of April.
		commercial("childrens_day", "Día del Niño Peruano", nth(2, sun, apr)).cite(srcChildrensDay),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcMercopress),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFridayPE),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMonday),
	}
}

// Bolivia: Decreto Supremo 1210 (2012) and later decrees; a holiday on
// Sunday is taken on Monday.
func bolivia() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)).observedOn(sundayToMonday),
		holiday("plurinational_state_day", "Día del Estado Plurinacional", fixed(jan, 22)).observedOn(sundayToMonday),
		holiday("carnival_monday", "Lunes de Carnaval", easter(-48)),
		holiday("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajo", fixed(may, 1)).observedOn(sundayToMonday),
		holiday("corpus_christi", "Corpus Christi", easter(60)),
		holiday("andean_new_year", "Año Nuevo Andino Amazónico Chaqueño", fixed(jun, 21)).observedOn(sundayToMonday),
		holiday("independence_day", "Día de la Independencia", fixed(aug, 6)).observedOn(sundayToMonday),
		holiday("all_souls", "Día de Todos los Difuntos", fixed(nov, 2)).observedOn(sundayToMonday),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells().observedOn(sundayToMonday),

		commercial("valentines_day", "Día de San Valentín", fixed(feb, 14)).cite(srcValentines),
		commercial("fathers_day", "Día del Padre", fixed(mar, 19)),
		commercial("childrens_day", "Día del Niño", fixed(apr, 12)),
		commercial("mothers_day", "Día de la Madre", fixed(may, 27)).cite(srcMamasLatinas),
	}
}
