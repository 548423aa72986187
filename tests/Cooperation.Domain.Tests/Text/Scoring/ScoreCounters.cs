using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>The side counts score.py reports below its table: what was ignored, repaired, or agreed beyond the match.</summary>
public sealed class ScoreCounters
{
    /// <summary>Predictions inside a crawler's date token, ignored.</summary>
    public int IgnoredToken { get; set; }

    /// <summary>Matched people whose gold and predicted positions agree, and how many had both.</summary>
    public int PositionsAgreeing { get; set; }

    /// <inheritdoc cref="PositionsAgreeing"/>
    public int PositionsCompared { get; set; }

    /// <summary>Matched meetings whose status agrees, and how many predicted one.</summary>
    public int StatusesAgreeing { get; set; }

    /// <inheritdoc cref="StatusesAgreeing"/>
    public int StatusesCompared { get; set; }

    /// <summary>Spans that did not point at their text and were repaired (inclusive end, UTF-8 offsets, nearest occurrence).</summary>
    public int SpansRepaired { get; set; }

    /// <summary>Spans that could not be repaired.</summary>
    public int SpansMismatched { get; set; }

    /// <summary>Mentions of a kind the scorer does not know.</summary>
    public int UnknownKinds { get; set; }

    /// <summary>Documents scored with spans, by value only, and without usable output.</summary>
    public int DocumentsWithSpans { get; set; }

    /// <inheritdoc cref="DocumentsWithSpans"/>
    public int DocumentsByValue { get; set; }

    /// <inheritdoc cref="DocumentsWithSpans"/>
    public int DocumentsFailed { get; set; }
}
