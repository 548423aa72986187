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
    };

    /// <summary>
    /// The parts the reader still gets wrong, as "part key": each is checked to be still wrong, so that a fix has to
    /// take it off this list (and the list says honestly what is missed).
    /// </summary>
    private static readonly HashSet<string> KnownMisses =
    [
        "People 07", "Meetings 03",
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
