package calendar

// Chile: Ley 2.977 and its amendments; Ley 19.668 and 20.299 move some
// holidays, Ley 19.973/20.983 add September 17 and 20 around the national
// days, Ley 21.357 makes the winter solstice a holiday.
func chile() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("holy_saturday", "Sábado Santo", easter(-1)),
		holiday("labour_day", "Día Nacional del Trabajo", fixed(may, 1)),
		holiday("navy_day", "Día de las Glorias Navales", fixed(may, 21)),
		// The solstice in Chile's winter time (UTC-4).
		holiday("indigenous_peoples_day", "Día Nacional de los Pueblos Indígenas", juneSolstice(-4)).from(2022),
		holiday("saints_peter_and_paul", "San Pedro y San Pablo", moved(fixed(jun, 29), chileMonday)),
		holiday("virgin_of_carmen", "Día de la Virgen del Carmen", fixed(jul, 16)),
		holiday("assumption", "Asunción de la Virgen", fixed(aug, 15)),
		holiday("national_holiday_eve", "Feriado adicional de Fiestas Patrias", onlyOn(fixed(sep, 17), mon, fri)),
		holiday("independence_day", "Independencia Nacional", fixed(sep, 18)),
		holiday("army_day", "Día de las Glorias del Ejército", fixed(sep, 19)),
		holiday("national_holiday_after", "Feriado adicional de Fiestas Patrias", onlyOn(fixed(sep, 20), fri)),
		holiday("two_worlds_day", "Encuentro de Dos Mundos", moved(fixed(oct, 12), chileMonday)),
		holiday("evangelical_churches_day", "Día Nacional de las Iglesias Evangélicas y Protestantes", moved(fixed(oct, 31), chileEvangelical)),
		holiday("all_saints", "Día de Todos los Santos", fixed(nov, 1)),
		holiday("immaculate_conception", "Inmaculada Concepción", fixed(dec, 8)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcMercopress),
		// Cámara de Comercio de Santiago: three days from early June (2025: June 2-4) ...
		commercial("cyberday", "CyberDay", nth(1, mon, jun)).lasting(3).estimate().cite(srcCyberDayCL),
		// ... and a second edition in early October (2025: October 6-8).
		commercial("cyberday_october", "CyberDay", nth(1, mon, oct)).lasting(3).estimate().cite(srcCyberDayCL),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcAkaqaFathers),
		commercial("childrens_day", "Día del Niño", nth(2, sun, aug)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Argentina: Ley 27.399. Güemes, San Martín, October 12 and November 20 are
// "trasladables" (nearestMonday); the bridge days the government adds each
// year by decree are not predictable and not listed.
func argentina() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("carnival_monday", "Lunes de Carnaval", easter(-48)),
		holiday("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		holiday("memory_day", "Día Nacional de la Memoria por la Verdad y la Justicia", fixed(mar, 24)),
		holiday("malvinas", "Día del Veterano y de los Caídos en la Guerra de Malvinas", fixed(apr, 2)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajador", fixed(may, 1)),
		holiday("may_revolution", "Día de la Revolución de Mayo", fixed(may, 25)),
		holiday("guemes", "Paso a la Inmortalidad del General Martín Miguel de Güemes", moved(fixed(jun, 17), nearestMonday)),
		holiday("flag_day", "Paso a la Inmortalidad del General Manuel Belgrano (Día de la Bandera)", fixed(jun, 20)),
		holiday("independence_day", "Día de la Independencia", fixed(jul, 9)),
		holiday("san_martin", "Paso a la Inmortalidad del General José de San Martín", moved(fixed(aug, 17), nearestMonday)),
		holiday("diversity_day", "Día del Respeto a la Diversidad Cultural", moved(fixed(oct, 12), nearestMonday)),
		holiday("sovereignty_day", "Día de la Soberanía Nacional", moved(fixed(nov, 20), nearestMonday)),
		holiday("immaculate_conception", "Inmaculada Concepción de María", fixed(dec, 8)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		observance("holy_thursday", "Jueves Santo (día no laborable)", easter(-3)),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		// CACE's Hot Sale: three days in the second week of May (2025: May 12-14).
		commercial("hot_sale", "Hot Sale", nth(2, mon, may)).lasting(3).estimate().cite(srcHotSaleAR),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcWhenIsFathers),
		commercial("friends_day", "Día del Amigo", fixed(jul, 20)),
		commercial("childrens_day", "Día de las Infancias", nth(3, sun, aug)).cite(srcChildrensDay),
		commercial("mothers_day", "Día de la Madre", nth(3, sun, oct)).cite(srcHistorydraft),
		// CACE's CyberMonday: Monday to Wednesday, early November.
		commercial("cyber_monday", "CyberMonday", nth(1, mon, nov)).lasting(3).estimate().cite(srcCyberMondayAR),
	}
}

// Uruguay: the five paid holidays of Ley 12.590 and later laws; the other
// "feriados laborables" are observances, three of them moved by Ley 16.805.
func uruguay() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("labour_day", "Día de los Trabajadores", fixed(may, 1)),
		holiday("constitution_day", "Jura de la Constitución", fixed(jul, 18)),
		holiday("independence_day", "Declaratoria de la Independencia", fixed(aug, 25)),
		holiday("christmas", "Navidad (Día de la Familia)", fixed(dec, 25)).sells(),

		observance("epiphany", "Día de Reyes", fixed(jan, 6)),
		observance("carnival_monday", "Lunes de Carnaval", easter(-48)),
		observance("carnival_tuesday", "Martes de Carnaval", easter(-47)),
		observance("tourism_week", "Semana de Turismo", easter(-6)).lasting(5),
		observance("landing_of_the_33", "Desembarco de los Treinta y Tres Orientales", moved(fixed(apr, 19), nearestMonday)),
		observance("las_piedras", "Batalla de Las Piedras", moved(fixed(may, 18), nearestMonday)),
		observance("artigas_birthday", "Natalicio de Artigas", fixed(jun, 19)),
		observance("diversity_day", "Día de la Diversidad Cultural", moved(fixed(oct, 12), nearestMonday)),
		observance("all_souls", "Día de los Difuntos", fixed(nov, 2)),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", nth(2, sun, may)).cite(srcMercopress),
		commercial("fathers_day", "Día del Padre", nth(2, sun, jul)).cite(srcAkaqaFathers),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Paraguay: Ley 7544 (2025) lists the holidays and adds June 20. The
// "móviles" (March 1, June 12, June 20, September 29, ...) may be moved to a
// Monday by yearly decree, and the executive may add up to three more days;
// neither is predictable, so the legal dates are listed.
func paraguay() []rule {
	return []rule{
		holiday("new_year", "Año Nuevo", fixed(jan, 1)),
		holiday("heroes_day", "Día de los Héroes", fixed(mar, 1)),
		holiday("holy_thursday", "Jueves Santo", easter(-3)),
		holiday("good_friday", "Viernes Santo", easter(-2)),
		holiday("labour_day", "Día del Trabajador", fixed(may, 1)),
		holiday("independence_day", "Día de la Independencia", fixed(may, 14)),
		holiday("independence_day_2", "Día de la Independencia", fixed(may, 15)),
		holiday("chaco_peace", "Paz del Chaco", fixed(jun, 12)),
		holiday("constitution_day", "Jura de la Constitución Nacional", fixed(jun, 20)).from(2026).cite(srcParaguayLaw7544),
		holiday("asuncion_foundation", "Fundación de Asunción", fixed(aug, 15)),
		holiday("boqueron", "Victoria de Boquerón", fixed(sep, 29)),
		holiday("caacupe", "Día de la Virgen de Caacupé", fixed(dec, 8)),
		holiday("christmas", "Navidad", fixed(dec, 25)).sells(),

		commercial("valentines_day", "Día de los Enamorados", fixed(feb, 14)).cite(srcValentines),
		commercial("mothers_day", "Día de la Madre", fixed(may, 15)).cite(srcMamasLatinas),
		commercial("fathers_day", "Día del Padre", nth(3, sun, jun)).cite(srcPersonalPY),
		commercial("childrens_day", "Día del Niño", fixed(aug, 16)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFriday),
	}
}

// Brazil: Lei 662/1949, 6.802/1980, 9.093/1995 (Good Friday) and 14.759/2023
// (Consciência Negra). Carnival and Corpus Christi are optional days
// ("ponto facultativo").
func brazil() []rule {
	return []rule{
		holiday("new_year", "Confraternização Universal", fixed(jan, 1)),
		holiday("good_friday", "Sexta-feira Santa", easter(-2)),
		holiday("tiradentes", "Tiradentes", fixed(apr, 21)),
		holiday("labour_day", "Dia do Trabalho", fixed(may, 1)),
		holiday("independence_day", "Independência do Brasil", fixed(sep, 7)),
		holiday("aparecida", "Nossa Senhora Aparecida", fixed(oct, 12)),
		holiday("all_souls", "Finados", fixed(nov, 2)),
		holiday("republic_day", "Proclamação da República", fixed(nov, 15)),
		holiday("black_consciousness_day", "Dia Nacional de Zumbi e da Consciência Negra", fixed(nov, 20)).from(2024),
		holiday("christmas", "Natal", fixed(dec, 25)).sells(),

		observance("carnival_monday", "Segunda-feira de Carnaval", easter(-48)),
		observance("carnival_tuesday", "Terça-feira de Carnaval", easter(-47)),
		observance("ash_wednesday", "Quarta-feira de Cinzas (até as 14h)", easter(-46)),
		observance("corpus_christi", "Corpus Christi", easter(60)),

		commercial("consumer_day", "Dia do Consumidor", fixed(mar, 15)),
		commercial("mothers_day", "Dia das Mães", nth(2, sun, may)),
		commercial("valentines_day", "Dia dos Namorados", fixed(jun, 12)),
		commercial("fathers_day", "Dia dos Pais", nth(2, sun, aug)),
		commercial("childrens_day", "Dia das Crianças", fixed(oct, 12)).cite(srcChildrensDay),
		commercial("black_friday", "Black Friday", blackFriday()).cite(srcBlackFridayBR),
		commercial("cyber_monday", "Cyber Monday", cyberMonday()).cite(srcCyberMonday),
	}
}
