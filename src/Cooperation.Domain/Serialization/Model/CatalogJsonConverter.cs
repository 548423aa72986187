using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a whole <see cref="CooperationCatalog"/>: <c>{"format": "cooperation-catalog/1", "sources": […],
/// "institutions": […], "mechanisms": […], "meetings": […]}</c>, arrays in identifier order and omitted when empty.
/// </summary>
internal sealed class CatalogJsonConverter : JsonConverter<CooperationCatalog>
{
    /// <summary>The format marker every catalog document starts with.</summary>
    public const string Format = "cooperation-catalog/1";

    /// <summary>How errors name a catalog.</summary>
    internal const string Entity = "catalog";

    /// <summary>The members of a catalog, in the order they are written; <see cref="CatalogStreamWalker"/> reads the same.</summary>
    internal static readonly string[] Names = ["format", "sources", "institutions", "mechanisms", "meetings"];

    /// <summary>The members, as an unknown-member error lists them.</summary>
    internal static readonly string Allowed = string.Join(", ", Names);

    public override CooperationCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonModel.ExpectObject(ref reader, Entity);
        ulong seen = 0;
        ImmutableArray<Source> sources = default;
        ImmutableArray<Institution> institutions = default;
        ImmutableArray<Mechanism> mechanisms = default;
        ImmutableArray<Meeting> meetings = default;
        while (JsonModel.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("format"u8))
            {
                JsonModel.Mark(ref seen, 0, "format", Entity);
                reader.Read();
                if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(Format))
                {
                    var found = reader.TokenType == JsonTokenType.String ? InputExcerpt.Describe(reader.GetString()) : JsonTokenDescription.Describe(ref reader);
                    throw new JsonException($"The member \"format\" of a catalog must be \"{Format}\", but found {found}.");
                }
            }
            else if (reader.ValueTextEquals("sources"u8))
            {
                JsonModel.Mark(ref seen, 1, "sources", Entity);
                sources = JsonModel.Array<Source>(ref reader, options, "sources", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("institutions"u8))
            {
                JsonModel.Mark(ref seen, 2, "institutions", Entity);
                institutions = JsonModel.Array<Institution>(ref reader, options, "institutions", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("mechanisms"u8))
            {
                JsonModel.Mark(ref seen, 3, "mechanisms", Entity);
                mechanisms = JsonModel.Array<Mechanism>(ref reader, options, "mechanisms", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("meetings"u8))
            {
                JsonModel.Mark(ref seen, 4, "meetings", Entity);
                meetings = JsonModel.Array<Meeting>(ref reader, options, "meetings", Entity, checkSyntaxFirst: true);
            }
            else
            {
                throw JsonModel.Unknown(ref reader, Entity, Allowed);
            }
        }

        JsonModel.Require(seen, Names, 0b1, Entity);
        try
        {
            return new CooperationCatalog(
                sources.IsDefault ? [] : sources,
                institutions.IsDefault ? [] : institutions,
                mechanisms.IsDefault ? [] : mechanisms,
                meetings.IsDefault ? [] : meetings);
        }
        catch (ArgumentException error)
        {
            throw JsonModel.Invalid(error, Entity);
        }
    }

    public override void Write(Utf8JsonWriter writer, CooperationCatalog value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("format"u8, Format);
        JsonModel.WriteArray(writer, "sources"u8, value.Sources, options);
        JsonModel.WriteArray(writer, "institutions"u8, value.Institutions, options);
        JsonModel.WriteArray(writer, "mechanisms"u8, value.Mechanisms, options);
        JsonModel.WriteArray(writer, "meetings"u8, value.Meetings, options);
        writer.WriteEndObject();
    }
}
