using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Documentation;
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
        Assert.Equal("cooperation-catalog/1", schema.RootElement.GetProperty("properties").GetProperty("format").GetProperty("const").GetString());

        // Walk the canonical example alongside the schema: every object member must be declared by the definition
        // the schema gives that object, and every required member must be present.
        var example = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Snapshots", "ModelJsonTests.SmallCatalog.verified.json"));
        using var document = JsonDocument.Parse(example);
        var checkedObjects = 0;
        foreach (var (entity, items) in new[] { ("Source", "sources"), ("Institution", "institutions"), ("Mechanism", "mechanisms"), ("Meeting", "meetings") })
        {
            foreach (var item in document.RootElement.GetProperty(items).EnumerateArray())
            {
                checkedObjects += Check(item, defs.GetProperty(entity), defs);
            }
        }

        Assert.True(checkedObjects > 10);
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

    private static int Check(JsonElement value, JsonElement definition, JsonElement defs)
    {
        if (definition.TryGetProperty("$ref", out var reference))
        {
            return Check(value, defs.GetProperty(reference.GetString()!["#/$defs/".Length..]), defs);
        }

        if (value.ValueKind != JsonValueKind.Object || !definition.TryGetProperty("properties", out var properties))
        {
            return 0;
        }

        var count = 1;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in value.EnumerateObject())
        {
            names.Add(member.Name);
            Assert.True(properties.TryGetProperty(member.Name, out var memberSchema), $"the schema does not declare \"{member.Name}\"");
            if (member.Value.ValueKind == JsonValueKind.Array && memberSchema.TryGetProperty("items", out var items))
            {
                foreach (var element in member.Value.EnumerateArray())
                {
                    count += Check(element, items, defs);
                }
            }
            else
            {
                count += Check(member.Value, memberSchema, defs);
            }
        }

        if (definition.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                Assert.Contains(name.GetString()!, names);
            }
        }

        return count;
    }
}
