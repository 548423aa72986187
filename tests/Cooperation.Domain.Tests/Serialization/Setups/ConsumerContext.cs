using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Tests.Serialization.Setups;

/// <summary>A record of a consuming service that holds model values, entities and vocabularies.</summary>
public sealed record Visit(
    CountryCode Country,
    PartialDate When,
    Ordinal Number,
    MeetingStatus Status,
    PartialDateRange? Span,
    LocalizedText Title,
    MeetingId Id,
    Meeting Meeting,
    ImmutableArray<PersonId> People,
    Dictionary<CountryCode, int> ByCountry);

/// <summary>The service's own source-generated context: it knows its record, and nothing of the model's internals.</summary>
[JsonSerializable(typeof(Visit))]
public sealed partial class ConsumerContext : JsonSerializerContext
{
}

/// <summary>The same, with the web defaults (camelCase, case-insensitive reading).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Visit))]
public sealed partial class ConsumerWebContext : JsonSerializerContext
{
}
