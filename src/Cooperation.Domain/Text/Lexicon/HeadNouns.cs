namespace Cooperation.Domain.Text;

/// <summary>
/// The nouns that head names and events: of named bodies ("Secretaría de Gobernación", "Department of State"), of
/// mechanisms ("Grupo de Alto Nivel de Seguridad", "Regional Conference on Migration"), of single meetings
/// ("reunión", "ronda", "meeting") and their adjectives, and the nouns beside which a demonym stands for a state
/// ("la delegación mexicana") or for people ("nacionales venezolanos").
/// </summary>
internal static class HeadNouns
{
    /// <summary>Heads of named bodies. "secretaría" (with its accent) is the ministry; "secretaria" is a person (<see cref="Titles"/>).</summary>
    public static readonly string[] Institutions =
    [
        "secretaría", "subsecretaría", "ministerio", "ministerios", "departamento", "instituto", "centro", "oficina",
        "agencia", "comisión", "consejo", "unidad", "dirección", "direcciones", "procuraduría", "fiscalía", "guardia",
        "policía", "ejército", "armada", "marina", "fuerza", "fuerzas", "servicio", "organización", "organismo", "banco",
        "fondo", "tribunal", "corte", "congreso", "senado", "cámara", "embajada", "consulado", "coordinación",
        "gabinete", "colegio", "universidad", "cancillería", "sección", "defensoría", "auditoría", "contraloría",
        "ministry", "ministries", "department", "institute", "center", "centre", "office", "agency", "commission",
        "council", "unit", "directorate", "secretariat", "guard", "police", "army", "navy", "force", "forces", "service",
        "organization", "organisation", "bank", "fund", "court", "congress", "senate", "embassy", "consulate", "bureau",
        "administration", "university", "college", "patrol", "board", "authority",
    ];

    /// <summary>Heads of named mechanisms and forums.</summary>
    public static readonly string[] Mechanisms =
    [
        "grupo", "diálogo", "mecanismo", "conferencia", "foro", "comité", "pláticas", "conversaciones",
        "proceso", "marco", "declaración", "cumbre", "iniciativa", "alianza", "programa", "estrategia",
        "plataforma",
        "group", "dialogue", "dialog", "mechanism", "conference", "forum", "committee", "talks", "process",
        "framework", "declaration", "summit", "initiative", "partnership", "program", "programme",
        "strategy", "platform", "network",
    ];

    /// <summary>Words that make a commission or committee a bilateral mechanism ("Comisión Binacional").</summary>
    public static readonly string[] Bilateral = ["binacional", "bilateral", "mixta", "mixto", "binational", "joint"];

    /// <summary>Nouns of one meeting.</summary>
    public static readonly string[] Meetings =
    [
        "reunión", "reuniones", "encuentro", "encuentros", "sesión", "sesiones", "ronda", "rondas", "cumbre", "visita",
        "videoconferencia", "plenaria", "asamblea", "conferencia", "seminario", "taller", "mesa", "edición", "misión",
        "meeting", "meetings", "session", "sessions", "round", "rounds", "summit", "visit", "videoconference", "plenary",
        "assembly", "conference", "seminar", "workshop", "edition", "mission", "talks", "consultations", "trip",
    ];

    /// <summary>Adjectives of meeting nouns, part of an ordinal's noun phrase ("XXIV reunión viceministerial").</summary>
    public static readonly string[] MeetingAdjectives =
    [
        "ministerial", "viceministerial", "plenaria", "plenario", "bilateral", "binacional", "intermedia", "intermedio",
        "anual", "ordinaria", "ordinario", "extraordinaria", "extraordinario", "técnica", "técnico", "trilateral",
        "regional", "virtual", "presencial", "interministerial", "intersecretarial",
        "vice-ministerial", "plenary", "annual", "ordinary", "extraordinary", "technical", "mid-term", "midterm",
        "high-level", "senior", "working",
    ];

