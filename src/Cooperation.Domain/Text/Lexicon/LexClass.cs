using System;

namespace Cooperation.Domain.Text;

/// <summary>What a word can be, for the stages: one word may be several things ("general" is a rank and an adjective).</summary>
[Flags]
internal enum LexClass : ulong
{
    None = 0,

    /// <summary>A month name or abbreviation; <see cref="LexEntry.Value"/> is 1 to 12.</summary>
    Month = 1UL << 0,

    /// <summary>A weekday; <see cref="LexEntry.Value"/> is 1 (Monday) to 7 (Sunday), ISO order.</summary>
    Weekday = 1UL << 1,

    /// <summary>"hoy", "ayer", "today", "yesterday", "tomorrow"; <see cref="LexEntry.Value"/> is the offset in days.</summary>
    RelativeDay = 1UL << 2,

    /// <summary>"semana", "mes", "año", "week", "month", "year"; <see cref="LexEntry.Value"/> is a <see cref="CalendarUnit"/>.</summary>
    PeriodNoun = 1UL << 3,

    /// <summary>"pasado", "próximo", "este", "last", "next", "this"; <see cref="LexEntry.Value"/> is -1, 0 or +1.</summary>
    RelativeModifier = 1UL << 4,

    /// <summary>A lowercase word that may stand inside a name ("de", "del", "la", "y", "of", "the", "and", "for").</summary>
    Connector = 1UL << 5,

    /// <summary>A determiner or article ("el", "la", "los", "the", "este", "dicha").</summary>
    Determiner = 1UL << 6,

    /// <summary>A function word or common word that is capitalised only at a sentence start: never a name.</summary>
    Function = 1UL << 7,

    /// <summary>The head of a person's position ("secretario", "directora", "canciller", "Secretary", "Ambassador").</summary>
    Title = 1UL << 8,

    /// <summary>A word that qualifies a title ("general", "adjunto", "Deputy", "Assistant", "Under", "Senior").</summary>
    TitleModifier = 1UL << 9,

    /// <summary>An honorific or rank written before a name and stripped from it ("Mtro.", "Lic.", "vicealmirante", "Dr.").</summary>
    Honorific = 1UL << 10,

    /// <summary>The head noun of a named body ("Secretaría", "Instituto", "Department", "Ministry").</summary>
    InstitutionHead = 1UL << 11,

    /// <summary>The head noun of a named mechanism or forum ("Grupo", "Diálogo", "Conferencia", "Dialogue", "Group").</summary>
    MechanismHead = 1UL << 12,

    /// <summary>A noun for one meeting ("reunión", "encuentro", "ronda", "meeting", "round", "session").</summary>
    MeetingNoun = 1UL << 13,

    /// <summary>An adjective of a meeting noun ("ministerial", "viceministerial", "plenaria", "intermedia", "bilateral").</summary>
    MeetingAdjective = 1UL << 14,

    /// <summary>A demonym ("mexicana", "guatemaltecos", "Canadian"); <see cref="LexEntry.Value"/> is the country's row.</summary>
    Demonym = 1UL << 15,

    /// <summary>A noun a demonym stands for the state beside ("gobierno", "delegación", "autoridades", "government").</summary>
    StateNoun = 1UL << 16,

    /// <summary>A noun for people as such ("nacionales", "migrantes", "ciudadanos", "nationals"): a demonym beside it is not the state.</summary>
    PeopleNoun = 1UL << 17,

    /// <summary>A word that puts a clause in the future ("will", "próxima", "prevé", "upcoming", "realizará").</summary>
    Future = 1UL << 18,

    /// <summary>A word that puts a clause in the past ("held", "pasada", "last", "realizó", "was").</summary>
    Past = 1UL << 19,

    /// <summary>A verb that says a meeting took place or will ("se realizó", "celebraron", "was held", "met", "se reunirán").</summary>
    MeetingVerb = 1UL << 20,

    /// <summary>A verb of travel that makes a visit a meeting ("visitó", "viajó", "visited", "traveled").</summary>
    VisitVerb = 1UL << 21,

    /// <summary>A common given name ("María", "Juan", "John"): a capitalised run that starts with one is likely a person.</summary>
    GivenName = 1UL << 22,

    /// <summary>A frequent Spanish word, for finding the language.</summary>
    Spanish = 1UL << 23,

    /// <summary>A frequent English word, for finding the language.</summary>
    English = 1UL << 24,

    /// <summary>A preposition that introduces a place ("en", "in", "at").</summary>
    PlacePreposition = 1UL << 25,

    /// <summary>"ciudad", "city", "estado", "state", "golfo", "gulf": a country name beside it is a place, not a state.</summary>
    PlaceNoun = 1UL << 26,

    /// <summary>A noun that opens a byline or names a newsroom ("Por", "By", "Redacción").</summary>
    Byline = 1UL << 27,

    /// <summary>A noun of an event that is not a meeting and takes the date beside it ("llamada", "call", "comunicado").</summary>
    OtherEvent = 1UL << 28,

    /// <summary>"desde", "since", "a partir": a date after it marks a start, not a meeting.</summary>
    Since = 1UL << 29,

    /// <summary>A word that makes an institution head a mechanism ("Binacional", "Bilateral", "Mixta").</summary>
    Bilateral = 1UL << 30,

    /// <summary>A noun for a document, a programme or a plan: named, but not a mechanism or a body ("Carta", "Plan").</summary>
    DocumentNoun = 1UL << 31,

    /// <summary>A portfolio after a title's "of" ("Secretary of Homeland Security", "of Finance").</summary>
    Portfolio = 1UL << 32,
}
