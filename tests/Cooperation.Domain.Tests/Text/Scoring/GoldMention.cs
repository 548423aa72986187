using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// One annotated mention: its kind, the exact text at [<see cref="Start"/>, <see cref="End"/>) of the document, its
/// normalised value (and values also accepted), and, for people and institutions, the position and country the text
/// gives. An optional mention (an ambiguous case) counts neither for nor against a prediction.
/// </summary>
public sealed record GoldMention(
    string Kind,
    string Text,
    int Start,
    int End,
    JsonNode? Value,
    IReadOnlyList<JsonNode?> AltValues,
    bool Optional,
    string? Position,
    string? Country,
    string? Canonical,
    int? Occurrence)
{
    /// <summary>The value and every alternative, as score.py tries them.</summary>
    public IEnumerable<JsonNode?> AcceptedValues => [Value, .. AltValues];
}
