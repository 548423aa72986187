using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text;

/// <summary>
/// Communiqués written for these tests from how foreign and interior ministries, embassies and regional fora write them
/// (none taken from the seeds, the development set or any page), read without a catalog, each with what a careful
/// annotator following the development set's conventions would write down: every date with its value, every person
/// with the position written next to the name and the state the text makes clear, every meeting held or announced.
/// Each text is checked by part (dates, people, meetings and their places, bodies), so a miss in one part names itself.
/// </summary>
public sealed class UnseenGenreTextTests
{
    private sealed record Case(
        string Title,
        Language Language,
        string Text,
        string[] Dates,
        string[] People,
        string[] Meetings,
        string[]? Places = null,
        string[]? Institutions = null);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["01"] = new(
            "SRE: a working meeting today, a past numbered meeting and the next one in June",
            Language.Spanish,
            "Ciudad de México, 3 de marzo de 2025.\n" +
            "\n" +
            "La secretaria de Relaciones Exteriores, Alicia Bárcena Ibarra, sostuvo hoy una reunión de trabajo con su homólogo " +
            "guatemalteco, Carlos Ramiro Martínez, en la sede de la Cancillería. Ambos cancilleres revisaron los acuerdos alcanzados " +
            "en la I Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala, celebrada en la Ciudad de Guatemala el " +
            "14 de noviembre de 2024, y acordaron que la II Reunión se llevará a cabo en Tapachula, Chiapas, en junio.",
            Dates: ["3 de marzo de 2025=2025-03-03", "hoy=2025-03-03", "14 de noviembre de 2024=2024-11-14", "junio=2025-06"],
            People: ["Alicia Bárcena Ibarra | secretaria de Relaciones Exteriores | -", "Carlos Ramiro Martínez | homólogo guatemalteco | GT"],
            Meetings: ["held 2025-03-03 GT,MX", "held 2024-11-14 GT,MX", "planned 2025-06 GT,MX"],
            Places: ["-", "Ciudad de Guatemala", "Tapachula"]),
        ["02"] = new(
            "State Department readout: a meeting on a date without a year and the next one in April",
            Language.English,
            "Office of the Spokesperson\n" +
            "February 11, 2025\n" +
            "\n" +
            "Deputy Secretary of State Christopher Landau met with Panamanian Foreign Minister Javier Martínez-Acha in Panama " +
            "City on February 10. They discussed irregular migration through the Darién and cooperation on repatriation flights. " +
            "The two also reviewed preparations for the next meeting of the U.S.-Panama Security Dialogue, to be held in Washington " +
            "in April.",
            Dates: ["February 11, 2025=2025-02-11", "February 10=2025-02-10", "April=2025-04"],
            People: ["Christopher Landau | Deputy Secretary of State | -", "Javier Martínez-Acha | Panamanian Foreign Minister | PA"],
            Meetings: ["held 2025-02-10 PA,US", "planned 2025-04 PA,US"],
            Places: ["Panama City", "Washington"]),
        ["03"] = new(
            "MINEX: a year-crossing visit and a delegation of three in a semicolon list",
            Language.Spanish,
            "Guatemala, 5 de enero de 2026.\n" +
            "\n" +
            "El Ministerio de Relaciones Exteriores (MINEX) informa que del 29 de diciembre al 2 de enero una delegación técnica " +
            "guatemalteca visitó la Ciudad de México para dar seguimiento a los compromisos en materia de movilidad laboral. " +
            "La delegación estuvo integrada por la viceministra de Relaciones Exteriores, Ana Isabel Carrillo Fabián; el director " +
            "general del Instituto Guatemalteco de Migración (IGM), Danilo Rivera; y la cónsul general de Guatemala en México, " +
            "Lucrecia Aguilar.",
            Dates: ["5 de enero de 2026=2026-01-05", "del 29 de diciembre al 2 de enero=2025-12-29/2026-01-02"],
            People: ["Ana Isabel Carrillo Fabián | viceministra de Relaciones Exteriores | GT", "Danilo Rivera | director general del Instituto Guatemalteco de Migración (IGM) | GT", "Lucrecia Aguilar | cónsul general de Guatemala en México | GT"],
            Meetings: ["held 2025-12-29/2026-01-02 GT,MX"],
            Institutions: ["Ministerio de Relaciones Exteriores", "MINEX", "Instituto Guatemalteco de Migración", "IGM"]),
        ["04"] = new(
            "SSPC: a weekday and a clock time before a future verb, and officials named by title alone",
            Language.Spanish,
            "Ciudad de México, 24 de febrero de 2025\n" +
            "\n" +
            "La Secretaría de Seguridad y Protección Ciudadana (SSPC) informa que este jueves, a las 11:00 horas, su titular, " +
            "Omar García Harfuch, y la secretaria de Seguridad Nacional de Estados Unidos, Kristi Noem, encabezarán en Washington " +
            "la primera sesión del Grupo de Implementación de Seguridad México-Estados Unidos. Por México asistirán también " +
            "la canciller Alicia Bárcena y el fiscal general Alejandro Gertz Manero.",
            Dates: ["24 de febrero de 2025=2025-02-24", "este jueves=2025-02-27"],
            People: ["Omar García Harfuch | titular | -", "Kristi Noem | secretaria de Seguridad Nacional de Estados Unidos | US", "Alicia Bárcena | canciller | MX", "Alejandro Gertz Manero | fiscal general | MX"],
            Meetings: ["planned 2025-02-27 MX,US"],
            Places: ["Washington"]),
        ["05"] = new(
            "DHS: a middle initial, agencies with U.S. in their names and acronyms, an undated next session",
            Language.English,
            "WASHINGTON, July 17, 2024 — Secretary of Homeland Security Alejandro N. Mayorkas met today with Guatemalan Minister " +
            "of Government Francisco Jiménez to review joint efforts against human smuggling. Officials from U.S. Customs and " +
            "Border Protection (CBP) and U.S. Immigration and Customs Enforcement (ICE) joined the meeting. The two countries " +
            "agreed to convene the next session of their Bilateral Security Dialogue in Guatemala City in the fall.",
            Dates: ["July 17, 2024=2024-07-17", "today=2024-07-17"],
            People: ["Alejandro N. Mayorkas | Secretary of Homeland Security | -", "Francisco Jiménez | Guatemalan Minister of Government | GT"],
            Meetings: ["held 2024-07-17 GT,US", "planned null GT,US"],
            Institutions: ["U.S. Customs and Border Protection", "CBP", "U.S. Immigration and Customs Enforcement", "ICE"]),
        ["06"] = new(
            "SRECI: a regional conference whose participants are listed in the next sentence",
            Language.Spanish,
            "Tegucigalpa, 18 de junio de 2025.\n" +
            "\n" +
            "La Secretaría de Relaciones Exteriores y Cooperación Internacional (SRECI) participó en la XXX Reunión Viceministerial " +
            "de la Conferencia Regional sobre Migración (CRM), celebrada los días 16 y 17 de junio en la Ciudad de Panamá. " +
            "Asistieron delegaciones de Belice, Canadá, Costa Rica, El Salvador, Estados Unidos, Guatemala, Honduras, México, " +
            "Nicaragua, Panamá y República Dominicana. La delegación hondureña fue presidida por el vicecanciller Antonio García.",
            Dates: ["18 de junio de 2025=2025-06-18", "los días 16 y 17 de junio=2025-06-16/2025-06-17"],
            People: ["Antonio García | vicecanciller | HN"],
            Meetings: ["held 2025-06-16/2025-06-17 BZ,CA,CR,DO,GT,HN,MX,NI,PA,SV,US"],
            Places: ["Ciudad de Panamá"]),
        ["07"] = new(
            "Global Affairs Canada: last week, a position with commas, an ambassador, the next meeting",
            Language.English,
            "Ottawa, Ontario, May 12, 2025 — Global Affairs Canada\n" +
            "\n" +
            "Last week, officials from Canada and Mexico met in Ottawa for the ninth meeting of the Canada-Mexico High-Level " +
            "Dialogue on Human Mobility. The Canadian delegation was led by Deputy Minister of Immigration, Refugees and Citizenship " +
            "Harpreet Kochhar; the Mexican delegation was headed by Ambassador Carlos Joaquín González. The two countries will " +
            "hold the tenth meeting in Mexico City in November.",
            Dates: ["May 12, 2025=2025-05-12", "Last week=2025-05-05/2025-05-09", "November=2025-11"],
            People: ["Harpreet Kochhar | Deputy Minister of Immigration, Refugees and Citizenship | CA", "Carlos Joaquín González | Ambassador | MX"],
            Meetings: ["held 2025-05-05/2025-05-09 CA,MX", "planned 2025-11 CA,MX"],
            Places: ["Ottawa", "Mexico City"]),
        ["08"] = new(
            "Costa Rica: surnames that are title words, yesterday, and a range in the coming year",
            Language.Spanish,
            "San José, 7 de octubre de 2025.\n" +
            "\n" +
            "El Ministerio de Seguridad Pública de Costa Rica y la Embajada de México en Costa Rica celebraron ayer la III " +
            "Reunión del Comité Técnico Binacional de Seguridad Fronteriza. Participaron el ministro de Seguridad Pública, " +
            "Mario Zamora Cordero; la embajadora de México, María Elena Alcalde; y el director de la Policía de Fronteras, " +
            "Juan Carlos Coronel. La próxima reunión se realizará del 2 al 4 de marzo en la Ciudad de México.",
            Dates: ["7 de octubre de 2025=2025-10-07", "ayer=2025-10-06", "del 2 al 4 de marzo=2026-03-02/2026-03-04"],
            People: ["Mario Zamora Cordero | ministro de Seguridad Pública | -", "María Elena Alcalde | embajadora de México | MX", "Juan Carlos Coronel | director de la Policía de Fronteras | -"],
            Meetings: ["held 2025-10-06 CR,MX", "planned 2026-03-02/2026-03-04 CR,MX"]),
        ["09"] = new(
            "White House readout: this morning at a clock time, a minister of a state, a planned date without a year",
            Language.English,
            "The White House\n" +
            "March 4, 2025\n" +
            "\n" +
            "U.S. National Security Advisor Michael Waltz met this morning at 10:30 a.m. with Foreign Minister Alexandra Hill " +
            "Tinoco of El Salvador. The two discussed cooperation on deportation flights and the fight against transnational " +
            "gangs. They agreed to meet again on March 18 in San Salvador.",
            Dates: ["March 4, 2025=2025-03-04", "this morning=2025-03-04", "March 18=2025-03-18"],
            People: ["Michael Waltz | U.S. National Security Advisor | US", "Alexandra Hill Tinoco | Foreign Minister | SV"],
            Meetings: ["held 2025-03-04 SV,US", "planned 2025-03-18 SV,US"]),
        ["10"] = new(
            "Panamá: a past weekday with its date, \"ambos países\" and an agreement to meet again",
            Language.Spanish,
            "Ciudad de Panamá, 12 de septiembre de 2024.\n" +
            "\n" +
            "El Servicio Nacional de Migración (SNM) de Panamá y el Instituto Nacional de Migración (INM) de México sostuvieron " +
            "el pasado martes 10 de septiembre la primera reunión técnica del Mecanismo de Consultas Migratorias Panamá-México. " +
            "Ambos países acordaron intercambiar información sobre flujos migratorios en la región del Darién y reunirse nuevamente " +
            "en octubre.",
            Dates: ["12 de septiembre de 2024=2024-09-12", "el pasado martes 10 de septiembre=2024-09-10", "octubre=2024-10"],
            People: [],
            Meetings: ["held 2024-09-10 MX,PA", "planned 2024-10 MX,PA"]),
        ["11"] = new(
            "Colombia: la canciller and su homóloga, a weekday before the dateline, a venue",
            Language.Spanish,
            "Bogotá, 20 de abril de 2025.\n" +
            "\n" +
            "La canciller de Colombia, Laura Sarabia, y su homóloga ecuatoriana, Gabriela Sommerfeld, presidieron este viernes " +
            "en Quito la XII Reunión de la Comisión de Vecindad Colombia-Ecuador. En el encuentro, las delegaciones de ambos " +
            "países revisaron la agenda de seguridad fronteriza y migración, con la participación de la Policía Nacional de " +
            "Colombia y del Ministerio del Interior del Ecuador.",
            Dates: ["20 de abril de 2025=2025-04-20", "este viernes=2025-04-18"],
            People: ["Laura Sarabia | canciller de Colombia | CO", "Gabriela Sommerfeld | homóloga ecuatoriana | EC"],
            Meetings: ["held 2025-04-18 CO,EC"],
            Places: ["Quito"]),
        ["12"] = new(
            "Spain: a minister meets his counterpart abroad, a compound demonym in the next meeting's group",
            Language.Spanish,
            "Madrid, 15 de julio de 2025.\n" +
            "\n" +
            "El ministro del Interior, Fernando Grande-Marlaska, se reunió hoy en Rabat con su homólogo marroquí, Abdelouafi " +
            "Laftit, para repasar la cooperación en materia de migración irregular. Ambos ministros acordaron celebrar la próxima " +
            "reunión del Grupo Permanente Hispano-Marroquí sobre Migración en Madrid en febrero de 2026.",
            Dates: ["15 de julio de 2025=2025-07-15", "hoy=2025-07-15", "febrero de 2026=2026-02"],
            People: ["Fernando Grande-Marlaska | ministro del Interior | -", "Abdelouafi Laftit | homólogo marroquí | MA"],
            Meetings: ["held 2025-07-15 ES,MA", "planned 2026-02 ES,MA"]),
        ["13"] = new(
            "Mexico City: co-chairs, a weekday with its date and a clock time, a semicolon list of bodies",
            Language.English,
            "MEXICO CITY, Nov. 20, 2024 — U.S. Ambassador to Mexico Ken Salazar and Mexican Undersecretary for North America " +
            "Roberto Velasco Álvarez co-chaired on Tuesday, Nov. 19, at 9:00 a.m. the fourth meeting of the Bilateral Working " +
            "Group on Migration (BWGM). Participants included officials from the Department of State; the Department of Homeland " +
            "Security (DHS); the National Migration Institute (INM); and the Ministry of the Interior (SEGOB).",
            Dates: ["Nov. 20, 2024=2024-11-20", "Tuesday, Nov. 19=2024-11-19"],
            People: ["Ken Salazar | U.S. Ambassador to Mexico | US", "Roberto Velasco Álvarez | Mexican Undersecretary for North America | MX"],
            Meetings: ["held 2024-11-19 MX,US"],
            Institutions: ["Department of State", "Department of Homeland Security", "DHS", "National Migration Institute", "INM", "Ministry of the Interior", "SEGOB"]),
        ["14"] = new(
            "SRE: the meeting noun far after its date, officials named per side",
            Language.Spanish,
            "Ciudad de México, 2 de diciembre de 2024.\n" +
            "\n" +
            "La Secretaría de Relaciones Exteriores (SRE) informa que los días 28 y 29 de noviembre se celebró en Belmopán, " +
            "con la participación de funcionarios de migración, seguridad y aduanas de los dos gobiernos y representantes de " +
            "organismos internacionales, la VI Reunión de la Comisión Binacional México-Belice. Por la parte beliceña asistió " +
            "el ministro de Relaciones Exteriores, Francis Fonseca; por México, la subsecretaria para América Latina y el Caribe, " +
            "María Teresa Mercado.",
            Dates: ["2 de diciembre de 2024=2024-12-02", "los días 28 y 29 de noviembre=2024-11-28/2024-11-29"],
            People: ["Francis Fonseca | ministro de Relaciones Exteriores | BZ", "María Teresa Mercado | subsecretaria para América Latina y el Caribe | MX"],
            Meetings: ["held 2024-11-28/2024-11-29 BZ,MX"],
            Places: ["Belmopán"]),
        ["15"] = new(
            "Segob: a clock time set off by commas after the verb, women's titles, a semicolon list, meeting again undated",
            Language.Spanish,
            "Ciudad de México, 9 de enero de 2026.\n" +
            "\n" +
            "La Secretaría de Gobernación (Segob) informa que la secretaria de Gobernación, Rosa María Valdés Treviño, se reunió esta " +
            "mañana, a las 9:30 a.m., con la viceministra de Seguridad Pública de Costa Rica, Karla Umaña Solís. Ambas funcionarias " +
            "acordaron reunirse nuevamente en San José. Asistieron el comisionado del Instituto Nacional de Migración (INM), Sergio " +
            "Salomón Céspedes; la titular de la Unidad de Política Migratoria, Lidia Fernández Ruiz; y el Lic. Tomás Ibarra, director " +
            "general de Asuntos Internacionales.",
            Dates: ["9 de enero de 2026=2026-01-09", "esta mañana=2026-01-09"],
            People: ["Rosa María Valdés Treviño | secretaria de Gobernación | -", "Karla Umaña Solís | viceministra de Seguridad Pública de Costa Rica | CR", "Sergio Salomón Céspedes | comisionado del Instituto Nacional de Migración (INM) | MX", "Lidia Fernández Ruiz | titular de la Unidad de Política Migratoria | -", "Tomás Ibarra | director general de Asuntos Internacionales | -"],
            Meetings: ["held 2026-01-09 CR,MX", "planned null CR,MX"],
            Places: ["-", "San José"],
            Institutions: ["Secretaría de Gobernación", "Segob", "Instituto Nacional de Migración", "INM", "Unidad de Política Migratoria"]),
        ["16"] = new(
            "U.S. Embassy: last week's numbered meeting of a group with a hyphenated pair, delegations led by, the next in January",
            Language.English,
            "U.S. Embassy in Guatemala\n" +
            "Guatemala City, October 14, 2025\n" +
            "\n" +
            "Last week, officials from the United States and Guatemala held the second meeting of the U.S.-Guatemala Border Security " +
            "Working Group in Quetzaltenango. The U.S. delegation was led by Deputy Assistant Secretary Laura Whitfield; the Guatemalan " +
            "delegation was headed by Vice Minister of Government Julio Ortiz. The third meeting will take place in Washington in January.",
            Dates: ["October 14, 2025=2025-10-14", "Last week=2025-10-06/2025-10-10", "January=2026-01"],
            People: ["Laura Whitfield | Deputy Assistant Secretary | US", "Julio Ortiz | Vice Minister of Government | GT"],
            Meetings: ["held 2025-10-06/2025-10-10 GT,US", "planned 2026-01 GT,US"],
            Places: ["Quetzaltenango", "Washington"],
            Institutions: ["U.S. Embassy in Guatemala"]),
        ["17"] = new(
            "Honduras: a year-crossing plan opening the sentence, sides by demonyms, a historical date",
            Language.Spanish,
            "Tegucigalpa, 3 de diciembre de 2025.\n" +
            "\n" +
            "Del 28 de diciembre al 3 de enero se realizará en San Pedro Sula la IV Reunión de la Comisión Binacional Honduras-Guatemala, " +
            "informó la Secretaría de Seguridad. La delegación hondureña estará presidida por el ministro de Seguridad, Gerzon Velásquez, " +
            "y la guatemalteca por la ministra de Gobernación, Ana Lucía Mérida. El 15 de septiembre de 1821, recordó el ministro, ambos " +
            "países proclamaron su independencia.",
            Dates: ["3 de diciembre de 2025=2025-12-03", "Del 28 de diciembre al 3 de enero=2025-12-28/2026-01-03", "15 de septiembre de 1821=1821-09-15"],
            People: ["Gerzon Velásquez | ministro de Seguridad | HN", "Ana Lucía Mérida | ministra de Gobernación | GT"],
            Meetings: ["planned 2025-12-28/2026-01-03 GT,HN"],
            Places: ["San Pedro Sula"]),
        ["18"] = new(
            "A news agency: officials by title only, yesterday abroad, joined demonyms, a compound demonym in the next meeting's group",
            Language.Spanish,
            "MADRID, 20 de mayo de 2025 (EFE).- El ministro del Interior de España y su homóloga mauritana se reunieron ayer en Nuakchot " +
            "para revisar la cooperación frente a la migración irregular, según fuentes del Ministerio del Interior. Funcionarios " +
            "españoles y mauritanos celebrarán la próxima reunión del Grupo Mixto Hispano-Mauritano sobre Migración en Madrid el 15 de julio.",
            Dates: ["20 de mayo de 2025=2025-05-20", "ayer=2025-05-19", "15 de julio=2025-07-15"],
            People: [],
            Meetings: ["held 2025-05-19 ES,MR", "planned 2025-07-15 ES,MR"],
            Places: ["Nuakchot", "Madrid"],
            Institutions: ["Ministerio del Interior"]),
        ["19"] = new(
            "A wire release: yesterday, delegations by possessives, a title ending in a portfolio before a comma, bodies in a semicolon list",
            Language.English,
            "OTTAWA, Nov. 4, 2025 /CNW/ - Canada and Mexico held the fifth meeting of the Canada-Mexico Security Dialogue yesterday in " +
            "Ottawa. Canada's delegation was led by the Deputy Minister of Public Safety, Tricia Geddes, and Mexico's by the Undersecretary " +
            "for North America, Roberto Velasco Álvarez. Participants included representatives of the Royal Canadian Mounted Police (RCMP); " +
            "the Canada Border Services Agency (CBSA); and Mexico's National Guard. The two delegations agreed to meet again in Mexico City next year.",
            Dates: ["Nov. 4, 2025=2025-11-04", "yesterday=2025-11-03", "next year=2026"],
            People: ["Tricia Geddes | Deputy Minister of Public Safety | CA", "Roberto Velasco Álvarez | Undersecretary for North America | MX"],
            Meetings: ["held 2025-11-03 CA,MX", "planned 2026 CA,MX"],
            Places: ["Ottawa", "Mexico City"],
            Institutions: ["Royal Canadian Mounted Police", "RCMP", "Canada Border Services Agency", "CBSA", "National Guard"]),
        ["20"] = new(
            "El Salvador: honorifics (Mtro., Dra., general), a weekday, a law's date in the meeting's sentence",
            Language.Spanish,
            "San Salvador, 28 de febrero de 2026.\n" +
            "\n" +
            "La canciller Alexandra Hill Tinoco y el embajador de México en El Salvador, Mtro. Ernesto Ríos, sostuvieron este jueves una " +
            "reunión de trabajo en la sede de la Cancillería, a cien años de la Ley de Extranjería promulgada el 12 de marzo de 1926. Por " +
            "la parte mexicana participaron también la cónsul general, Dra. Elena Rubio, y el agregado de la Guardia Nacional, general Mario Solís.",
            Dates: ["28 de febrero de 2026=2026-02-28", "este jueves=2026-02-26", "12 de marzo de 1926=1926-03-12"],
            People: ["Alexandra Hill Tinoco | canciller | -", "Ernesto Ríos | embajador de México en El Salvador | MX", "Elena Rubio | cónsul general | MX", "Mario Solís | agregado de la Guardia Nacional | MX"],
            Meetings: ["held 2026-02-26 MX,SV"],
            Places: ["-"]),
        ["21"] = new(
            "A joint statement: a plural position for two people, joined demonyms with a two-word one, an anniversary's date",
            Language.English,
            "Panama City, June 2, 2025\n" +
            "\n" +
            "Joint statement of the Ministers of Security of Panama and Costa Rica\n" +
            "\n" +
            "The Ministers of Public Security of Panama and Costa Rica, Frank Ábrego and Mario Zamora, met today in Paso Canoas. Panamanian " +
            "and Costa Rican border authorities reviewed joint patrols and agreed to hold the next session of the Binational Border Commission " +
            "in San José on August 18. The ministers also recalled the anniversary of the border treaty of May 1, 1941.",
            Dates: ["June 2, 2025=2025-06-02", "today=2025-06-02", "August 18=2025-08-18", "May 1, 1941=1941-05-01"],
            People: ["Frank Ábrego | Ministers of Public Security of Panama and Costa Rica | PA", "Mario Zamora | Ministers of Public Security of Panama and Costa Rica | CR"],
            Meetings: ["held 2025-06-02 CR,PA", "planned 2025-08-18 CR,PA"],
            Places: ["Paso Canoas", "San José"]),
        ["22"] = new(
            "Ecuador: a past weekday with its date and a place before the meeting, joined demonyms, the next meeting in March",
            Language.Spanish,
            "Quito, 10 de noviembre de 2025.\n" +
            "\n" +
            "El Ministerio de Relaciones Exteriores y Movilidad Humana informa que el viceministro de Movilidad Humana, Juan Carlos Larrea, " +
            "participó el pasado viernes 7 de noviembre en Lima en la III Reunión del Grupo de Trabajo Binacional Ecuador-Perú sobre " +
            "Migración, junto con la viceministra de Relaciones Exteriores del Perú, Rosa Elvira Cárdenas. Los funcionarios peruanos y " +
            "ecuatorianos acordaron que la próxima reunión se realizará en Guayaquil en marzo de 2026.",
            Dates: ["10 de noviembre de 2025=2025-11-10", "el pasado viernes 7 de noviembre=2025-11-07", "marzo de 2026=2026-03"],
            People: ["Juan Carlos Larrea | viceministro de Movilidad Humana | -", "Rosa Elvira Cárdenas | viceministra de Relaciones Exteriores del Perú | PE"],
            Meetings: ["held 2025-11-07 EC,PE", "planned 2026-03 EC,PE"],
            Places: ["Lima", "Guayaquil"],
            Institutions: ["Ministerio de Relaciones Exteriores y Movilidad Humana"]),
        ["23"] = new(
            "DHS: a meeting with two ministers, the refugee agency by its full name, a programme with an acronym",
            Language.English,
            "WASHINGTON, April 9, 2025 - The Secretary of Homeland Security, Kristi Noem, met yesterday with Honduran Foreign Minister " +
            "Enrique Reina and Salvadoran Vice Minister Adriana Mira. Officials of the Office of the United Nations High Commissioner for " +
            "Refugees (UNHCR) and of the International Organization for Migration (IOM) joined the talks. The Department also extended " +
            "Temporary Protected Status (TPS) for Hondurans.",
            Dates: ["April 9, 2025=2025-04-09", "yesterday=2025-04-08"],
            People: ["Kristi Noem | Secretary of Homeland Security | -", "Enrique Reina | Honduran Foreign Minister | HN", "Adriana Mira | Salvadoran Vice Minister | SV"],
            Meetings: ["held 2025-04-08 HN,SV,US"],
            Institutions: ["Office of the United Nations High Commissioner for Refugees", "UNHCR", "International Organization for Migration", "IOM"]),
        ["24"] = new(
            "Guatemala: la vicecanciller and su homólogo, yesterday with a clock range, a future month in a relative clause",
            Language.Spanish,
            "Ciudad de Guatemala, 15 de enero de 2026.\n" +
            "\n" +
            "La vicecanciller María Luisa Ramírez y su homólogo beliceño, Eamon Courtenay, presidieron ayer, de 10:00 a 13:00 horas, la " +
            "VIII Reunión de la Comisión Mixta Guatemala-Belice. El canciller Carlos Ramiro Martínez, quien dejará el cargo en febrero, " +
            "saludó a las delegaciones.",
            Dates: ["15 de enero de 2026=2026-01-15", "ayer=2026-01-14", "febrero=2026-02"],
            People: ["María Luisa Ramírez | vicecanciller | -", "Eamon Courtenay | homólogo beliceño | BZ", "Carlos Ramiro Martínez | canciller | -"],
            Meetings: ["held 2026-01-14 BZ,GT"],
            Places: ["-"]),
    };

    /// <summary>
    /// The parts the reader still gets wrong, as "part key": each is checked to be still wrong, so that a fix has to
    /// take it off this list (and the list says honestly what is missed).
    /// </summary>
    private static readonly HashSet<string> KnownMisses =
    [
        "People 07", "Meetings 03",

        // The side of an elliptical second member ("y la guatemalteca por la ministra …"), a possessive delegation
        // ("Canada's delegation was led by …", "and Mexico's by …"), a plural position's states taken in order ("The
        // Ministers of … of Panama and Costa Rica, A and B"), a state known only from a portfolio ("Secretary of Homeland
        // Security").
        "People 17", "People 19", "People 21", "Meetings 23",
    ];

    private static void Expect(string part, string key, System.Action check)
    {
        if (!KnownMisses.Contains($"{part} {key}"))
        {
            check();
            return;
        }

        Assert.True(Record.Exception(check) is not null, $"{part} of text {key} is now read as expected: take it off {nameof(KnownMisses)}.");
    }

    /// <summary>The texts' keys.</summary>
    public static TheoryData<string> Texts => [.. Cases.Keys];

    /// <summary>The texts that list bodies to check.</summary>
    public static TheoryData<string> TextsWithBodies => [.. Cases.Where(static c => c.Value.Institutions is not null).Select(static c => c.Key)];

    private static CommuniqueReading Read(string key)
    {
        var reading = Reading.Of(Cases[key].Text, Cases[key].Language);
        reading.AssertSpans();
        return reading;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Dates(string key)
        => Expect(nameof(Dates), key, () => Assert.Equal(Cases[key].Dates, Read(key).Values(MentionKind.Date)));

    [Theory]
    [MemberData(nameof(Texts))]
    public void People(string key)
        => Expect(nameof(People), key, () => Assert.Equal(
            Cases[key].People,
            Read(key).MentionsOf(MentionKind.Person).Select(static m => $"{m.Name} | {m.Position ?? "-"} | {m.Country?.Alpha2 ?? "-"}")));

    [Theory]
    [MemberData(nameof(Texts))]
    public void Meetings(string key)
        => Expect(nameof(Meetings), key, () =>
        {
            var reading = Read(key);
            Assert.Equal(Cases[key].Meetings, reading.MeetingLines());
            if (Cases[key].Places is { } places)
            {
                Assert.Equal(places, reading.Meetings.Select(static m => m.Place ?? "-"));
            }
        });

    [Theory]
    [MemberData(nameof(TextsWithBodies))]
    public void Institutions(string key)
        => Expect(nameof(Institutions), key, () => Assert.Equal(Cases[key].Institutions!, Read(key).MentionsOf(MentionKind.Institution).Select(static m => m.Text)));
}
