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
    // The JSON objects of the model, each with its converter's member table: the catalog's entities, then the records.
    private static readonly (Type Type, JsonMemberInfo[] Members)[] Objects =
        [.. ModelTypes.Entities.Concat(ModelTypes.Records).Select(static t => (t, ((IJsonMemberTable)CooperationJsonContext.Default.GetTypeInfo(t)!.Converter).Members))];

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
            foreach (var kind in CatalogCollections.Kinds)
            {
                w.WriteStartObject(CatalogCollections.NameOf(kind));
                w.WriteString("type", "array");
                w.WriteStartObject("items");
                w.WriteString("$ref", "#/$defs/" + ModelTypes.EntityOf(kind).Name);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndObject();
            WriteStrings(w, "required", ["format"]);
            w.WriteBoolean("additionalProperties", false);

            w.WriteStartObject("$defs");
            var referenced = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var (type, members) in Objects)
            {
                w.WriteStartObject(type.Name);
                WriteObject(w, type.Name, members, referenced);
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

    /// <summary>
    /// The schema of one type of the model as the export writes it in <c>$defs</c> (an identifier type's is the shared
    /// <c>Identifier</c>); <see cref="InvalidOperationException"/> for a type the export cannot describe.
    /// </summary>
    internal static string DefinitionOf(Type type)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            if (Objects.FirstOrDefault(o => o.Type == type) is { Members: { } members })
            {
                WriteObject(w, type.Name, members, new SortedSet<string>(StringComparer.Ordinal));
            }
            else if (type == ModelTypes.Catalog)
            {
                w.WriteString("$ref", "#");
            }
            else
            {
                WriteValueDefinition(w, DefinitionName(type));
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteObject(Utf8JsonWriter w, string name, JsonMemberInfo[] members, SortedSet<string> referenced)
    {
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
                WriteMemberLimits(w, member.Name);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
        WriteStrings(w, "required", members.Where(static m => m.Required).Select(static m => m.Name));
        w.WriteBoolean("additionalProperties", false);
        if (name == nameof(Cadence))
        {
            WriteCadenceConditions(w);
        }
        else if (name == nameof(Relation))
        {
            WriteOneRequired(w, "oneOf", "meeting", "mechanism");
        }
        else if (name == nameof(Statement))
        {
            WriteOneRequired(w, "anyOf", "speaker", "institution", "party");
        }
        else if (name == nameof(ReportedSource))
        {
            WriteOneRequired(w, "anyOf", "kind", "issuers", "source");
        }
    }

    // The limits of members whose values are primitives (numbers, strings) with rules of their own.
    private static void WriteMemberLimits(Utf8JsonWriter w, string member)
    {
        switch (member)
        {
            case "preferredMonth" or "midTermMonth":
                w.WriteNumber("maximum", 12);
                break;
            case "intervalMonths":
                w.WriteNumber("maximum", 120);
                break;
            case "sha256":
                w.WriteString("pattern", "^[0-9a-fA-F]{64}$");
                break;
            case "quote":
                // A string's minLength of 1 is written by WriteType: written again, the key would repeat, which
                // JSON parsers such as JsonNode refuse.
                w.WriteNumber("maxLength", Citation.MaxQuoteLength);
                break;
            case "rule":
                w.WriteString("pattern", "^[A-Z]{2,8}[0-9]{4}$");
                break;
            case "justification":
                w.WriteNumber("maxLength", Suppression.MaxJustificationLength);
                break;
            case "number":
                w.WriteString("pattern", "^[0-9A-Za-z]([0-9A-Za-z./-]{0,30}[0-9A-Za-z])?$");
                break;
            case "file":
                w.WriteString("pattern", "^[^/\\\\\\u0000-\\u001F]{1,128}$");
                break;
        }
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
        if (Objects.Any(o => o.Type == type))
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

        var name = DefinitionName(type);
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

    // The identifier types share one definition.
    internal static string DefinitionName(Type type) => ModelTypes.Identifiers.Contains(type) ? "Identifier" : type.Name;

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
            case nameof(ExternalIdentifier):
                w.WriteString("description", "scheme:value, such as wikidata:Q96 or iso-3166:MX: a lowercase scheme, a colon and 1 to 200 visible ASCII characters; wikidata values are items (Q96), iso-3166 values codes (MX, MX-CMX).");
                w.WriteString("type", "string");
                w.WriteString("pattern", "^(?=[a-z0-9-]{2,64}:)[a-z][a-z0-9]*(-[a-z0-9]+)*:[!-~]{1,200}$");
                w.WriteNumber("maxLength", Slug.MaxLength + 1 + ExternalIdentifier.MaxValueLength);
                w.WriteStartArray("allOf");
                WriteSchemeRule(w, ExternalIdentifier.WikidataScheme, "Q[1-9][0-9]{0,10}");
                WriteSchemeRule(w, ExternalIdentifier.Iso3166Scheme, "[A-Z]{2}(-[A-Z0-9]{1,3})?");
                w.WriteEndArray();
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

        // A vocabulary: its kebab-case names, in declaration order, read without reflection (trimming and Native AOT).
        var vocabulary = ModelTypes.Vocabularies.FirstOrDefault(v => v.Type.Name == name)
            ?? throw new InvalidOperationException($"No schema definition for {name}.");
        WriteStrings(w, "enum", vocabulary.Names());
    }

    // The rule of a scheme that has one: a value of that scheme matches the pattern.
    private static void WriteSchemeRule(Utf8JsonWriter w, string scheme, string valuePattern)
    {
        w.WriteStartObject();
        w.WriteStartObject("if");
        w.WriteString("pattern", "^" + scheme + ":");
        w.WriteEndObject();
        w.WriteStartObject("then");
        w.WriteString("pattern", "^" + scheme + ":" + valuePattern + "$");
        w.WriteEndObject();
        w.WriteEndObject();
    }

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
