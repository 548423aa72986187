namespace Cooperation.Domain.Text;

/// <summary>
/// The words that tell a held meeting from a planned one, and the verbs that report a meeting or a visit, in Spanish and
/// English. Spanish verb forms are also recognised by their endings (<see cref="SpanishFutureEndings"/>,
/// <see cref="SpanishPastEndings"/>).
/// </summary>
internal static class TenseWords
{
    /// <summary>Words of the future or of plans.</summary>
    public static readonly string[] Future =
    [
        "será", "serán", "prevé", "prevén", "previsto", "prevista", "previstas", "previstos", "planea", "planean",
        "programado", "programada", "programadas", "próxima", "próximo", "próximas", "próximos", "venidera", "venidero",
        "celebrarse", "realizarse", "efectuarse", "llevarse", "sostendrán", "encabece", "encabecen", "presida",
        "will", "shall", "upcoming", "planned", "scheduled", "forthcoming", "next", "expected", "plans",
        "intends", "to-be", "future",
    ];

    /// <summary>Words of the past.</summary>
    public static readonly string[] Past =
    [
        "fue", "fueron", "pasado", "pasada", "anterior", "pasados", "pasadas", "recién", "reciente", "recientemente",
        "última", "último", "concluyó", "concluye", "culminó", "ha", "han", "había", "habían",
        "was", "were", "met", "had", "last", "recent", "recently", "took", "concluded", "previous", "past",
        "former", "then",
    ];

    /// <summary>Verbs (and participles) that report a meeting held or to be held.</summary>
    public static readonly string[] MeetingVerbs =
    [
        "realizó", "realizaron", "realizada", "realizado", "realizará", "realizarán", "celebró", "celebraron",
        "celebrada", "celebrado", "celebrará", "celebrarán", "sostuvo", "sostuvieron", "sostendrá", "sostendrán",
        "efectuó", "efectuaron", "efectuada", "llevó", "llevaron", "llevará", "llevarán", "desarrolló", "desarrollaron",
        "reunió", "reunieron", "reunirá", "reunirán", "reunirse", "reúnen", "reúne", "sesionó", "sesionaron", "sesionará",
        "participó", "participaron", "participará", "participarán", "asistió", "asistieron", "asiste", "encabezó",
        "encabezaron", "copresidió", "copresidieron", "presidió", "presidieron", "concluyó", "concluye", "inauguró",
        "inauguraron", "recibió", "recibieron", "celebran", "sostienen", "realizan", "concluyen", "tuvo", "tendrá",
        "held", "met", "meet", "meets", "convened", "convene", "co-chaired", "chaired", "hosted", "host", "hosts",
        "participated", "attended", "concluded", "took", "gathered", "led", "received",
    ];

    /// <summary>Meeting verbs in the infinitive: planned when a verb of <see cref="Agreeing"/> governs them.</summary>
    public static readonly string[] MeetingInfinitives =
    [
        "reunirse", "reunirnos", "celebrar", "sostener", "realizar", "encontrarse", "volver", "meet", "convene", "reconvene",
        "hold", "gather",
    ];

    /// <summary>Verbs of agreeing, deciding or planning, which make the meeting after them a plan.</summary>
    public static readonly string[] Agreeing =
    [
        "acordaron", "acordó", "acuerdan", "acordamos", "decidieron", "decidió", "convinieron", "convino", "coincidieron",
        "agreed", "agree", "decided", "committed", "plan", "intend", "resolved",
    ];

    /// <summary>Words after which a meeting verb tells what came first ("tras reunirse", "after meeting").</summary>
    public static readonly string[] After = ["tras", "después", "luego", "al", "after", "before", "antes"];

    /// <summary>The hashes of <see cref="MeetingInfinitives"/>.</summary>
    public static readonly System.Collections.Generic.HashSet<ulong> MeetingInfinitiveHashes = [.. System.Linq.Enumerable.Select(MeetingInfinitives, WordHash.Of)];

    /// <summary>The hashes of <see cref="Agreeing"/>.</summary>
    public static readonly System.Collections.Generic.HashSet<ulong> AgreeingHashes = [.. System.Linq.Enumerable.Select(Agreeing, WordHash.Of)];

    /// <summary>The hashes of <see cref="After"/>.</summary>
    public static readonly System.Collections.Generic.HashSet<ulong> AfterHashes = [.. System.Linq.Enumerable.Select(After, WordHash.Of)];

    /// <summary>Verbs of travel: a visit to a country is a meeting there.</summary>
    public static readonly string[] VisitVerbs =
    [
        "visitó", "visitaron", "visitará", "visitarán", "viajó", "viajaron", "viajará", "viajarán", "visita", "visitan",
        "visited", "visit", "visits", "traveled", "travelled", "travel", "travels", "toured",
    ];

    /// <summary>Endings of Spanish future and conditional forms ("realizará", "llevarán", "reuniremos").</summary>
    public static readonly string[] SpanishFutureEndings = ["ará", "erá", "irá", "arán", "erán", "irán", "aremos", "eremos", "iremos"];

    /// <summary>Endings of Spanish preterite forms ("realizó", "celebraron", "sostuvieron").</summary>
    public static readonly string[] SpanishPastEndings = ["ó", "aron", "ieron", "ió", "uvo", "uvieron"];
}
