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
public sealed partial class Source
{
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
    public ImmutableArray<Suppression> Suppressions { get; } = [];

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
