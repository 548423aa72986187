using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The JSON Schemas of the model's types for services: what <see cref="JsonSchemaExporter"/> (and so ASP.NET Core's
/// OpenAPI generator) cannot see through the library's converters, which it describes as <c>true</c> (anything).
/// Each schema is the type's definition in <c>docs/schema/cooperation.schema.json</c> (<see cref="CooperationJson.Schema"/>),
/// made self-contained: string values with their grammar as <c>pattern</c>, country codes and vocabularies as
/// <c>enum</c>, <see cref="PartialDate"/> as its string form, entities with their members, the required ones listed.
/// </summary>
/// <remarks>
/// <para>
/// With the exporter: <c>new JsonSchemaExporterOptions { TransformSchemaNode = CooperationJsonSchema.TransformSchemaNode }</c>.
/// With ASP.NET Core's OpenAPI generator, whose schema transformers see OpenAPI objects rather than JSON, a schema
/// transformer reads <see cref="GetSchema"/> into one (a sample of a dozen lines is in <c>docs/service.md</c>; the
/// library references no part of ASP.NET).
/// </para>
/// <para>
/// The model's types are the library's one list of them, which <see cref="CooperationJsonContext"/> and
/// <c>CooperationJson.Read&lt;T&gt;</c> serve too: the catalog, its entities and records, the value types and the
/// vocabularies. References between definitions are written out in place (a schema placed inside
/// another document cannot point at <c>#/$defs</c> of its own), so an entity's schema is as large as the entity's
/// members make it. A schema checks what one value can check; the rules that span values (29 February only in leap
/// years, a bilateral mechanism's two parties) are the model's, enforced when the document is read.
/// </para>
/// </remarks>
public static class CooperationJsonSchema
{
    private static readonly ConcurrentDictionary<Type, JsonObject?> Schemas = new();

    // JsonNode reads its parsed elements lazily: one thread builds schemas at a time.
    private static readonly System.Threading.Lock Gate = new();

    // The export itself, not CooperationJson.Schema: the entry points sit above this folder.
    private static readonly Lazy<JsonObject> Document = new(static () => (JsonObject)JsonNode.Parse(JsonSchemaExport.Generate())!);

    /// <summary>
    /// A <see cref="JsonSchemaExporterOptions.TransformSchemaNode"/>: the schema of a model type (or of a nullable one,
    /// which may also be <c>null</c>) in place of the exporter's <c>true</c>; any other schema as it is.
    /// </summary>
    /// <param name="context">The exporter's context; its <see cref="JsonSchemaExporterContext.TypeInfo"/> names the type.</param>
    /// <param name="schema">The exporter's schema of that type.</param>
    /// <returns>The model's schema of the type, or <paramref name="schema"/>.</returns>
    public static JsonNode TransformSchemaNode(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if (GetSchema(underlying ?? type) is not { } model)
        {
            return schema;
        }

        return underlying is null ? model : new JsonObject { ["anyOf"] = new JsonArray(model, new JsonObject { ["type"] = "null" }) };
    }

    /// <summary>
    /// The JSON Schema of <paramref name="type"/> as the library writes and reads it, self-contained; a new object on
    /// every call, which the caller may change. Null when the type is not one of the model's.
    /// </summary>
    /// <param name="type">A type of the model, such as <c>typeof(Meeting)</c> or <c>typeof(CountryCode)</c>.</param>
    /// <returns>The schema, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="type"/> is null.</exception>
    public static JsonObject? GetSchema(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return (JsonObject?)Schemas.GetOrAdd(type, Build)?.DeepClone();
    }

    private static JsonObject? Build(Type type)
    {
        lock (Gate)
        {
            return BuildLocked(type);
        }
    }

    private static JsonObject? BuildLocked(Type type)
    {
        // The model's types are the one list the library keeps of them.
        if (!ModelTypes.All.Contains(type))
        {
            return null;
        }

        var document = Document.Value;
        if (type == ModelTypes.Catalog)
        {
            var root = new JsonObject();
            foreach (var (key, value) in document)
            {
                if (key is not ("$schema" or "$id" or "$defs"))
                {
                    root[key] = value?.DeepClone();
                }
            }

            return Inline(root, []);
        }

        // A definition the catalog's schema holds, or the export's own of a value the catalog does not use.
        var name = JsonSchemaExport.DefinitionName(type);
        var definition = document["$defs"]![name] is JsonObject found ? (JsonObject)found.DeepClone() : (JsonObject)JsonNode.Parse(JsonSchemaExport.DefinitionOf(type))!;
        return Inline(definition, []);
    }

    // A definition of the catalog's schema, which holds every definition its members refer to.
    private static JsonObject Definition(string name)
        => Document.Value["$defs"]![name] is JsonObject found
            ? (JsonObject)found.DeepClone()
            : throw new InvalidOperationException($"The schema refers to {name}, which it does not define.");

    // Every {"$ref": "#/$defs/X"} replaced in place by X's definition, written out; the model's definitions do not
    // contain themselves, which the names being written out check.
    private static JsonObject Inline(JsonObject schema, HashSet<string> within)
    {
        foreach (var (_, value) in schema)
        {
            InlineNode(value, within);
        }

        if (schema["$ref"] is JsonValue reference && reference.GetValue<string>() is { } target && target.StartsWith("#/$defs/", StringComparison.Ordinal))
        {
            var name = target["#/$defs/".Length..];
            if (!within.Add(name))
            {
                throw new InvalidOperationException($"The schema definition {name} contains itself.");
            }

            var definition = Inline(Definition(name), within);
            within.Remove(name);
            schema.Remove("$ref");
            foreach (var key in definition.Select(static p => p.Key).ToArray())
            {
                var value = definition[key];
                definition.Remove(key);
                schema[key] = value;
            }
        }

        return schema;
    }

    private static void InlineNode(JsonNode? node, HashSet<string> within)
    {
        if (node is JsonObject value)
        {
            Inline(value, within);
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array)
            {
                InlineNode(item, within);
            }
        }
    }
}
