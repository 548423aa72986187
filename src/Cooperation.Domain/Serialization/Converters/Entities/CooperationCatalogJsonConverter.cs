using System;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a whole <see cref="CooperationCatalog"/>: <c>{"format": "cooperation-catalog/2", "sources": […],
/// "institutions": […], "people": […], "mechanisms": […], "meetings": […]}</c>, arrays in identifier order and omitted
/// when empty. Documents of format 1 are read too (<see cref="CatalogFormat"/>); everything is written in format 2.
/// </summary>
public sealed class CooperationCatalogJsonConverter : JsonConverter<CooperationCatalog>
{
    /// <summary>The format marker written, the current format's.</summary>
    public const string Format = CatalogFormat.Current;

    /// <summary>How errors name a catalog.</summary>
    internal const string Entity = "catalog";

    /// <summary>The members of a catalog, in the order they are written; <see cref="CatalogStreamWalker"/> reads the same.</summary>
    internal static readonly string[] Names = ["format", "sources", "institutions", "people", "mechanisms", "meetings"];

    /// <inheritdoc/>
    public override CooperationCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        options = JsonModel.Own(options);
        JsonModel.ExpectObject(ref reader, Entity);
        ulong seen = 0;
        // Until "format" is read, a document is taken to be of format 1, whose members could come in any order.
        var version = 0;
        var entityOptions = options;
        ImmutableArray<Source> sources = default;
        ImmutableArray<Institution> institutions = default;
        ImmutableArray<Person> people = default;
        ImmutableArray<Mechanism> mechanisms = default;
        ImmutableArray<Meeting> meetings = default;
        while (JsonModel.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("format"u8))
            {
                JsonModel.Mark(ref seen, 0, "format", Entity);
                reader.Read();
                version = CatalogFormat.ReadVersion(ref reader, formatIsFirst: seen == 1);
                entityOptions = CatalogFormat.OptionsFor(version, options);
            }
            else if (reader.ValueTextEquals("sources"u8))
            {
                JsonModel.Mark(ref seen, 1, "sources", Entity);
                entityOptions = Unversioned(version, options, entityOptions);
                sources = JsonModel.Array<Source>(ref reader, entityOptions, "sources", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("institutions"u8))
            {
                JsonModel.Mark(ref seen, 2, "institutions", Entity);
                entityOptions = Unversioned(version, options, entityOptions);
                institutions = JsonModel.Array<Institution>(ref reader, entityOptions, "institutions", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("people"u8))
            {
                CatalogFormat.CheckFormat2Member(version, "people");
                JsonModel.Mark(ref seen, 3, "people", Entity);
                people = JsonModel.Array<Person>(ref reader, entityOptions, "people", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("mechanisms"u8))
            {
                JsonModel.Mark(ref seen, 4, "mechanisms", Entity);
                entityOptions = Unversioned(version, options, entityOptions);
                mechanisms = JsonModel.Array<Mechanism>(ref reader, entityOptions, "mechanisms", Entity, checkSyntaxFirst: true);
            }
            else if (reader.ValueTextEquals("meetings"u8))
            {
                JsonModel.Mark(ref seen, 5, "meetings", Entity);
                entityOptions = Unversioned(version, options, entityOptions);
                meetings = JsonModel.Array<Meeting>(ref reader, entityOptions, "meetings", Entity, checkSyntaxFirst: true);
            }
            else
            {
                throw JsonModel.Unknown(ref reader, Entity, CatalogFormat.AllowedMembers(version, formatGiven: (seen & 1) != 0));
            }
        }

        JsonModel.Require(seen, Names, 0b1, Entity);
        try
        {
            return new CooperationCatalog(
                sources.IsDefault ? [] : sources,
                institutions.IsDefault ? [] : institutions,
                people.IsDefault ? [] : people,
                mechanisms.IsDefault ? [] : mechanisms,
                meetings.IsDefault ? [] : meetings);
        }
        catch (ArgumentException error)
        {
            throw JsonModel.Invalid(error, Entity);
        }
    }

    // A collection before "format": the document can only be of format 1 (format 2 puts "format" first).
    private static JsonSerializerOptions Unversioned(int version, JsonSerializerOptions options, JsonSerializerOptions current)
        => version == 0 ? CatalogFormat.OptionsFor(1, options) : current;

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CooperationCatalog value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        options = JsonModel.Own(options, writing: true);
        writer.WriteStartObject();
        writer.WriteString("format"u8, Format);
        JsonModel.WriteArray(writer, "sources"u8, value.Sources, options);
        JsonModel.WriteArray(writer, "institutions"u8, value.Institutions, options);
        JsonModel.WriteArray(writer, "people"u8, value.People, options);
        JsonModel.WriteArray(writer, "mechanisms"u8, value.Mechanisms, options);
        JsonModel.WriteArray(writer, "meetings"u8, value.Meetings, options);
        writer.WriteEndObject();
    }
}
