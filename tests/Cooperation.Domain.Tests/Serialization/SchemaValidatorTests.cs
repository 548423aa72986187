using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Support;
using Json.Schema;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// The generated schema, checked by an outside validator (JsonSchema.Net, draft 2020-12): every document the writer
/// produces conforms to it, and documents that break its constraints do not.
/// </summary>
public class SchemaValidatorTests
{
    private static readonly JsonSchema Schema = CatalogJsonSchema.Value;

    private static EvaluationResults Evaluate(string json)
        => Schema.Evaluate(System.Text.Json.JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

    private static string Errors(EvaluationResults results)
        => string.Join("; ", (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10));

    [Fact]
    public void The_reference_catalog_conforms_to_the_schema()
    {
        var results = Evaluate(CooperationJson.WriteString(ReferenceCatalog.Default));
        Assert.True(results.IsValid, Errors(results));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_catalogs_that_use_every_member_conform_to_the_schema(int seed)
    {
        var results = Evaluate(CooperationJson.WriteString(CatalogRoundTripPropertyTests.RandomCatalog(seed, 6)));
        Assert.True(results.IsValid, Errors(results));
    }

    [Fact]
    public void The_format_1_documents_conform_to_the_format_1_schema_but_not_to_format_2s()
    {
        var root = ReadmeExampleTests.RepositoryRoot();
        var format1 = JsonSchema.FromText(File.ReadAllText(Path.Combine(root, "docs", "schema", "cooperation-catalog-1.schema.json")));
        var document = File.ReadAllText(Path.Combine(root, "tests", "Cooperation.Domain.Tests", "Serialization", "Format1", "reference-catalog.format1.json"));
        var results = format1.Evaluate(System.Text.Json.JsonDocument.Parse(document).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, Errors(results));
        Assert.False(Evaluate(document).IsValid);
    }

    public static TheoryData<string> Invalid() =>
    [
        """{"format":"cooperation-catalog/2","sources":[{"id":"s-1","title":{"es":"t"},"publisher":{"es":"p"},"language":"es","kind":"press-release","archive":{"file":"a.txt","sha256":"abc"}}]}""",
        """{"format":"cooperation-catalog/2","sources":[{"id":"s-1","title":{"es":"t"},"publisher":{"es":"p"},"language":"es","kind":"press-release","citations":[{"quote":"sin fuente"}]}]}""",
        """{"format":"cooperation-catalog/2","people":[{"id":"ana-uno","name":"Ana Uno","rank":"general"}]}""",
        """{"format":"cooperation-catalog/2","meetings":[{"id":"m-1","kind":"ordinary","status":"held","start":"2020","title":{"en":"M"},"relations":[{"kind":"part-of"}]}]}""",
        """{"format":"cooperation-catalog/2","meetings":[{"id":"m-1","kind":"ordinary","status":"held","start":"2020","title":{"en":"M"},"relations":[{"kind":"part-of","meeting":"m-2","mechanism":"mx-x"}]}]}""",
        """{"format":"cooperation-catalog/2","meetings":[{"id":"m-1","kind":"ordinary","status":"held","start":"2020","title":{"en":"M"},"statements":[{"form":"summary","language":"es","text":{"es":"dijo"}}]}]}""",
        """{"format":"cooperation-catalog/2","meetings":[{"id":"m-1","kind":"ordinary","status":"held","start":"2020","title":{"en":"M"},"outcomes":[{"text":{"en":"x"},"kind":"agreement","status":"agreed","institutions":[{"institution":"mx-sre","part":"judge"}]}]}]}""",
    ];

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Documents_the_reader_refuses_for_their_shape_are_refused_by_the_schema_too(string json)
    {
        Assert.False(Evaluate(json).IsValid);
        Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(System.Text.Encoding.UTF8.GetBytes(json)));
    }
}
