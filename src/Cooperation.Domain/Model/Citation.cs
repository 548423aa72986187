using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// A source that supports a claim, with the source's own words when they are given: <c>{"source":
/// "sre-comunicado-176-2023", "quote": "Este mecanismo binacional fue establecido en 2013"}</c>.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; validated on construction. A quote is 1 to <see cref="MaxQuoteLength"/> characters once trimmed and
/// normalized to NFC, with no control characters (line breaks included) and no invisible or bidi format characters.
/// </para>
/// <para>
/// A quote is checked against the archived copy of its source by rule COOP7006 when the copies are at hand
/// (<see cref="Rules.ValidationOptions.SourceTexts"/>): it must occur in the text after both are normalized to NFC and every
/// run of white space becomes one space (docs/json-format.md). Equality is ordinal.
/// </para>
/// </remarks>
[JsonConverter(typeof(CitationJsonConverter))]
public sealed partial class Citation
{
    /// <summary>The longest quote accepted, in UTF-16 code units of its NFC form.</summary>
    public const int MaxQuoteLength = 500;

    /// <summary>Creates a citation.</summary>
    /// <param name="source">The source cited.</param>
    /// <param name="quote">The source's own words that support the claim, if given.</param>
    /// <exception cref="ArgumentException">The source is the uninitialized default, or the quote breaks a rule in the remarks.</exception>
    public Citation(SourceId source, string? quote = null)
    {
        Guard.Against.Uninitialized(source);
        if (quote is not null)
        {
            if (!HumanText.TryCheck(quote, MaxQuoteLength, $"a quote is at most {MaxQuoteLength} characters", out var trimmed, out var error))
            {
                throw new ArgumentException($"The quote is not valid: {error}.", nameof(quote));
            }

            quote = HumanText.Normalize(trimmed, quote);
        }

        Source = source;
        Quote = quote;
    }

    /// <summary>The source cited.</summary>
    public SourceId Source { get; }

    /// <summary>The source's own words, if given; trimmed and in NFC.</summary>
    public string? Quote { get; }

    /// <summary>A citation of <paramref name="source"/> without a quote, as format 1 cited sources.</summary>
    /// <param name="source">The source cited.</param>
    /// <exception cref="ArgumentException">The source is the uninitialized default.</exception>
    public static implicit operator Citation(SourceId source) => new(source);

    /// <summary>A citation of <paramref name="source"/> without a quote.</summary>
    /// <param name="source">The source cited.</param>
    public static Citation Of(SourceId source) => new(source);

    /// <summary>The source, and the quote in quotation marks when there is one.</summary>
    public override string ToString() => Quote is null ? Source.ToString() : $"{Source}: \u201C{Quote}\u201D";
}
