using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// A mention as the scorer reads it from an extractor's output: kind, text, span (null when the output gives none),
/// the value already normalised for its kind, and a person's position.
/// </summary>
public sealed record PredictedMention(string Kind, JsonNode? Text, int? Start, int? End, JsonNode? Value, JsonNode? Position);
