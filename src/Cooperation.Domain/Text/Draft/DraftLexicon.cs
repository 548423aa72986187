using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Cooperation.Domain.Text;

/// <summary>
/// The words the draft stage reads facts from, in both languages, folded as <see cref="DraftWord"/> folds them
/// (lowercase ASCII, accents removed): the head nouns that give an institution's or a mechanism's kind, the words that
/// give a delegation's side and a participant's role ("encabezada por", "co-chaired by", "estuvo integrada por"), and
/// the words with which a communiqué names itself ("Comunicado conjunto", "Boletín No.", "Readout").
/// </summary>
/// <remarks>
/// Only what the words say is read: a kind the table does not give, a role no cue gives, a document that does not name
/// itself, stay open (docs/text-extraction.md, "The draft").
/// </remarks>
internal static class DraftLexicon
{
    /// <summary>Head nouns of national bodies, by the kind they make.</summary>
    public static readonly FrozenDictionary<string, InstitutionKind> InstitutionHeads = new Dictionary<string, InstitutionKind>(StringComparer.Ordinal)
    {
        ["secretaria"] = InstitutionKind.Ministry,
        ["ministerio"] = InstitutionKind.Ministry,
        ["departamento"] = InstitutionKind.Ministry,
        ["cancilleria"] = InstitutionKind.Ministry,
        ["ministry"] = InstitutionKind.Ministry,
        ["department"] = InstitutionKind.Ministry,
        ["secretariat"] = InstitutionKind.Ministry,
        ["instituto"] = InstitutionKind.Agency,
        ["agencia"] = InstitutionKind.Agency,
        ["servicio"] = InstitutionKind.Agency,
        ["centro"] = InstitutionKind.Agency,
        ["institute"] = InstitutionKind.Agency,
        ["agency"] = InstitutionKind.Agency,
        ["service"] = InstitutionKind.Agency,
        ["center"] = InstitutionKind.Agency,
        ["centre"] = InstitutionKind.Agency,
        ["administration"] = InstitutionKind.Agency,
        ["unidad"] = InstitutionKind.Unit,
        ["direccion"] = InstitutionKind.Unit,
        ["direcciones"] = InstitutionKind.Unit,
        ["subsecretaria"] = InstitutionKind.Unit,
        ["oficina"] = InstitutionKind.Unit,
        ["coordinacion"] = InstitutionKind.Unit,
        ["consultoria"] = InstitutionKind.Unit,
        ["unit"] = InstitutionKind.Unit,
        ["directorate"] = InstitutionKind.Unit,
        ["office"] = InstitutionKind.Unit,
        ["bureau"] = InstitutionKind.Unit,
        ["guardia"] = InstitutionKind.ArmedForce,
        ["ejercito"] = InstitutionKind.ArmedForce,
        ["armada"] = InstitutionKind.ArmedForce,
        ["marina"] = InstitutionKind.ArmedForce,
        ["fuerza"] = InstitutionKind.ArmedForce,
        ["fuerzas"] = InstitutionKind.ArmedForce,
        ["policia"] = InstitutionKind.ArmedForce,
        ["patrulla"] = InstitutionKind.ArmedForce,
        ["guard"] = InstitutionKind.ArmedForce,
        ["army"] = InstitutionKind.ArmedForce,
        ["navy"] = InstitutionKind.ArmedForce,
        ["force"] = InstitutionKind.ArmedForce,
        ["forces"] = InstitutionKind.ArmedForce,
        ["police"] = InstitutionKind.ArmedForce,
        ["patrol"] = InstitutionKind.ArmedForce,
        ["embajada"] = InstitutionKind.Embassy,
        ["consulado"] = InstitutionKind.Embassy,
        ["embassy"] = InstitutionKind.Embassy,
        ["consulate"] = InstitutionKind.Embassy,
        ["consejo"] = InstitutionKind.Council,
        ["gabinete"] = InstitutionKind.Council,
        ["council"] = InstitutionKind.Council,
        ["cabinet"] = InstitutionKind.Council,
        ["procuraduria"] = InstitutionKind.ProsecutionService,
        ["fiscalia"] = InstitutionKind.ProsecutionService,
        ["attorney"] = InstitutionKind.ProsecutionService,
        ["prosecutor"] = InstitutionKind.ProsecutionService,
        ["prosecutors"] = InstitutionKind.ProsecutionService,
        ["congreso"] = InstitutionKind.Legislature,
        ["senado"] = InstitutionKind.Legislature,
        ["camara"] = InstitutionKind.Legislature,
        ["parlamento"] = InstitutionKind.Legislature,
        ["congress"] = InstitutionKind.Legislature,
        ["senate"] = InstitutionKind.Legislature,
        ["parliament"] = InstitutionKind.Legislature,
        ["gobierno"] = InstitutionKind.Government,
        ["government"] = InstitutionKind.Government,
        ["universidad"] = InstitutionKind.Academic,
        ["colegio"] = InstitutionKind.Academic,
        ["facultad"] = InstitutionKind.Academic,
        ["university"] = InstitutionKind.Academic,
        ["college"] = InstitutionKind.Academic,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Head nouns of bodies that have no state of their own when the text gives none, by the kind they make.</summary>
    public static readonly FrozenDictionary<string, InstitutionKind> InternationalHeads = new Dictionary<string, InstitutionKind>(StringComparer.Ordinal)
    {
        ["organizacion"] = InstitutionKind.InternationalOrganization,
        ["organismo"] = InstitutionKind.InternationalOrganization,
        ["organization"] = InstitutionKind.InternationalOrganization,
        ["organisation"] = InstitutionKind.InternationalOrganization,
        ["banco"] = InstitutionKind.InternationalOrganization,
        ["bank"] = InstitutionKind.InternationalOrganization,
        ["fondo"] = InstitutionKind.InternationalOrganization,
        ["fund"] = InstitutionKind.InternationalOrganization,
        ["comision"] = InstitutionKind.InternationalOrganization,
        ["commission"] = InstitutionKind.InternationalOrganization,
        ["red"] = InstitutionKind.CivilSocietyNetwork,
        ["network"] = InstitutionKind.CivilSocietyNetwork,
        ["facultad"] = InstitutionKind.Academic,
        ["universidad"] = InstitutionKind.Academic,
        ["university"] = InstitutionKind.Academic,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Head nouns of a commission of a state: an autonomous body when it is for human rights ("Comisión Nacional de los
    /// Derechos Humanos"), else an agency ("Comisión Mexicana de Ayuda a Refugiados").
    /// </summary>
    public static readonly FrozenSet<string> Commissions = Set("comision", "commission");

    /// <summary>"Ministerio Público": a ministry by its first word, a prosecution service by its second.</summary>
    public static readonly FrozenSet<string> Public = Set("publico");

    /// <summary>Words of human rights, which make a state's commission an autonomous body.</summary>
    public static readonly FrozenSet<string> Rights = Set("derechos", "rights");

    /// <summary>Words that make a body one state's ("Nacional", "Federal"): without its state, it is not drafted.</summary>
    public static readonly FrozenSet<string> National = Set("nacional", "nacionales", "national", "federal", "estatal", "mexicana", "mexicano", "mexican");

    /// <summary>Words of a dialogue.</summary>
    public static readonly FrozenSet<string> Dialogues = Set("dialogo", "dialogue", "dialog");

    /// <summary>Words of a group.</summary>
    public static readonly FrozenSet<string> Groups = Set("grupo", "group");

    /// <summary>Words of a mechanism.</summary>
    public static readonly FrozenSet<string> Mechanisms = Set("mecanismo", "mechanism");

    /// <summary>Words of consultations.</summary>
    public static readonly FrozenSet<string> Consultations = Set("consultas", "consultation", "consultations");

    /// <summary>Words of talks.</summary>
    public static readonly FrozenSet<string> Talks = Set("platicas", "conversaciones", "talks");

    /// <summary>Words of a conference.</summary>
    public static readonly FrozenSet<string> Conferences = Set("conferencia", "conference");

    /// <summary>Words of a summit.</summary>
    public static readonly FrozenSet<string> Summits = Set("cumbre", "summit");

    /// <summary>Words of a programme.</summary>
    public static readonly FrozenSet<string> Programmes = Set("programa", "programme", "program");

    /// <summary>Words of training.</summary>
    public static readonly FrozenSet<string> Training = Set("formacion", "capacitacion", "training");

    /// <summary>Words of a strategy.</summary>
    public static readonly FrozenSet<string> Strategies = Set("estrategia", "strategy");

    /// <summary>Words of an integration system.</summary>
    public static readonly FrozenSet<string> Integration = Set("integracion", "integration");

    /// <summary>Words of work ("grupo de trabajo", "working group").</summary>
    public static readonly FrozenSet<string> Work = Set("trabajo", "working", "work");

    /// <summary>Words of follow-up ("grupo de seguimiento", "follow-up group").</summary>
    public static readonly FrozenSet<string> FollowUp = Set("seguimiento", "follow");

    /// <summary>Words that make a group or dialogue high-level, or binational.</summary>
    public static readonly FrozenSet<string> HighLevel = Set("alto", "high", "binacional", "bilateral", "binational");

    /// <summary>Words that say a mechanism has two parties.</summary>
    public static readonly FrozenSet<string> Bilateral = Set("bilateral", "binacional", "binational");

    /// <summary>Words that say a mechanism has more than two parties.</summary>
    public static readonly FrozenSet<string> Multilateral = Set("regional", "multilateral", "hemisferica", "hemisferico", "hemispheric", "trilateral", "interamericana", "interamericano", "inter");

    /// <summary>Words of a consular dialogue.</summary>
    public static readonly FrozenSet<string> Consular = Set("consular");

    /// <summary>Words of ministers ("Reunión Ministerial", "Ministerial Meeting").</summary>
    public static readonly FrozenSet<string> Ministerial = Set("ministerial");

    /// <summary>Words of a meeting.</summary>
    public static readonly FrozenSet<string> Meetings = Set("reunion", "meeting");

    /// <summary>Participles that, followed by "por"/"by", make the people after them heads ("encabezada por", "led by").</summary>
    public static readonly FrozenSet<string> HeadParticiples = Set(
        "encabezada", "encabezado", "encabezadas", "encabezados", "presidida", "presidido", "presididas", "presididos",
        "liderada", "liderado", "lideradas", "liderados", "dirigida", "dirigido", "dirigidas", "dirigidos", "led", "headed",
        "chaired", "presided");

    /// <summary>Participles that, followed by "por"/"by", make the people after them co-chairs ("copresidida por", "co-chaired by").</summary>
    public static readonly FrozenSet<string> CoChairParticiples = Set("copresidida", "copresidido", "copresididas", "copresididos", "cochaired");

    /// <summary>Participles that, followed by "por"/"de"/"by"/"of", make the people after them members ("integrada por", "composed of").</summary>
    public static readonly FrozenSet<string> MemberParticiples = Set(
        "integrada", "integrado", "integradas", "integrados", "conformada", "conformado", "compuesta", "compuesto", "formada",
        "formado", "acompanado", "acompanada", "acompanados", "acompanadas", "composed", "comprised", "accompanied", "joined");

    /// <summary>Words after a participle that make it a cue ("por", "de", "by", "of").</summary>
    public static readonly FrozenSet<string> Agents = Set("por", "de", "by", "of");

    /// <summary>Verbs whose subject (before them, or right after them in Spanish) headed the side ("encabezaron", "led").</summary>
    public static readonly FrozenSet<string> HeadVerbs = Set(
        "encabezo", "encabezaron", "encabeza", "encabezan", "presidio", "presidieron", "preside", "presiden", "lidero",
        "lideraron", "lidera", "lideran", "led", "headed", "chaired", "presided", "leads", "heads", "chairs");

    /// <summary>Verbs whose subject co-chaired ("copresidieron", "co-chaired").</summary>
    public static readonly FrozenSet<string> CoChairVerbs = Set("copresidio", "copresidieron", "copreside", "copresiden", "cochaired", "cochair", "cochairs");

    /// <summary>Verbs and words after which the people listed are members ("included", "participaron").</summary>
    public static readonly FrozenSet<string> MemberVerbs = Set("included", "includes", "include", "incluyo", "incluyeron", "participaron", "asistieron", "participated", "attended");

    /// <summary>Words that end a cue's reach: the people after them are another side or only met ("con", "with", "mientras").</summary>
    public static readonly FrozenSet<string> Breakers = Set("con", "with", "mientras", "while", "whereas", "quien", "quienes", "who", "ante", "junto", "recibido", "recibida", "received", "met");

    /// <summary>Nouns of a side ("la delegación mexicana", "the U.S. delegation", "la contraparte canadiense").</summary>
    public static readonly FrozenSet<string> Sides = Set("delegacion", "delegaciones", "delegation", "delegations", "contraparte", "counterpart", "comitiva", "side");

    /// <summary>Words that continue the sentence before ("También, el consultor…", "Además, la asesora…").</summary>
    public static readonly FrozenSet<string> Continuations = Set("tambien", "ademas", "asimismo", "also", "additionally", "furthermore", "moreover");

    /// <summary>How a joint communiqué names itself at its head ("Comunicado conjunto", "Joint Statement").</summary>
    public static readonly string[][] JointCues =
    [
        ["comunicado", "conjunto"], ["declaracion", "conjunta"], ["comunicado", "de", "prensa", "conjunto"],
        ["joint", "statement"], ["joint", "communique"], ["joint", "declaration"], ["joint", "press", "release"],
    ];

    /// <summary>How a press release names itself at its head ("Comunicado No. 176", "Boletín", "Readout").</summary>
    public static readonly string[][] PressCues =
    [
        ["comunicado"], ["boletin"], ["nota", "informativa"], ["press", "release"], ["media", "note"], ["readout"],
        ["statement"], ["news", "release"],
    ];

    /// <summary>The words before a document's number ("No.", "Núm.", "Número").</summary>
    public static readonly FrozenSet<string> NumberWords = Set("no", "num", "numero", "nro", "n", "number", "nos");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
