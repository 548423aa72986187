using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
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
    /// <summary>Creates a source.</summary>
    /// <param name="id">The identifier other entities cite it by.</param>
    /// <param name="title">The title, in the language(s) it was published in.</param>
    /// <param name="publisher">Who published it ("Secretaría de Relaciones Exteriores", "Noticieros Televisa").</param>
    /// <param name="date">When it was published, as precisely as known; null when the document is undated.</param>
    /// <param name="language">The language of the text.</param>
    /// <param name="kind">The kind of document.</param>
    /// <param name="url">Where it was published: an absolute http or https address, if known.</param>
    /// <param name="seedDocument">
    /// The file name of the project's copy of the document (such as "003_d352a4c521fecf60.txt"), when the source is one
    /// of the seed documents.
    /// </param>
    /// <param name="issuers">
    /// The institutions that issued it, when the catalog knows them: both ministries of a joint communiqué
    /// ("Comunicado conjunto RELACIONES EXTERIORES-SEGURIDAD").
    /// </param>
    /// <exception cref="ArgumentException">A required value is missing, an issuer repeats, or the URL or file name is not valid.</exception>
    public Source(SourceId id, LocalizedText title, LocalizedText publisher, PartialDate? date, Language language, SourceKind kind, Uri? url = null, string? seedDocument = null, ImmutableArray<InstitutionId> issuers = default)
    {
        Preconditions.CheckInitialized(id.IsDefault, nameof(SourceId));
        Preconditions.CheckInitialized(title.IsDefault, nameof(LocalizedText));
        Preconditions.CheckInitialized(publisher.IsDefault, nameof(LocalizedText));
        Preconditions.CheckArgument(date is not { IsDefault: true }, "The date is the uninitialized default value.", nameof(date));
        Preconditions.CheckArgument(Enum.IsDefined(language), $"{language} is not a Language.", nameof(language));
        ArgumentNullException.ThrowIfNull(kind);
        Preconditions.CheckArgument(url is null || (url.IsAbsoluteUri && url.Scheme is "http" or "https"), "The URL must be an absolute http or https address.", nameof(url));
        Preconditions.CheckArgument(seedDocument is null || IsFileName(seedDocument), "The seed document is a file name such as \"003_d352a4c521fecf60.txt\", without a directory.", nameof(seedDocument));
        issuers = Structural.Normalize(issuers, nameof(issuers));
        Preconditions.CheckArgument(!Structural.Any(issuers, static i => i.IsDefault), "An issuer is the uninitialized default value.", nameof(issuers));
        Structural.CheckDistinct(issuers, static i => i, "The issuer", nameof(issuers));
        Id = id;
        Title = title;
        Publisher = publisher;
        Date = date;
        Language = language;
        Kind = kind;
        // One spelling per address, so that equal sources write equal bytes.
        Url = url is null ? null : new Uri(url.AbsoluteUri);
        SeedDocument = seedDocument;
        Issuers = issuers;
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

    /// <summary>The file name of the project's copy, for the seed documents.</summary>
    public string? SeedDocument { get; }

    /// <summary>The institutions that issued it, when known.</summary>
    public ImmutableArray<InstitutionId> Issuers { get; }

    private static bool IsFileName(string name)
        => name.Length is > 0 and <= 128 && name is not ("." or "..") && !name.AsSpan().ContainsAny('/', '\\') && name.Trim().Length == name.Length && !name.AsSpan().ContainsAnyInRange('\u0000', '\u001F');

    /// <inheritdoc/>
    public bool Equals([NotNullWhen(true)] Source? other)
        => other is not null && Id == other.Id && Title == other.Title && Publisher == other.Publisher && Date == other.Date
            && Language == other.Language && Kind == other.Kind && string.Equals(Url?.AbsoluteUri, other.Url?.AbsoluteUri, StringComparison.Ordinal)
            && string.Equals(SeedDocument, other.SeedDocument, StringComparison.Ordinal) && Structural.Equal(Issuers, other.Issuers);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Title, Date, Kind);

    /// <summary>The identifier.</summary>
    public override string ToString() => Id.ToString();
}
