using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
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

    private static readonly byte[][] Utf8Members = [.. CatalogFormat.Members.Select(static m => Encoding.UTF8.GetBytes(m))];

    private static readonly CatalogFormat.Readers Writers = CatalogFormat.ReadersFor(2);

    /// <inheritdoc/>
    public override CooperationCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonModel.ExpectObject(ref reader, Entity);
        ulong seen = 0;
        // Until "format" is read, a document is taken to be of format 1, whose members could come in any order.
        var version = 0;
        ImmutableArray<Source> sources = default;
        ImmutableArray<Institution> institutions = default;
        ImmutableArray<Person> people = default;
        ImmutableArray<Mechanism> mechanisms = default;
        ImmutableArray<Meeting> meetings = default;
        while (JsonModel.NextMember(ref reader))
        {
            var member = MemberAt(ref reader);
            if (member < 0)
            {
                throw JsonModel.Unknown(ref reader, Entity, CatalogFormat.AllowedMembers(version, formatGiven: (seen & 1) != 0));
            }

            var name = CatalogFormat.Members[member];
            if (member == 0)
            {
                JsonModel.Mark(ref seen, 0, name, Entity);
                reader.Read();
                version = CatalogFormat.ReadVersion(ref reader, formatIsFirst: seen == 1);
                continue;
            }

            var kind = (CatalogEntityKind)(member - 1);
            if (kind == CatalogEntityKind.Person)
            {
                CatalogFormat.CheckFormat2Member(version, name);
            }

            JsonModel.Mark(ref seen, member, name, Entity);

            // A collection before "format": the document can only be of format 1 (format 2 puts "format" first).
            var readers = CatalogFormat.ReadersFor(version);
            switch (kind)
            {
                case CatalogEntityKind.Source:
                    sources = JsonModel.Array(ref reader, readers.Source, options, name, Entity, checkSyntaxFirst: true);
                    break;
                case CatalogEntityKind.Institution:
                    institutions = JsonModel.Array(ref reader, readers.Institution, options, name, Entity, checkSyntaxFirst: true);
                    break;
                case CatalogEntityKind.Person:
                    people = JsonModel.Array(ref reader, readers.Person, options, name, Entity, checkSyntaxFirst: true);
                    break;
                case CatalogEntityKind.Mechanism:
                    mechanisms = JsonModel.Array(ref reader, readers.Mechanism, options, name, Entity, checkSyntaxFirst: true);
                    break;
                default:
                    meetings = JsonModel.Array(ref reader, readers.Meeting, options, name, Entity, checkSyntaxFirst: true);
                    break;
            }
        }

        JsonModel.Require(seen, CatalogFormat.Members, 0b1, Entity);
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

    // The index in CatalogFormat.Members of the member name the reader is on, or -1.
    private static int MemberAt(ref Utf8JsonReader reader)
    {
        for (var m = 0; m < Utf8Members.Length; m++)
        {
            if (reader.ValueTextEquals(Utf8Members[m]))
            {
                return m;
            }
        }

        return -1;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CooperationCatalog value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(Utf8Members[0], Format);
        JsonModel.WriteArray(writer, Utf8Members[1 + (int)CatalogEntityKind.Source], value.Sources, Writers.Source, options);
        JsonModel.WriteArray(writer, Utf8Members[1 + (int)CatalogEntityKind.Institution], value.Institutions, Writers.Institution, options);
        JsonModel.WriteArray(writer, Utf8Members[1 + (int)CatalogEntityKind.Person], value.People, Writers.Person, options);
        JsonModel.WriteArray(writer, Utf8Members[1 + (int)CatalogEntityKind.Mechanism], value.Mechanisms, Writers.Mechanism, options);
        JsonModel.WriteArray(writer, Utf8Members[1 + (int)CatalogEntityKind.Meeting], value.Meetings, Writers.Meeting, options);
        writer.WriteEndObject();
    }
}
