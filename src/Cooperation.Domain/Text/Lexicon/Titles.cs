namespace Cooperation.Domain.Text;

/// <summary>
/// The words of people's positions, in both languages and both genders: the heads of positions ("secretaria",
/// "canciller", "Ambassador"), the words that qualify them ("general", "adjunta", "Deputy") and the honorifics and
/// ranks written before a name and stripped from it ("Mtro.", "vicealmirante", "Dr.").
/// </summary>
internal static class Titles
{
    /// <summary>
    /// Heads of positions. "secretaria" (the person) is here; "secretaría" (the ministry) is an institution head. Each
    /// word is listed once: the lexicon folds case and accents, so "cónsul" is also "consul" and "director" serves both
    /// languages. "homólogo" is a position of its own ("su homólogo costarricense, Mario Zamora"), whose demonym gives
    /// the state.
    /// </summary>
    public static readonly string[] Heads =
    [
        // Spanish, both genders.
        "secretario", "secretaria", "secretarios", "secretarias", "subsecretario", "subsecretaria", "subsecretarios",
        "canciller", "cancilleres", "vicecanciller", "vicecancilleres", "embajador", "embajadora", "embajadores",
        "cónsul", "cónsules", "cónsula", "director", "directora", "directores", "directoras", "subdirector",
        "subdirectora", "jefe", "jefa", "jefes", "titular", "titulares", "comisionado", "comisionada", "comisionados",
        "presidente", "presidenta", "presidentes", "vicepresidente", "vicepresidenta", "mandatario", "mandataria",
        "ministro", "ministra", "ministros", "viceministro", "viceministra", "viceministros", "procurador", "procuradora",
        "fiscal", "gobernador", "gobernadora", "coordinador", "coordinadora", "consultor", "consultora", "encargado",
        "encargada", "agregado", "agregada", "asesor", "asesora", "asesores", "comandante", "diputado", "diputada",
        "senador", "senadora", "alcalde", "alcaldesa", "vocero", "vocera", "portavoz", "representante", "representantes",
        "delegado", "delegada", "consejero", "consejera", "oficial", "funcionario", "funcionaria", "comisario",
        "comisaria", "rector", "rectora", "relator", "relatora", "enviado", "enviada", "administrador", "administradora",
        "zar", "homólogo", "homóloga", "homólogos", "homólogas",

        // English.
        "secretary", "secretaries", "undersecretary", "minister", "ministers", "ambassador", "ambassadors",
        "directors", "chief", "head", "president", "commissioner", "administrator", "advisor", "adviser",
        "spokesperson", "spokesman", "spokeswoman", "governor", "senator", "representative", "attorney", "counselor",
        "counsellor", "official", "officer", "envoy", "coordinator", "chargé", "attaché",
        "commander", "deputy", "czar", "leader",
    ];

    /// <summary>Words that qualify a position head ("director general", "Deputy Assistant Secretary").</summary>
    public static readonly string[] Modifiers =
    [
        "general", "generales", "ejecutivo", "ejecutiva", "adjunto", "adjunta", "principal", "jurídico", "jurídica",
        "especial", "interino", "interina", "encargado", "encargada", "auxiliar", "nacional", "regional", "federal", "municipal",
        "deputy", "assistant", "under", "senior", "acting", "special", "vice", "executive", "associate",
        "national", "foreign", "interior", "then", "former", "exsecretario", "ex", "first", "primer", "primera",
    ];

    /// <summary>
    /// The portfolios that follow a title's "of" ("Secretary of Homeland Security", "Secretary of Finance", "Minister of
    /// the Interior"): a capitalised run after "of" that starts with them is the portfolio, then the name.
    /// </summary>
    public static readonly string[] Portfolios =
    [
        "state", "homeland", "security", "finance", "finances", "foreign", "affairs", "interior", "defense", "defence",
        "navy", "health", "labor", "labour", "economy", "treasury", "justice", "commerce", "energy", "agriculture",
        "education", "public", "citizen", "protection", "relations", "immigration", "migration", "citizenship",
        "government", "governance", "trade", "development", "welfare", "environment", "transport", "transportation",
        "communications", "culture", "tourism", "national", "internal", "external", "economic", "social", "war",
    ];

    /// <summary>Honorifics and ranks before a name, stripped from it (with or without their period).</summary>
    public static readonly string[] Honorifics =
    [
        "mtro", "mtra", "maestro", "maestra", "lic", "licda", "licenciado", "licenciada", "dr", "dra", "doctor", "doctora",
        "ing", "ingeniero", "ingeniera", "sr", "sra", "srta", "señor", "señora", "don", "doña", "mr", "mrs", "ms",
        "prof", "profesor", "profesora", "gen", "gral", "general", "almirante", "vicealmirante", "contralmirante",
        "coronel", "teniente", "capitán", "comandante", "adm", "admiral", "colonel", "captain", "lieutenant",
        "embajador", "embajadora", "ambassador", "hon", "honorable", "excmo", "excma", "sir", "dame",
    ];
}
