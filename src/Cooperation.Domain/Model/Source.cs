using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A public document that facts in the catalog come from: a press release, a joint communiqué, a news article, a
/// presentation.
/// </summary>
/// <remarks>Immutable; validated on construction. Equality compares every member.</remarks>
[DebuggerDisplay("{Id,nq}")]
[JsonConverter(typeof(SourceJsonConverter))]
public sealed class Source : IEquatable<Source>
{
    private ImmutableArray<Suppression> _suppressions = [];

    /// <summary>Creates a source.</summary>
    /// <param name="id">The identifier other entities cite it by.</param>
    /// <param name="title">The title, in the language(s) it was published in.</param>
    /// <param name="publisher">Who published it ("Secretaría de Relaciones Exteriores", "Noticieros Televisa").</param>
    /// <param name="date">When it was published, as precisely as known; null when the document is undated.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="url">Where it was published: an absolute http or https address, if known.</param>
    /// <param name="archive">The archived copy of the document that quotes are checked against, if one is kept.</param>
    /// <param name="issuers">
    /// The institutions that issued it, when the catalog knows them: both ministries of a joint communiqué
    /// ("Comunicado conjunto RELACIONES EXTERIORES-SEGURIDAD").
    /// </param>
    /// <param name="updated">When it was last updated, if it says so.</param>
    /// <param name="number">Its number in the issuer's series ("176" for "Comunicado No. 176"), if it has one.</param>
    /// <param name="dateline">
    /// The place its dateline gives ("Ciudad de México, 13 de mayo de 2021"): where it was written, which is not
    /// where a meeting took place.
    /// </param>
    /// <param name="reportsOn">The document it reports on ("En un comunicado, la SRE indicó"), if any.</param>
    /// <param name="presentedAt">The meeting a presentation was given at, if any.</param>
    /// <param name="citations">Where the document itself states its title, date, number or dateline, with its words.</param>
    public Source(SourceId id, LocalizedText title, LocalizedText publisher, PartialDate? date, Language language, SourceKind kind, Uri? url = null, ArchivedCopy? archive = null, ImmutableArray<InstitutionId> issuers = default,
        PartialDate? updated = null, string? number = null, Venue? dateline = null, ReportedSource? reportsOn = null, MeetingId? presentedAt = null,
        ImmutableArray<Citation> citations = default)
    {
        Guard.Against.Uninitialized(id);
        Guard.Against.Uninitialized(title);
        Guard.Against.Uninitialized(publisher);
        Guard.Against.UninitializedOptional(date, "The date is the uninitialized default value.");
        Guard.Against.Undefined(language, "a Language");
        ArgumentNullException.ThrowIfNull(kind);
        Guard.Against.Unmet(url is null || (url.IsAbsoluteUri && url.Scheme is "http" or "https"), "The URL must be an absolute http or https address.", nameof(url));
        Guard.Against.UninitializedOptional(updated, "The update date is the uninitialized default value.");
        Guard.Against.UninitializedOptional(presentedAt, "The meeting is the uninitialized default value.");
        Guard.Against.Unmet(number is null || IsNumber(number), "A source's number is 1 to 32 letters, digits, hyphens, periods or slashes (\"176\", \"SRE-176/2023\").", nameof(number));
        citations = Cited.Check(citations, nameof(citations));
        issuers = Structural.Normalize(issuers, nameof(issuers));
        Guard.Against.Unmet(!Structural.Any(issuers, static i => i.IsDefault), "An issuer is the uninitialized default value.", nameof(issuers));
        Structural.CheckDistinct(issuers, static i => i, "The issuer", nameof(issuers));
        Id = id;
        Title = title;
        Publisher = publisher;
        Date = date;
        Language = language;
        Kind = kind;
        // One spelling per address, so that equal sources write equal bytes.
        Url = url is null ? null : new Uri(url.AbsoluteUri);
        Archive = archive;
        Issuers = issuers;
        Updated = updated;
        Number = number;
        Dateline = dateline;
        ReportsOn = reportsOn;
        PresentedAt = presentedAt;
        Citations = citations;
    }

    // Editing: one With… method per constructor parameter, each a call of the constructor, so that a copy is
    // validated exactly like a new source. A member added in a later version gets its own With… method.