    /// <summary>Nouns beside which a demonym stands for the state ("la delegación mexicana", "Mexican officials").</summary>
    public static readonly string[] StateNouns =
    [
        "gobierno", "gobiernos", "delegación", "delegaciones", "contraparte", "contrapartes", "autoridades", "autoridad",
        "funcionarios", "funcionarias", "funcionario", "funcionaria", "representantes", "representante", "canciller",
        "cancillería", "cancilleres", "embajada", "embajador", "embajadora", "consulado", "cónsul", "presidente",
        "presidenta", "mandatario", "mandataria", "secretario", "secretaria", "ministro", "ministra", "ministros",
        "estado", "nación", "parte", "lado", "territorio", "ejército", "marina", "armada", "policía", "congreso",
        "senado", "comitiva", "equipo", "misión", "homólogo", "homóloga", "homólogos", "administración", "gabinete",
        "instituciones", "dependencias", "agencias", "mandatarios", "jefe", "jefa", "titular", "titulares", "subsecretario",
        "subsecretaria", "viceministro", "viceministra", "vicecanciller", "undersecretary",
        "government", "governments", "delegation", "delegations", "counterpart", "counterparts", "authorities",
        "officials", "official", "representatives", "representative", "ambassador", "embassy", "consulate",
        "president", "minister", "ministers", "secretary", "state", "side", "territory", "army", "navy", "forces",
        "police", "congress", "senate", "team", "mission", "administration", "ministry", "ministries", "secretariat",
        "cabinet", "agencies", "institutions", "foreign", "interior", "attorney", "consul", "leaders", "leader",
    ];

    /// <summary>Nouns of people as such: a demonym beside them is a nationality, not the state.</summary>
    public static readonly string[] PeopleNouns =
    [
        "nacionales", "nacional", "migrantes", "migrante", "ciudadanos", "ciudadanas", "ciudadano", "ciudadana",
        "personas", "persona", "población", "connacionales", "paisanos", "trabajadores", "familias", "niños", "niñas",
        "menores", "jóvenes", "solicitantes", "refugiados", "deportados", "retornados", "víctimas", "pueblo",
        "nationals", "national", "migrants", "migrant", "citizens", "citizen", "people", "persons", "population",
        "workers", "families", "children", "minors", "asylum", "refugees", "deportees", "returnees", "victims",
    ];

    /// <summary>Events that are not meetings and take the date beside them ("una llamada telefónica … el 9 de agosto").</summary>
    public static readonly string[] OtherEvents =
    [
        "llamada", "telefónica", "comunicado", "boletín", "decreto", "call", "phone", "statement", "release", "decree",
        "announcement", "anuncio", "elección", "elecciones", "election", "elections", "operativo", "operation",
        // A law, a constitution or an anniversary is dated by its own date, not a meeting's.
        "ley", "law", "constitución", "constitution", "promulgada", "promulgado", "promulgó", "promulgated", "aniversario",
        "anniversary", "independencia", "independence",
    ];

    /// <summary>Words of a programme's or a status's name ("Temporary Protected Status", "Deferred Action for Childhood
    /// Arrivals", "Migrant Protection Protocols"): a name spelled out before its acronym with one of them is no body.</summary>
    public static readonly string[] Programmes =
    [
        "programa", "programas", "program", "programs", "programme", "protocolos", "protocols", "status", "estatus", "deferred",
        "diferida", "parole", "visa", "visas",
    ];

    /// <summary>Nouns that make a country name beside them a place ("Ciudad de México", "Guatemala City", "Golfo de México").</summary>
    public static readonly string[] PlaceNouns =
    [
        "ciudad", "city", "estado", "state", "golfo", "gulf", "nueva", "nuevo", "new", "distrito", "district", "provincia",
        "province", "puerto", "port", "bahía", "bay", "canal",
    ];

    /// <summary>Nouns of documents, programmes, plans and laws: named, but neither a mechanism nor a body.</summary>
    public static readonly string[] Documents =
    [
        "carta", "plan", "acuerdo", "memorándum", "memorando", "tratado", "convenio", "ley", "informe", "protocolo",
        "agenda", "estatuto", "reglamento", "charter", "plan", "agreement", "memorandum", "treaty", "convention", "law",
        "act", "report", "protocol", "statute", "bill", "code", "código",
    ];
}
