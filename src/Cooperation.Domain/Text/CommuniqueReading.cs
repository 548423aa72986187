using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Cooperation.Domain.Text;

/// <summary>
/// What <see cref="CommuniqueReader"/> read in one text: its mentions, the meetings it reports or announces, and a
/// draft catalog. Immutable; written by the formats of <see cref="CommuniqueFormats"/>.
/// </summary>
/// <remarks>
/// Offsets (<see cref="Mention.Span"/>, <see cref="ReportedMeeting.Sentences"/>) are UTF-16 offsets into
/// <see cref="Text"/>: the text as given, with a leading byte order mark (U+FEFF) removed.
/// </remarks>
public sealed class CommuniqueReading
{
    internal CommuniqueReading(
        string text,
        Language language,
        LocalDate? documentDate,
        DocumentDateSource documentDateSource,
        LocalDate? datelineDate,
        ImmutableArray<TextSpan> sentences,
        ImmutableArray<Mention> mentions,
        ImmutableArray<ReportedMeeting> meetings,
        CooperationCatalog? draft)
    {
        Text = text;
        Language = language;
        DocumentDate = documentDate;
        DocumentDateSource = documentDateSource;
        DatelineDate = datelineDate;
        Sentences = sentences;
        Mentions = mentions;
        Meetings = meetings;
        Draft = draft;
    }

    /// <summary>The text read, a leading byte order mark removed: what every offset counts into.</summary>
    public string Text { get; }

    /// <summary>The text's language: the one given in the options, or the one found from its words.</summary>
    public Language Language { get; }

    /// <summary>The date relative dates were resolved against, or null when none is known.</summary>
    public LocalDate? DocumentDate { get; }

    /// <summary>Where <see cref="DocumentDate"/> came from.</summary>
    public DocumentDateSource DocumentDateSource { get; }

    /// <summary>
    /// The date of the text's dateline or date line, when it has one; it differs from <see cref="DocumentDate"/> when a
    /// given document date disagrees with it (the given date wins).
    /// </summary>
    public LocalDate? DatelineDate { get; }

    /// <summary>The sentences of the text, in order (headings and list items count as sentences).</summary>
    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>Every mention, by start offset, then by end offset, then by kind. Mentions of different kinds may overlap ("Canada" in "Public Safety Canada").</summary>
    public ImmutableArray<Mention> Mentions { get; }

    /// <summary>The meetings the text reports or announces, in the order the text first mentions them.</summary>
    public ImmutableArray<ReportedMeeting> Meetings { get; }

    /// <summary>
    /// The draft catalog (format 2) built from the meetings and mentions: the meetings whose date the text fixes, their
    /// delegations with the participants and roles the text states, the people, institutions and mechanisms not already
    /// in the options' catalog (those it holds are referred to by their identifiers), one source for the text, and a
    /// citation quoting the words of each fact. Null when the text reports nothing a catalog could take (no meeting,
    /// person, institution or mechanism). The source names its archived copy (file name and SHA-256) when the text was
    /// read from bytes with a file name (<see cref="CommuniqueReader.Read(ReadOnlySpan{byte}, string?)"/>), so that
    /// <c>cooperation check --sources</c> can find every quote in it (docs/text-extraction.md, "The draft").
    /// </summary>
    public CooperationCatalog? Draft { get; }

    /// <summary>A copy of this reading with its draft.</summary>
    internal CommuniqueReading WithDraft(CooperationCatalog? draft)
        => new(Text, Language, DocumentDate, DocumentDateSource, DatelineDate, Sentences, Mentions, Meetings, draft);

    /// <summary>The mentions of one kind, in text order.</summary>
    /// <param name="kind">The kind.</param>
    public ImmutableArray<Mention> MentionsOf(MentionKind kind) => [.. Mentions.Where(m => m.Kind == kind)];
}
