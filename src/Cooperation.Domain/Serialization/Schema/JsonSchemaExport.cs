using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Cooperation.Domain.Internal;
using NodaTime;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Writes the JSON Schema (draft 2020-12) of the catalog format from the same member tables the converters use, and
/// from the vocabularies and value types themselves, so the schema cannot drift from the code.
/// </summary>
/// <remarks>
/// The schema checks structure, types, required members, closed sets and the shapes of values. Rules that need more
/// than one value (a bilateral mechanism has two member parties, 29 February only in leap years) are enforced by the
/// model when a document is read, and are stated in <c>docs/model.md</c>.
/// </remarks>
internal static class JsonSchemaExport
{
    private static readonly (string Name, Type Type, JsonMemberInfo[] Members)[] Entities =
    [
        ("Source", typeof(Source), SourceJsonConverter.Members),
        ("Institution", typeof(Institution), InstitutionJsonConverter.Members),
        ("Mechanism", typeof(Mechanism), MechanismJsonConverter.Members),
        ("Membership", typeof(Membership), MembershipJsonConverter.Members),
        ("PresidencyTerm", typeof(PresidencyTerm), PresidencyTermJsonConverter.Members),
        ("Cadence", typeof(Cadence), CadenceJsonConverter.Members),
        ("Meeting", typeof(Meeting), MeetingJsonConverter.Members),
        ("Venue", typeof(Venue), VenueJsonConverter.Members),
        ("Delegation", typeof(Delegation), DelegationJsonConverter.Members),
        ("Participant", typeof(Participant), ParticipantJsonConverter.Members),
        ("Commitment", typeof(Commitment), CommitmentJsonConverter.Members),
        ("Person", typeof(Person), PersonJsonConverter.Members),
        ("Citation", typeof(Citation), CitationJsonConverter.Members),
        ("ArchivedCopy", typeof(ArchivedCopy), ArchivedCopyJsonConverter.Members),
        ("ReportedSource", typeof(ReportedSource), ReportedSourceJsonConverter.Members),
        ("Origin", typeof(Origin), OriginJsonConverter.Members),
        ("Statement", typeof(Statement), StatementJsonConverter.Members),
        ("Relation", typeof(Relation), RelationJsonConverter.Members),
        ("InstitutionPart", typeof(InstitutionPart), InstitutionPartJsonConverter.Members),
        ("Suppression", typeof(Suppression), SuppressionJsonConverter.Members),
    ];

    public static string Generate()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
            w.WriteString("$id", "https://github.com/cooperation-domain/Cooperation.Domain/blob/main/docs/schema/cooperation.schema.json");
            w.WriteString("title", "Cooperation.Domain catalog");
            w.WriteString("description", "A catalog of cooperation mechanisms, meetings, institutions and sources, as written by CooperationJson. Generated from the code; see docs/json-format.md.");
            w.WriteString("type", "object");
            w.WriteStartObject("properties");
            w.WriteStartObject("format");
            w.WriteString("const", CooperationCatalogJsonConverter.Format);
            w.WriteEndObject();
            foreach (var (member, entity) in new[] { ("sources", "Source"), ("institutions", "Institution"), ("people", "Person"), ("mechanisms", "Mechanism"), ("meetings", "Meeting") })
            {
                w.WriteStartObject(member);
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", "#/$defs/" + entity);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            WriteStrings(w, "required", ["format"]);
            w.WriteBoolean("additionalProperties", false);

            w.WriteStartObject("$defs");
            var referenced = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (name, _, members) in Entities)
            {
                w.WriteStartObject(name);
                w.WriteString("type", "object");
                w.WriteStartObject("properties");
                foreach (var member in members)
                {
                    w.WriteStartObject(member.Name);
                    if (member.IsArray)
                    {
                        // The writer omits empty arrays; the reader accepts them.
                        w.WriteString("type", "array");
                        w.WriteStartObject("items");
                        WriteType(w, member.Type, referenced);
                        w.WriteEndObject();
                    }
                    else
                    {
                        WriteType(w, member.Type, referenced);
                        if (member.Name is "preferredMonth" or "midTermMonth")
                        {
                            w.WriteNumber("maximum", 12);
                        }
                        else if (member.Name == "intervalMonths")
                        {
                            w.WriteNumber("maximum", 120);
                        }
                        else if (member.Name == "sha256")
                        {
                            w.WriteString("pattern", "^[0-9a-fA-F]{64}$");
                        }
                        else if (member.Name == "quote")
                        {
                            w.WriteNumber("maxLength", Citation.MaxQuoteLength);
                        }
                        else if (member.Name == "rule")
                        {
                            w.WriteString("pattern", "^[A-Z]{2,8}[0-9]{4}$");
                        }
                        else if (member.Name == "justification")
                        {
                            w.WriteNumber("maxLength", Suppression.MaxJustificationLength);
                        }
                        else if (member.Name == "number")
                        {
                            w.WriteString("pattern", "^[0-9A-Za-z]([0-9A-Za-z./-]{0,30}[0-9A-Za-z])?$");
                        }
                        else if (member.Name == "file")
                        {
                            w.WriteString("pattern", "^[^/\\\\\\u0000-\\u001F]{1,128}$");
                        }
                    }

                    w.WriteEndObject();
                }

                w.WriteEndObject();
                WriteStrings(w, "required", members.Where(static m => m.Required).Select(static m => m.Name));
                w.WriteBoolean("additionalProperties", false);
                if (name == "Cadence")
                {
                    WriteCadenceConditions(w);
                }
                else if (name == "Relation")
                {
                    WriteOneRequired(w, "oneOf", "meeting", "mechanism");
                }
                else if (name == "Statement")
                {
                    WriteOneRequired(w, "anyOf", "speaker", "institution", "party");
                }
                else if (name == "ReportedSource")
                {
                    WriteOneRequired(w, "anyOf", "kind", "issuers", "source");
                }

                w.WriteEndObject();
            }

