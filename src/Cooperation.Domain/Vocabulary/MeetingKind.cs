using System.ComponentModel;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>The kind of a meeting.</summary>
/// <remarks>Only some kinds are numbered: ordinary meetings and rounds carry an ordinal ("8th meeting", "10th round"); mid-term meetings do not.</remarks>
[JsonConverter(typeof(VocabularyJsonConverter<MeetingKind>))]
[TypeConverter(typeof(VocabularyTypeConverter<MeetingKind>))]
public sealed class MeetingKind : VocabularyValue<MeetingKind>
{
    /// <summary>Ordinary meeting (<c>ordinary</c>): A regular meeting of a mechanism, usually numbered ("8.ª Reunión").</summary>
    public static readonly MeetingKind Ordinary = new("ordinary", 1, "Ordinary meeting", "Reunión ordinaria", "A regular meeting of a mechanism, usually numbered (\"8.ª Reunión\").");

    /// <summary>Mid-term meeting (<c>mid-term</c>): A meeting held between two ordinary meetings to review progress ("reunión de medio término", "reunión intermedia").</summary>
    public static readonly MeetingKind MidTerm = new("mid-term", 2, "Mid-term meeting", "Reunión de medio término", "A meeting held between two ordinary meetings to review progress (\"reunión de medio término\", \"reunión intermedia\").");

    /// <summary>Extraordinary meeting (<c>extraordinary</c>): A meeting called outside the usual cadence.</summary>
    public static readonly MeetingKind Extraordinary = new("extraordinary", 3, "Extraordinary meeting", "Reunión extraordinaria", "A meeting called outside the usual cadence.");

    /// <summary>Inaugural meeting (<c>inaugural</c>): The first meeting of a mechanism, at which it is installed.</summary>
    public static readonly MeetingKind Inaugural = new("inaugural", 4, "Inaugural meeting", "Reunión inaugural", "The first meeting of a mechanism, at which it is installed.");

    /// <summary>Round (<c>round</c>): A numbered round of talks ("10.ª Ronda de las Pláticas Político-Militares").</summary>
    public static readonly MeetingKind Round = new("round", 5, "Round", "Ronda", "A numbered round of talks (\"10.ª Ronda de las Pláticas Político-Militares\").");

    /// <summary>Visit or mission (<c>mission</c>): A visit by a delegation to one or more countries, such as the high-level mission to Guatemala and Honduras of 12–13 January 2011.</summary>
    public static readonly MeetingKind Mission = new("mission", 6, "Visit or mission", "Visita o misión", "A visit by a delegation to one or more countries, such as the high-level mission to Guatemala and Honduras of 12–13 January 2011.");

    /// <summary>Working meeting (<c>working-meeting</c>): A meeting of senior officials outside a numbered series, such as the meeting of the SRE and SSPC ministers with the US Secretary of Homeland Security on 13 May 2021.</summary>
    public static readonly MeetingKind WorkingMeeting = new("working-meeting", 7, "Working meeting", "Reunión de trabajo", "A meeting of senior officials outside a numbered series, such as the meeting of the SRE and SSPC ministers with the US Secretary of Homeland Security on 13 May 2021.");

    /// <summary>Seminar or workshop (<c>seminar</c>): A seminar or workshop, such as the Seminar-Workshop on Human Rights of Migrants in Tegucigalpa, 10–11 February 2011.</summary>
    public static readonly MeetingKind Seminar = new("seminar", 8, "Seminar or workshop", "Seminario o taller", "A seminar or workshop, such as the Seminar-Workshop on Human Rights of Migrants in Tegucigalpa, 10–11 February 2011.");

    /// <summary>Training session (<c>training-session</c>): A session of a training programme.</summary>
    public static readonly MeetingKind TrainingSession = new("training-session", 9, "Training session", "Sesión de formación", "A session of a training programme.");

    /// <summary>Conference (<c>conference</c>): A conference open to more participants than the mechanism's parties, such as the SICA Donor Conference.</summary>
    public static readonly MeetingKind Conference = new("conference", 10, "Conference", "Conferencia", "A conference open to more participants than the mechanism's parties, such as the SICA Donor Conference.");

    /// <summary>Ministerial meeting (<c>ministerial</c>): A meeting of ministers, such as the Ministerial Meeting on Organized Transnational Crime and Security of Migrants of 8 October 2010.</summary>
    public static readonly MeetingKind Ministerial = new("ministerial", 11, "Ministerial meeting", "Reunión ministerial", "A meeting of ministers, such as the Ministerial Meeting on Organized Transnational Crime and Security of Migrants of 8 October 2010.");

    /// <summary>Visit (<c>visit</c>): Several meetings held together on one trip ("del 25 al 28 de abril, en Ottawa"); each meeting says it is part of it.</summary>
    public static readonly MeetingKind Visit = new("visit", 12, "Visit", "Visita", "Several meetings held together on one trip (\"del 25 al 28 de abril, en Ottawa\"); each meeting says it is part of it.");

    /// <summary>State visit (<c>state-visit</c>): A head of state's visit to another country, such as President Enrique Peña Nieto's State Visit to Canada in June 2016.</summary>
    public static readonly MeetingKind StateVisit = new("state-visit", 13, "State visit", "Visita de Estado", "A head of state's visit to another country, such as President Enrique Peña Nieto's State Visit to Canada in June 2016.");

    private MeetingKind(string name, int value, string english, string spanish, string definition)
        : base(name, value, english, spanish, definition)
    {
    }
}
