using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>
/// A reading made by hand: a text and the mentions and meetings an extractor would report in it, each placed by the
/// words it covers. The draft stage's tests use it so that what they check is the draft stage alone, whatever the
/// extractor's stages find in the same words.
/// </summary>
internal sealed class ReadingBuilder(string text, Language language = Language.Spanish)
{
    private readonly List<Mention> _mentions = [];
    private readonly List<ReportedMeeting> _meetings = [];

    public string Text { get; } = text;

    public LocalDate? Dateline { get; set; }

    public Mention Date(string words, string value, int occurrence = 1)
    {
        var range = value.Contains('/', StringComparison.Ordinal);
        return Add(MentionKind.Date, words, occurrence, (m, span) => new Mention(MentionKind.Date, span, words)
        {
            Date = range ? null : PartialDate.Parse(value, CultureInfo.InvariantCulture),
            DateRange = range ? PartialDateRange.Parse(value, CultureInfo.InvariantCulture) : null,
        });
    }

    public Mention Country(string words, string code, int occurrence = 1)
        => Add(MentionKind.Country, words, occurrence, (m, span) => new Mention(MentionKind.Country, span, words) { Country = CountryCode.Parse(code, CultureInfo.InvariantCulture) });

    public Mention Person(string words, string? position = null, string? country = null, int occurrence = 1, string? name = null, string? id = null)
        => Add(MentionKind.Person, words, occurrence, (m, span) => new Mention(MentionKind.Person, span, words)
        {
            Name = name ?? words,
            Position = position,
            Country = country is null ? null : CountryCode.Parse(country, CultureInfo.InvariantCulture),
            Person = id is null ? null : PersonId.Parse(id, CultureInfo.InvariantCulture),
        });

    public Mention Institution(string words, string? country = null, int occurrence = 1, string? id = null)
        => Add(MentionKind.Institution, words, occurrence, (m, span) => new Mention(MentionKind.Institution, span, words)
        {
            Name = words,
            Country = country is null ? null : CountryCode.Parse(country, CultureInfo.InvariantCulture),
            Institution = id is null ? null : InstitutionId.Parse(id, CultureInfo.InvariantCulture),
        });

    public Mention Mechanism(string words, int occurrence = 1, string? id = null)
        => Add(MentionKind.Mechanism, words, occurrence, (m, span) => new Mention(MentionKind.Mechanism, span, words)
        {
            Name = words,
            Mechanism = id is null ? null : MechanismId.Parse(id, CultureInfo.InvariantCulture),
        });

    public Mention Ordinal(string words, int value, int occurrence = 1)
        => Add(MentionKind.Ordinal, words, occurrence, (m, span) => new Mention(MentionKind.Ordinal, span, words) { Ordinal = Cooperation.Domain.Ordinal.FromInt32(value) });

    /// <summary>A meeting read from the sentences that hold <paramref name="sentenceWords"/>, with all the mentions in them.</summary>
    public ReportedMeeting Meeting(
        MeetingStatus status,
        string countries,
        string? date,
        string? mechanism = null,
        int? ordinal = null,
        string? place = null,
        MeetingKind? kind = null,
        string? mechanismId = null,
        params string[] sentenceWords)
    {
        var sentences = sentenceWords.Select(w => SentenceAt(Locate(w, 1).Start)).Distinct().Order().ToImmutableArray();
        var mentions = _mentions.Where(m => sentences.Any(s => s.Contains(m.Span))).OrderBy(static m => m.Start).ToImmutableArray();
        var range = date is not null && date.Contains('/', StringComparison.Ordinal);
        var meeting = new ReportedMeeting(
            status,
            [.. countries.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static c => CountryCode.Parse(c, CultureInfo.InvariantCulture)).Order()],
            sentences,
            mentions)
        {
            Date = date is null || range ? null : PartialDate.Parse(date, CultureInfo.InvariantCulture),
            DateRange = range ? PartialDateRange.Parse(date!, CultureInfo.InvariantCulture) : null,
            Mechanism = mechanism,
            MechanismId = mechanismId is null ? null : MechanismId.Parse(mechanismId, CultureInfo.InvariantCulture),
            Ordinal = ordinal is { } n ? Cooperation.Domain.Ordinal.FromInt32(n) : null,
            Place = place,
            Kind = kind,
        };
        _meetings.Add(meeting);
        return meeting;
    }

    /// <summary>A meeting read from the sentence that holds <paramref name="mentions"/>'s first, with only those mentions.</summary>
    public ReportedMeeting MeetingOf(string countries, Mention date, params Mention[] mentions)
    {
        var meeting = new ReportedMeeting(
            MeetingStatus.Held,
            [.. countries.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(static c => CountryCode.Parse(c, CultureInfo.InvariantCulture)).Order()],
            [SentenceAt(date.Start)],
            [date, .. mentions])
        {
            Date = date.Date,
            DateRange = date.DateRange,
        };
        _meetings.Add(meeting);
        return meeting;
    }

    /// <summary>The reading, its sentences cut at a period followed by white space and at line breaks.</summary>
    public CommuniqueReading Build()
        => new(Text, language, Dateline, Dateline is null ? DocumentDateSource.Unknown : DocumentDateSource.Dateline, Dateline, Sentences(),
            [.. _mentions.OrderBy(static m => m.Start).ThenBy(static m => m.End)], [.. _meetings], draft: null);

    /// <summary>The draft the stage makes of the reading, as read from the text's UTF-8 bytes in a file of this name.</summary>
    public CooperationCatalog? Draft(CooperationCatalog? catalog = null, string file = "text.txt")
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return DraftStage.Build(Build(), catalog, new ArchivedCopy(file, sha), sha);
    }

    /// <summary>The draft checked against its text, as <c>check --sources</c> checks it.</summary>
    public ValidationReport Check(CooperationCatalog draft, string file = "text.txt")
        => DraftTexts.Check(draft, new DraftTexts.Sample(file, Encoding.UTF8.GetBytes(Text), language, null));

    public TextSpan Locate(string words, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{words}\" (occurrence {occurrence}) is not in the text");
        }

        return new TextSpan(at, at + words.Length);
    }

    private Mention Add(MentionKind kind, string words, int occurrence, Func<MentionKind, TextSpan, Mention> make)
    {
        var mention = make(kind, Locate(words, occurrence));
        _mentions.Add(mention);
        return mention;
    }

    // "U.S.", "EE.UU.": a period inside the word before this one makes it an abbreviation, not a sentence's end.
    private bool IsAbbreviation(int period)
    {
        var start = period;
        while (start > 0 && !char.IsWhiteSpace(Text[start - 1]))
        {
            start--;
        }

        return Text.AsSpan(start, period - start).Contains('.');
    }

    private ImmutableArray<TextSpan>? _sentences;

    private TextSpan SentenceAt(int offset) => (_sentences ??= Sentences()).First(s => s.Start <= offset && offset < s.End);

    private ImmutableArray<TextSpan> Sentences()
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        var start = 0;
        for (var i = 0; i <= Text.Length; i++)
        {
            var end = i == Text.Length || Text[i] == '\n' || (Text[i] == '.' && (i + 1 == Text.Length || char.IsWhiteSpace(Text[i + 1])) && !IsAbbreviation(i));
            if (!end)
            {
                continue;
            }

            var stop = i < Text.Length && Text[i] == '.' ? i + 1 : i;
            while (start < stop && char.IsWhiteSpace(Text[start]))
            {
                start++;
            }

            if (stop > start)
            {
                sentences.Add(new TextSpan(start, stop));
            }

            start = stop;
        }

        return sentences.ToImmutable();
    }
}
