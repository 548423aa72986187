using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// A meeting a text reports as held or announces as planned: its date or range, status, the states taking part, the
/// mechanism, its number and place, and the sentences and mentions it was read from (the words a draft catalog quotes).
/// Made by <see cref="CommuniqueReader"/>; immutable.
/// </summary>
/// <remarks>
/// What the text leaves open stays open: <see cref="Date"/>, <see cref="DateRange"/>, <see cref="Mechanism"/>,
/// <see cref="Ordinal"/> and <see cref="Place"/> are null when the text does not state them. <see cref="Countries"/> are
/// the states the text names as taking part; when it names a mechanism that the catalog knows, they are the
/// mechanism's member states.
/// </remarks>
public sealed class ReportedMeeting
{
    internal ReportedMeeting(MeetingStatus status, ImmutableArray<CountryCode> countries, ImmutableArray<TextSpan> sentences, ImmutableArray<Mention> mentions)
    {
        Status = status;
        Countries = countries;
        Sentences = sentences;
        Mentions = mentions;
    }

    /// <summary>The meeting's date when it is one day, month or year; null when the text does not fix it.</summary>
    public PartialDate? Date { get; internal init; }

    /// <summary>The meeting's dates when they are a range ("del 25 al 28 de abril"); null otherwise.</summary>
    public PartialDateRange? DateRange { get; internal init; }

    /// <summary><see cref="MeetingStatus.Held"/> or <see cref="MeetingStatus.Planned"/>, by the verbs and words of the text.</summary>
    public MeetingStatus Status { get; }

    /// <summary>The kind of meeting when the words say it ("reunión de medio término", "Ronda", "visita"); null otherwise.</summary>
    public MeetingKind? Kind { get; internal init; }

    /// <summary>The states taking part, by alpha-2 code.</summary>
    public ImmutableArray<CountryCode> Countries { get; }

    /// <summary>The mechanism's name as the text writes it (the full name where the text gives one), or null.</summary>
    public string? Mechanism { get; internal init; }

    /// <summary>The catalog mechanism the meeting belongs to, when the catalog knows it.</summary>
    public MechanismId? MechanismId { get; internal init; }

    /// <summary>The meeting's number in its series ("la 8ª Reunión"), or null.</summary>
    public Ordinal? Ordinal { get; internal init; }

    /// <summary>Where it is or was held, as written ("Ottawa", "Mexico City"), or null.</summary>
    public string? Place { get; internal init; }

    /// <summary>The sentences the meeting was read from, in text order.</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>The mentions the meeting was built from (its date, number, mechanism, states and people), in text order.</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>The date as the JSON output writes it (<c>2017-04-25</c>, <c>2017-04-25/2017-04-28</c>), or null.</summary>
    public string? DateValue => DateRange?.ToString() ?? Date?.ToString();

    /// <summary>The status, date, states and mechanism, as <c>held 2021-05-13 MX US (no mechanism)</c>.</summary>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Status.Name} {DateValue ?? "(no date)"} {string.Join(' ', Countries.Select(static c => c.ToString()))} ({Mechanism ?? "no mechanism"})");
}
