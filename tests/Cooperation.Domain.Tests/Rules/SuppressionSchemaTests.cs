using System;
using System.IO;
using System.Text;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>The shipped JSON Schema of suppressions files, checked by JsonSchema.Net against what the reader accepts.</summary>
public sealed class SuppressionSchemaTests
{
    // Parsed once: JsonSchema.Net registers a schema by its $id and refuses to register it twice.
    private static readonly Lazy<Json.Schema.JsonSchema> Schema = new(() => Json.Schema.JsonSchema.FromText(File.ReadAllText(
        Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "schema", "cooperation-suppressions.schema.json"))));

    [Theory]
    [InlineData("""{"$schema": "x", "format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005", "path": "meetings[mx-gt-ganseg-2011-04]", "justification": "Nothing says."}]}""", true)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "ACME0001", "path": "mechanisms[crm].presidencies[0]", "justification": "Known."}]}""", true)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": []}""", true)]
    [InlineData("""{"format": "cooperation-suppressions/2", "suppressions": []}""", false)]
    [InlineData("""{"suppressions": []}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1"}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005", "path": "meetings[x]"}]}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "coop3005", "path": "meetings[x]", "justification": "j"}]}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005", "path": "rooms[x]", "justification": "j"}]}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005", "path": "meetings[x]", "justification": ""}]}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [{"rule": "COOP3005", "path": "meetings[x]", "justification": "j", "scope": "all"}]}""", false)]
    [InlineData("""{"format": "cooperation-suppressions/1", "suppressions": [], "extra": 1}""", false)]
    public void The_shipped_schema_and_the_reader_agree(string json, bool valid)
    {
        var results = Schema.Value.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement);
        Assert.Equal(valid, results.IsValid);
        var bytes = Encoding.UTF8.GetBytes(json);
        if (valid)
        {
            var file = SuppressionFile.Parse(bytes, "s.json");
            Assert.Equal(json.Split("\"rule\"").Length - 1, file.Entries.Length);
        }
        else
        {
            Assert.Throws<ValidationConfigurationException>(() => SuppressionFile.Parse(bytes, "s.json"));
        }
    }
}