            foreach (var name in referenced)
            {
                w.WriteStartObject(name);
                WriteValueDefinition(w, name);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    // "Exactly one of" (oneOf) or "at least one of" (anyOf) the members is present.
    private static void WriteOneRequired(Utf8JsonWriter w, string keyword, params string[] members)
    {
        w.WriteStartArray(keyword);
        foreach (var member in members)
        {
            w.WriteStartObject();
            WriteStrings(w, "required", [member]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    // An entity is a $ref to its definition; a value type or vocabulary a $ref to a value definition; primitives inline.
    private static void WriteType(Utf8JsonWriter w, Type type, SortedSet<string> referenced)
    {
        if (Entities.Any(e => e.Type == type))
        {
            w.WriteString("$ref", "#/$defs/" + type.Name);
            return;
        }

        if (type == typeof(int))
        {
            w.WriteString("type", "integer");
            w.WriteNumber("minimum", 1);
            return;
        }

        if (type == typeof(bool))
        {
            w.WriteString("type", "boolean");
            return;
        }

        if (type == typeof(string))
        {
            w.WriteString("type", "string");
            w.WriteNumber("minLength", 1);
            return;
        }

        if (type == typeof(Uri))
        {
            w.WriteString("type", "string");
            w.WriteString("format", "uri");
            w.WriteString("pattern", "^https?://");
            return;
        }

        var name = IsIdentifier(type) ? "Identifier" : type.Name;
        referenced.Add(name);
        w.WriteString("$ref", "#/$defs/" + name);
    }

    // intervalMonths belongs to, and is required by, every-n-months only; ongoing and ad-hoc have no other member.
    private static void WriteCadenceConditions(Utf8JsonWriter w)
    {
        w.WriteStartArray("allOf");
        w.WriteStartObject();
        w.WriteStartObject("if");
        w.WriteStartObject("properties");
        w.WriteStartObject("kind");
        w.WriteString("const", "every-n-months");
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("then");
        WriteStrings(w, "required", ["intervalMonths"]);
        w.WriteStartObject("not");
        WriteStrings(w, "required", ["preferredMonth"]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("else");
        w.WriteStartObject("not");
        WriteStrings(w, "required", ["intervalMonths"]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject();
        w.WriteStartObject("if");
        w.WriteStartObject("properties");
        w.WriteStartObject("kind");
        WriteStrings(w, "enum", ["ongoing", "ad-hoc"]);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("then");
        w.WriteNumber("maxProperties", 1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>
    /// The name of <paramref name="type"/>'s definition under <c>$defs</c>: an entity's or a value's type name, or
    /// <c>Identifier</c> for the six identifier types, which share one grammar.
    /// </summary>
    internal static string DefinitionName(Type type) => IsIdentifier(type) ? "Identifier" : type.Name;

    /// <summary>True when <paramref name="type"/> is an entity with a definition of its own (its members) rather than a value.</summary>
    internal static bool IsEntity(Type type) => Entities.Any(e => e.Type == type);

    /// <summary>The definition of a value type or vocabulary, as <see cref="Generate"/> writes it under <c>$defs</c>, referenced by the catalog or not.</summary>
    internal static string ValueDefinition(string name)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            WriteValueDefinition(w, name);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static bool IsIdentifier(Type type)
        => type == typeof(MechanismId) || type == typeof(InstitutionId) || type == typeof(PersonId) || type == typeof(MeetingId) || type == typeof(SourceId) || type == typeof(CommitmentId);

    private static void WriteValueDefinition(Utf8JsonWriter w, string name)
    {
        switch (name)
        {
            case "Identifier":
                w.WriteString("description", "A lowercase slug: a-z and 0-9 in words joined by single hyphens, starting with a letter.");
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
                w.WriteNumber("minLength", Slug.MinLength);
                w.WriteNumber("maxLength", Slug.MaxLength);
                return;
            case nameof(CountryCode):
                w.WriteString("description", "An officially assigned ISO 3166-1 alpha-2 code.");
                WriteStrings(w, "enum", Countries.All.Select(static c => c.Alpha2));
                return;
            case nameof(PartyRef):
                w.WriteString("description", "A country (upper-case alpha-2 code) or an international organization (its institution identifier).");
                w.WriteStartArray("oneOf");
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/CountryCode");
                w.WriteEndObject();
                w.WriteStartObject();
                w.WriteString("$ref", "#/$defs/Identifier");
                w.WriteEndObject();
                w.WriteEndArray();
                return;
            case nameof(PartialDate):
                w.WriteString("description", "An ISO 8601 date of year, month or day precision (a real calendar date).");
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$");
                return;
            case nameof(PartialDateRange):
                w.WriteString("description", "Two partial dates as an ISO 8601 interval, or an open end: start/.. .");
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?/([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|\\.\\.)$");
                return;
            case nameof(Ordinal):
                w.WriteString("type", "integer");
                w.WriteNumber("minimum", 1);
                w.WriteNumber("maximum", int.MaxValue);
                return;
            case nameof(LocalizedText):
                w.WriteString("description", "Text in Spanish and/or English, NFC, without control or invisible format characters.");
                w.WriteString("type", "object");
                w.WriteStartObject("properties");
                foreach (var language in new[] { "es", "en" })
                {
                    w.WriteStartObject(language);
                    w.WriteString("type", "string");
                    w.WriteNumber("minLength", 1);
                    w.WriteNumber("maxLength", LocalizedText.MaxLength);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
                w.WriteNumber("minProperties", 1);
                w.WriteBoolean("additionalProperties", false);
                return;
            case nameof(PersonName):
                w.WriteString("type", "string");
                w.WriteNumber("minLength", 1);
                w.WriteNumber("maxLength", 200);
                return;
            case nameof(Acronym):
                w.WriteString("type", "string");
                w.WriteString("pattern", "^[A-Z][A-Z0-9]{1,11}$");
                return;
            case nameof(Language):
                WriteStrings(w, "enum", ["es", "en"]);
                return;
            case nameof(Period):
                w.WriteString("description", "An ISO 8601 period of months and days, such as P1M or P15D.");
                w.WriteString("type", "string");
                w.WriteString("pattern", "^P([0-9]+M)?([0-9]+D)?$");
                return;
        }

        // A vocabulary: its kebab-case names, in declaration order. Named one by one, not found by reflection, so
        // that the export works trimmed and under Native AOT.
        WriteStrings(w, "enum", VocabularyNames(name));
    }

    private static IEnumerable<string> VocabularyNames(string name) => name switch
    {
            nameof(CadenceKind) => Names(CadenceKind.All),
            nameof(CadenceStatus) => Names(CadenceStatus.All),
            nameof(CommitmentKind) => Names(CommitmentKind.All),
            nameof(CommitmentStatus) => Names(CommitmentStatus.All),
            nameof(DelegationRole) => Names(DelegationRole.All),
            nameof(InstitutionKind) => Names(InstitutionKind.All),
            nameof(InstitutionRole) => Names(InstitutionRole.All),
            nameof(MechanismKind) => Names(MechanismKind.All),
            nameof(MechanismScope) => Names(MechanismScope.All),
            nameof(MechanismStatus) => Names(MechanismStatus.All),
            nameof(MeetingKind) => Names(MeetingKind.All),
            nameof(MeetingStatus) => Names(MeetingStatus.All),
            nameof(ParticipationStatus) => Names(ParticipationStatus.All),
            nameof(RelationKind) => Names(RelationKind.All),
            nameof(SourceKind) => Names(SourceKind.All),
            nameof(StatementForm) => Names(StatementForm.All),
            nameof(Topic) => Names(Topic.All),
            _ => throw new InvalidOperationException($"No schema definition for {name}."),
    };

    private static IEnumerable<string> Names<T>(System.Collections.Generic.IEnumerable<T> values)
        where T : notnull
        => values.Select(static v => v.ToString()!);

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