    /// <summary>A copy of this source with another <see cref="Id"/>, validated like the constructor.</summary>
    /// <param name="id">The identifier other entities cite it by.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithId(SourceId id) => Keep(new(id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Title"/>, validated like the constructor.</summary>
    /// <param name="title">The title, in the language(s) it was published in.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithTitle(LocalizedText title) => Keep(new(Id, title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Publisher"/>, validated like the constructor.</summary>
    /// <param name="publisher">Who published it ("Secretaría de Relaciones Exteriores", "Noticieros Televisa").</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithPublisher(LocalizedText publisher) => Keep(new(Id, Title, publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Date"/>, validated like the constructor.</summary>
    /// <param name="date">When it was published, as precisely as known; null when the document is undated.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithDate(PartialDate? date) => Keep(new(Id, Title, Publisher, date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Language"/>, validated like the constructor.</summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithLanguage(Language language) => Keep(new(Id, Title, Publisher, Date, language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Kind"/>, validated like the constructor.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithKind(SourceKind kind) => Keep(new(Id, Title, Publisher, Date, Language, kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Url"/>, validated like the constructor.</summary>
    /// <param name="url">Where it was published: an absolute http or https address, if known.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithUrl(Uri? url) => Keep(new(Id, Title, Publisher, Date, Language, Kind, url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Archive"/>, validated like the constructor.</summary>
    /// <param name="archive">The archived copy of the document that quotes are checked against, if one is kept.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithArchive(ArchivedCopy? archive) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Issuers"/>, validated like the constructor.</summary>
    /// <param name="issuers">The institutions that issued it, when the catalog knows them: both ministries of a joint communiqué ("Comunicado conjunto RELACIONES EXTERIORES-SEGURIDAD").</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithIssuers(ImmutableArray<InstitutionId> issuers) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Updated"/>, validated like the constructor.</summary>
    /// <param name="updated">When it was last updated, if it says so.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithUpdated(PartialDate? updated) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, updated, Number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Number"/>, validated like the constructor.</summary>
    /// <param name="number">Its number in the issuer's series ("176" for "Comunicado No. 176"), if it has one.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithNumber(string? number) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, number, Dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Dateline"/>, validated like the constructor.</summary>
    /// <param name="dateline">The place its dateline gives ("Ciudad de México, 13 de mayo de 2021"): where it was written, which is not where a meeting took place.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithDateline(Venue? dateline) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, dateline, ReportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="ReportsOn"/>, validated like the constructor.</summary>
    /// <param name="reportsOn">The document it reports on ("En un comunicado, la SRE indicó"), if any.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithReportsOn(ReportedSource? reportsOn) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, reportsOn, PresentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="PresentedAt"/>, validated like the constructor.</summary>
    /// <param name="presentedAt">The meeting a presentation was given at, if any.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithPresentedAt(MeetingId? presentedAt) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, presentedAt, Citations));

    /// <summary>A copy of this source with another <see cref="Citations"/>, validated like the constructor.</summary>
    /// <param name="citations">Where the document itself states its title, date, number or dateline, with its words.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    public Source WithCitations(ImmutableArray<Citation> citations) => Keep(new(Id, Title, Publisher, Date, Language, Kind, Url, Archive, Issuers, Updated, Number, Dateline, ReportsOn, PresentedAt, citations));

    /// <summary>The identifier.</summary>
    public SourceId Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Who published it.</summary>
    public LocalizedText Publisher { get; }

    /// <summary>When it was published; null when the document is undated.</summary>
    public PartialDate? Date { get; }

    /// <summary>The language of the text.</summary>
    public Language Language { get; }

    /// <summary>The kind of document.</summary>
    public SourceKind Kind { get; }

    /// <summary>Where it was published, if known.</summary>
    public Uri? Url { get; }

    /// <summary>The archived copy quotes are checked against, if one is kept.</summary>
    public ArchivedCopy? Archive { get; }

    /// <summary>The institutions that issued it, when known.</summary>
    public ImmutableArray<InstitutionId> Issuers { get; }

    /// <summary>When it was last updated, if it says so.</summary>
    public PartialDate? Updated { get; }

    /// <summary>Its number in the issuer's series, if it has one ("176").</summary>
    public string? Number { get; }

    /// <summary>The place of its dateline, if it has one; not a venue.</summary>
    public Venue? Dateline { get; }

    /// <summary>The document it reports on, if any.</summary>
    public ReportedSource? ReportsOn { get; }

    /// <summary>The meeting a presentation was given at, if any.</summary>
    public MeetingId? PresentedAt { get; }

    /// <summary>Where the document states its own particulars, with its words.</summary>
    public ImmutableArray<Citation> Citations { get; }

    private static bool IsNumber(string text)
        => text.Length is > 0 and <= 32 && !text.AsSpan().ContainsAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-./")
            && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]);

    /// <summary>
    /// Findings accepted on this source, each with its rule and justification (see <see cref="Suppression"/>); empty when
    /// none. A member added after the constructor: set it with <see cref="WithSuppressions"/>, which every other
    /// <c>With…</c> method keeps.
    /// </summary>
    public ImmutableArray<Suppression> Suppressions => _suppressions;

    /// <summary>A copy of this source with other <see cref="Suppressions"/>.</summary>
    /// <param name="suppressions">The findings accepted, each with its rule and justification.</param>
    /// <returns>The copy; this source is unchanged.</returns>
    /// <exception cref="ArgumentException">A suppression is null, or two suppress the same rule.</exception>
    public Source WithSuppressions(ImmutableArray<Suppression> suppressions)
    {
        suppressions = Structural.Normalize(suppressions, nameof(suppressions));
        Structural.CheckDistinct(suppressions, static s => s.Rule, "The suppressed rule", nameof(suppressions));
        var copy = (Source)MemberwiseClone();
        copy._suppressions = suppressions;
        return copy;
    }

    // A copy made by another With… method keeps the suppressions, which the constructor does not take.
    private Source Keep(Source copy)
    {
        copy._suppressions = _suppressions;
        return copy;
    }

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Source? other)
        => other is not null && Id == other.Id && Title == other.Title && Publisher == other.Publisher && Date == other.Date
            && Language == other.Language && Kind == other.Kind && string.Equals(Url?.AbsoluteUri, other.Url?.AbsoluteUri, StringComparison.Ordinal)
            && Equals(Archive, other.Archive) && Structural.Equal(Issuers, other.Issuers) && Updated == other.Updated
            && string.Equals(Number, other.Number, StringComparison.Ordinal) && Equals(Dateline, other.Dateline) && Equals(ReportsOn, other.ReportsOn)
            && PresentedAt == other.PresentedAt && Structural.Equal(Citations, other.Citations)
            && Structural.Equal(Suppressions, other.Suppressions);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Date, Kind);

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
