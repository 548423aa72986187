using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;
using Cooperation.Domain.Tests.Documentation;
using Json.Schema;

namespace Cooperation.Domain.Tests.Serialization.Schema;

/// <summary>
/// <see cref="CooperationJsonSchema"/> with <see cref="JsonSchemaExporter"/>: every model type (the list of
/// <c>ModelTypes</c>) gets the definition of <c>docs/schema/cooperation.schema.json</c>, written
/// out, instead of <c>true</c>; the reference catalog's entities validate against it with JsonSchema.Net, and values
/// the library refuses do not.
/// </summary>
public class CooperationJsonSchemaTests
{
    private static readonly JsonSchemaExporterOptions WithTransform = new() { TransformSchemaNode = CooperationJsonSchema.TransformSchemaNode };

    private static readonly JsonObject Committed = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "schema", "cooperation.schema.json")))!;

    /// <summary>The model's types: the one list the library keeps (ModelTypes, which the source-generated context is checked against).</summary>
    public static IEnumerable<Type> ModelTypes() => Domain.ModelTypes.All;

    public static TheoryData<string> ModelTypeNames() => [.. ModelTypes().Select(static t => t.Name)];

    private static Type TypeNamed(string name) => ModelTypes().Single(t => t.Name == name);

    private static JsonNode Export(Type type, JsonSchemaExporterOptions? options = null)
        => CooperationJsonContext.Default.Options.GetJsonSchemaAsNode(type, options ?? WithTransform);

    [Fact]
    public void Without_the_transform_the_exporter_describes_a_model_value_as_anything()
    {
        // What a service gets today, and why the transform exists.
        Assert.Equal("true", Export(typeof(Meeting), JsonSchemaExporterOptions.Default).ToJsonString());
        Assert.Equal("true", Export(typeof(CountryCode), JsonSchemaExporterOptions.Default).ToJsonString());
    }

    [Theory]
    [MemberData(nameof(ModelTypeNames))]
    public void Every_model_type_is_exported_as_its_definition_in_docs_schema(string name)
    {
        var type = TypeNamed(name);
        var exported = Export(type);
        Assert.IsType<JsonObject>(exported);
        Assert.True(JsonNode.DeepEquals(CooperationJsonSchema.GetSchema(type), exported), $"{name}: the exporter's schema is not GetSchema's");
        Assert.DoesNotContain("$ref", exported.ToJsonString(), StringComparison.Ordinal);

        // The committed definition, with its references written out, is the exported schema.
        var definition = type == typeof(CooperationCatalog) ? CommittedRoot() : CommittedDefinition(DefinitionName(type));
        Assert.True(JsonNode.DeepEquals(definition, exported), $"{name}:\n{definition.ToJsonString()}\n!=\n{exported.ToJsonString()}");
    }

    [Fact]
    public void Values_carry_their_grammar_and_entities_their_members()
    {
        var countryCode = Export(typeof(CountryCode));
        Assert.Contains("MX", countryCode["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.DoesNotContain("XX", countryCode["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal("^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$", Export(typeof(PartialDate))["pattern"]!.GetValue<string>());
        Assert.Equal("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", Export(typeof(MeetingId))["pattern"]!.GetValue<string>());
        Assert.Equal(MeetingKind.All.Select(k => k.ToString()), Export(typeof(MeetingKind))["enum"]!.AsArray().Select(v => v!.GetValue<string>()));

        var meeting = Export(typeof(Meeting));
        Assert.Equal("object", meeting["type"]!.GetValue<string>());
        Assert.Equal(["id", "kind", "status", "start"], meeting["properties"]!.AsObject().Select(p => p.Key).Take(4));
        Assert.Equal(["id", "kind", "status", "start"], meeting["required"]!.AsArray().Select(v => v!.GetValue<string>()).Take(4));
        Assert.False(meeting["additionalProperties"]!.GetValue<bool>());
        Assert.Equal("string", meeting["properties"]!["start"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void A_nullable_value_is_its_schema_or_null()
    {
        var exported = JsonSerializerOptions.Default.GetJsonSchemaAsNode(typeof(PartialDate?), WithTransform);
        var schema = JsonSchema.FromText(exported.ToJsonString());
        Assert.True(schema.Evaluate(JsonDocument.Parse("null").RootElement).IsValid);
        Assert.True(schema.Evaluate(JsonDocument.Parse("\"2013-05\"").RootElement).IsValid);
        Assert.False(schema.Evaluate(JsonDocument.Parse("\"2013-13\"").RootElement).IsValid);
        Assert.Null(CooperationJsonSchema.GetSchema(typeof(string)));
        Assert.Null(CooperationJsonSchema.GetSchema(typeof(Version)));
    }

    [Fact]
    public void A_record_of_the_services_own_gets_the_models_schemas_for_its_members()
    {
        var exported = JsonSerializerOptions.Default.GetJsonSchemaAsNode(typeof(MeetingRequest), WithTransform);
        var schema = JsonSchema.FromText(exported.ToJsonString());
        var meeting = CooperationJson.WriteString(ReferenceCatalog.Default.Meetings[0]);
        Assert.True(schema.Evaluate(JsonDocument.Parse($"{{\"Country\":\"MX\",\"Meeting\":{meeting}}}").RootElement).IsValid);
        Assert.False(schema.Evaluate(JsonDocument.Parse($"{{\"Country\":\"XX\",\"Meeting\":{meeting}}}").RootElement).IsValid);
    }

    [Fact]
    public void Every_entity_of_the_reference_catalog_validates_against_its_exported_schema()
    {
        var catalog = ReferenceCatalog.Default;
        var checkedCount = 0;
        foreach (var (type, entities) in new (Type, IEnumerable<object>)[]
        {
            (typeof(Source), catalog.Sources), (typeof(Institution), catalog.Institutions), (typeof(Person), catalog.People),
            (typeof(Mechanism), catalog.Mechanisms), (typeof(Meeting), catalog.Meetings),
        })
        {
            var schema = JsonSchema.FromText(Export(type).ToJsonString());
            foreach (var entity in entities)
            {
                var json = JsonSerializer.Serialize(entity, type, CooperationJsonContext.Default);
                var results = schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
                Assert.True(results.IsValid, $"{type.Name}: {Errors(results)}\n{json}");
                checkedCount++;
            }
        }

        Assert.Equal(catalog.Sources.Length + catalog.Institutions.Length + catalog.People.Length + catalog.Mechanisms.Length + catalog.Meetings.Length, checkedCount);
        var whole = JsonSchema.FromText(Export(typeof(CooperationCatalog)).ToJsonString());
        Assert.True(whole.Evaluate(JsonDocument.Parse(CooperationJson.WriteCatalog(catalog)).RootElement).IsValid);
    }

    [Theory]
    [InlineData("start", "\"2013-13\"", "/start")]
    [InlineData("kind", "\"summit-ish\"", "/kind")]
    [InlineData("id", "\"Not A Slug\"", "/id")]
    [InlineData("unknownMember", "1", "/unknownMember")]
    public void A_meeting_the_library_refuses_breaks_the_exported_schema_at_the_same_place(string member, string value, string pointer)
    {
        var meeting = JsonNode.Parse(CooperationJson.WriteString(ReferenceCatalog.Default.Meetings[0]))!.AsObject();
        meeting[member] = JsonNode.Parse(value);
        var json = meeting.ToJsonString();

        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Meeting>(json));
        var results = JsonSchema.FromText(Export(typeof(Meeting)).ToJsonString()).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(results.IsValid);
        var failed = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString()).ToHashSet();
        // JsonSchema.Net reports an extra member at the object that has it ("additionalProperties") and at the member.
        Assert.True(failed.Contains(pointer) || member == "unknownMember" && failed.Contains(string.Empty), $"{pointer} not in {string.Join(", ", failed)}");
        Assert.Equal(member == "unknownMember" ? "$.unknownMember" : "$." + member, error.Path);
    }

    private static string DefinitionName(Type type) => Domain.ModelTypes.Identifiers.Contains(type) ? "Identifier" : type.Name;

    private static JsonNode CommittedRoot()
    {
        var root = new JsonObject();
        foreach (var (key, value) in Committed)
        {
            if (key is not ("$schema" or "$id" or "$defs"))
            {
                root[key] = WrittenOut(value);
            }
        }

        return root;
    }

    // A committed definition; a value's the catalog does not reference is not committed, and is checked by the
    // validation tests instead: it is the one the generator writes.
    private static JsonNode CommittedDefinition(string name)
        => Committed["$defs"]![name] is { } found ? WrittenOut(found)! : CooperationJsonSchema.GetSchema(TypeNamed(name))!;

    // A committed node with each {"$ref": "#/$defs/X"} replaced by X's committed definition, written out.
    private static JsonNode? WrittenOut(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject value:
                var copy = new JsonObject();
                foreach (var (key, member) in value)
                {
                    if (key == "$ref" && member!.GetValue<string>().StartsWith("#/$defs/", StringComparison.Ordinal))
                    {
                        foreach (var (k, v) in WrittenOut(Committed["$defs"]![member.GetValue<string>()["#/$defs/".Length..]])!.AsObject().ToArray())
                        {
                            copy[k] = v?.DeepClone();
                        }
                    }
                    else
                    {
                        copy[key] = WrittenOut(member);
                    }
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(WrittenOut)]);
            default:
                return node?.DeepClone();
        }
    }

    private static string Errors(EvaluationResults results)
        => string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    private sealed record MeetingRequest(CountryCode Country, Meeting Meeting);
}
