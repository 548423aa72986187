using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Serialization;

public class JsonSchemaTests
{
    [Fact]
    public void The_committed_schema_is_the_one_the_code_generates()
        => GeneratedFile.Check("docs/schema/cooperation.schema.json", CooperationJson.Schema);

    [Fact]
    public void The_schema_describes_every_member_the_writer_produces()
    {
        using var schema = JsonDocument.Parse(CooperationJson.Schema);
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.Equal("cooperation-catalog/2", schema.RootElement.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());

        // Walk what the writer produces for random catalogs (which use every optional member) alongside the schema:
        // every member must be declared by the definition the schema gives its object, every required member must
        // be present, and every entity definition must be reached.
        var reached = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 40; seed++)
        {
            var json = CooperationJson.WriteCatalog(CatalogRoundTripPropertyTests.RandomCatalog(seed, 8));
            using var document = JsonDocument.Parse(json);
            Check(document.RootElement, schema.RootElement, defs, reached, "catalog");
        }

        foreach (var entity in new[] { "Source", "Institution", "Mechanism", "Membership", "PresidencyTerm", "Cadence", "Meeting", "Venue", "Delegation", "Participant", "Commitment" })
        {
            Assert.Contains(entity, reached);
        }
    }

    [Fact]
    public void Closed_sets_in_the_schema_are_the_vocabularies()
    {
        using var schema = JsonDocument.Parse(CooperationJson.Schema);
        var defs = schema.RootElement.GetProperty("$defs");
        Assert.Equal(MeetingKind.All.Select(k => k.Name), defs.GetProperty("MeetingKind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(249, defs.GetProperty("CountryCode").GetProperty("enum").GetArrayLength());
        Assert.Equal(["id", "kind", "status", "start"], defs.GetProperty("Meeting").GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    private static void Check(JsonElement value, JsonElement definition, JsonElement defs, HashSet<string> reached, string name)
    {
        if (definition.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!["#/$defs/".Length..];
            Check(value, defs.GetProperty(target), defs, reached, target);
            return;
        }

        if (definition.TryGetProperty("type", out var type))
        {
            var kind = type.GetString();
            Assert.True(
                kind switch
                {
                    "object" => value.ValueKind == JsonValueKind.Object,
                    "array" => value.ValueKind == JsonValueKind.Array,
                    "string" => value.ValueKind == JsonValueKind.String,
                    "integer" => value.ValueKind == JsonValueKind.Number,
                    "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                    _ => false,
                },
                $"{name}: {value.ValueKind} is not of schema type {kind}");
        }

        if (definition.TryGetProperty("enum", out var values))
        {
            Assert.Contains(value.GetString(), values.EnumerateArray().Select(v => v.GetString()));
        }

        if (value.ValueKind != JsonValueKind.Object || !definition.TryGetProperty("properties", out var properties))
        {
            return;
        }

        reached.Add(name);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            names.Add(member.Name);
            Assert.True(properties.TryGetProperty(member.Name, out var memberSchema), $"the schema of {name} does not declare \"{member.Name}\"");
            if (member.Value.ValueKind == JsonValueKind.Array && memberSchema.TryGetProperty("items", out var items))
            {
                foreach (var element in member.Value.EnumerateArray())
                {
                    Check(element, items, defs, reached, name + "." + member.Name);
                }
            }
            else
            {
                Check(member.Value, memberSchema, defs, reached, name + "." + member.Name);
            }
        }

        if (definition.TryGetProperty("required", out var required))
        {
            foreach (var requiredName in required.EnumerateArray())
            {
                Assert.Contains(requiredName.GetString()!, names);
            }
        }
    }
}
