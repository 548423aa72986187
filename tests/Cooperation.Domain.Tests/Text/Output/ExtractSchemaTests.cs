using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Tests.Text.Draft;
using Cooperation.Domain.Text;
using Json.Schema;

namespace Cooperation.Domain.Tests.Text.Output;

/// <summary>
/// docs/schema/cooperation-extract.schema.json, checked by an outside validator (JsonSchema.Net) against what the
/// reader writes for every seed and development-set excerpt: its draft is a catalog document, validated by the
/// catalog's own schema (docs/schema/cooperation.schema.json), which the extract schema refers to.
/// </summary>
public class ExtractSchemaTests
{
    private static readonly JsonSchema Schema = Build();

    private static JsonSchema Build()
    {
        var folder = Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "schema");
        // The draft refers to the catalog's schema by its $id: registered once for every test (CatalogJsonSchema).
        _ = CatalogJsonSchema.Value;
        return JsonSchema.FromText(File.ReadAllText(Path.Combine(folder, "cooperation-extract.schema.json")));
    }

    private static EvaluationResults Evaluate(string json)
        => Schema.Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results)
        => string.Join("; ", (results.Details ?? []).Where(static d => d.Errors is not null).SelectMany(static d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    public static IEnumerable<object[]> Texts() => DraftOfRealTextsTests.AllCases();

    [Theory]
    [MemberData(nameof(Texts))]
    public void What_the_reader_writes_conforms_to_the_schema_draft_included(string name)
    {
        var sample = name.Length <= 6 ? DraftTexts.Dev(name) : DraftTexts.Seed(name);
        var reading = DraftTexts.Read(sample);
        var indented = Evaluate(new CommuniqueJsonWriter().WriteToString(reading));
        Assert.True(indented.IsValid, Errors(indented));
        var line = new CommuniqueJsonLinesWriter().WriteToString(reading);
        Assert.True(Evaluate(line).IsValid, Errors(Evaluate(line)));

        // One line, the draft included, ending with its line end.
        Assert.Equal(line.Length - 1, line.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(reading.Draft is null, line.Contains("\"draft\":null", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_holds_the_draft_to_the_catalog_format()
    {
        Assert.True(Evaluate("""{"mentions":[],"meetings":[],"draft":null}""").IsValid);
        Assert.True(Evaluate("""{"mentions":[],"meetings":[],"draft":{"format":"cooperation-catalog/2"}}""").IsValid);
        Assert.False(Evaluate("""{"mentions":[],"meetings":[],"draft":{"format":"cooperation-catalog/1"}}""").IsValid);
        Assert.False(Evaluate("""{"mentions":[],"meetings":[],"draft":{"format":"cooperation-catalog/2","people":[{"id":"Ana","name":"Ana"}]}}""").IsValid);
        Assert.False(Evaluate("""{"mentions":[],"meetings":[]}""").IsValid);
        Assert.False(Evaluate("""{"mentions":[],"meetings":[],"draft":null,"extra":1}""").IsValid);
        Assert.False(Evaluate("""{"mentions":[{"kind":"ordinal","text":"8ª","start":0,"end":2,"value":"8"}],"meetings":[],"draft":null}""").IsValid);
    }
}
