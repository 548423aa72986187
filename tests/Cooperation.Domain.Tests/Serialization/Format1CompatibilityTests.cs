using System;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;
using NodaTime;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// Documents of format 1 still read, with the results they had. The documents in Serialization/Format1 were written
/// by the library before format 2 (the reference catalog as it shipped, the rules' fixture, and the fixture with
/// errors); each <c>.expected.tsv</c> beside them is what that library's <c>cooperation check --format json
/// --as-of 2026-12-01</c> reported for them: rule, severity, path, line and message.
/// </summary>
public class Format1CompatibilityTests
{
    private static readonly LocalDate AsOf = new(2026, 12, 1);

    private static string Folder => Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Serialization", "Format1");

    public static TheoryData<string> Documents() => ["reference-catalog.format1", "rule-fixture.format1", "rule-fixture-with-errors.format1"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_format_1_document_validates_as_it_did_before_format_2(string name)
    {
        var document = CatalogDocument.Load(Path.Combine(Folder, name + ".json"));
        var report = Validator.Validate(document, ValidationOptions.Default.WithAsOf(AsOf));

        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".expected.tsv"), Encoding.UTF8);
        var actual = report.Diagnostics.Select(d => string.Join('\t', d.Id, d.Severity.ToName(), d.Path, d.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, d.Message)).ToArray();

        // Format 2 names a citation by the source it cites under "citations"; format 1 listed the sources under "sources".
        // Reports are in path order, so the renamed paths sort where "citations" sorts.
        var renamed = expected.Select(line => System.Text.RegularExpressions.Regex.Replace(line, @"^([^\t]*\t[^\t]*\t[^\t]*)\.sources(?=[\[\t])", "$1.citations"))
            .OrderBy(line => line.Split('\t')[2], StringComparer.Ordinal).ThenBy(line => line.Split('\t')[0], StringComparer.Ordinal)
            .ThenBy(line => line.Split('\t')[4], StringComparer.Ordinal);
        Assert.Equal(renamed, actual);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_format_1_document_reads_alike_from_bytes_streams_and_files_and_writes_as_format_2_that_reads_back_equal(string name)
    {
        var path = Path.Combine(Folder, name + ".json");
        var bytes = File.ReadAllBytes(path);
        var fromBytes = CooperationJson.ReadCatalog(bytes);
        using (var stream = new MemoryStream(bytes))
        {
            AssertSameCatalog(fromBytes, CooperationJson.ReadCatalog(stream));
        }

        AssertSameCatalog(fromBytes, CatalogDocument.Load(path).Catalog);

        var written = CooperationJson.WriteCatalog(fromBytes);
        Assert.StartsWith("{\n  \"format\": \"cooperation-catalog/2\"", Encoding.UTF8.GetString(written), StringComparison.Ordinal);
        var again = CooperationJson.ReadCatalog(written);
        AssertSameCatalog(fromBytes, again);
        Assert.Equal(written, CooperationJson.WriteCatalog(again));
    }

    [Fact]
    public void The_format_1_reference_catalog_holds_what_it_held_in_format_1()
    {
        var catalog = CooperationJson.ReadCatalog(File.ReadAllBytes(Path.Combine(Folder, "reference-catalog.format1.json")));
        Assert.Equal(5, catalog.Sources.Length);
        Assert.Equal(43, catalog.Institutions.Length);
        Assert.Empty(catalog.People);
        Assert.Equal(20, catalog.Mechanisms.Length);
        Assert.Equal(16, catalog.Meetings.Length);

        // seedDocument became an archive with no hash; sources became citations without quotes; origin became text.
        Assert.All(catalog.Sources, s => Assert.Null(s.Archive!.Sha256));
        Assert.Equal("003_d352a4c521fecf60.txt", catalog.Sources.Single(s => s.Id.Value == "sre-comunicado-176-2023").Archive!.File);
        var danm = catalog.GetMechanism(MechanismId.Parse("mx-ca-danm"));
        Assert.Equal([SourceId.Parse("noticieros-televisa-2017-mx-ca")], danm.Sources.ToArray());
        Assert.All(danm.Citations, c => Assert.Null(c.Quote));
        Assert.Contains("junio de 2016", danm.Origin!.Text.Spanish, StringComparison.Ordinal);
        Assert.Null(danm.Origin.Date);
    }

    public static TheoryData<string, string> Format2MembersInFormat1() => new()
    {
        { """{"format":"cooperation-catalog/1","people":[]}""", "\"people\" is not in format \"cooperation-catalog/1\"" },
        { """{"format":"cooperation-catalog/1","sources":[{"id":"s-1","title":{"es":"t"},"publisher":{"es":"p"},"language":"es","kind":"press-release","archive":{"file":"a.txt"}}]}""", "Unknown member \"archive\"" },
        { """{"format":"cooperation-catalog/1","mechanisms":[{"id":"mx-m","name":{"es":"n"},"kind":"talks","scope":"bilateral","parties":[{"party":"MX","status":"member"}],"status":"active","citations":[]}]}""", "Unknown member \"citations\"" },
        { """{"format":"cooperation-catalog/2","sources":[{"id":"s-1","title":{"es":"t"},"publisher":{"es":"p"},"language":"es","kind":"press-release","seedDocument":"a.txt"}]}""", "Unknown member \"seedDocument\"" },
        { """{"sources":[],"format":"cooperation-catalog/2"}""", "starts with its \"format\" member" },
        { """{"people":[],"format":"cooperation-catalog/2"}""", "\"people\" belongs to format \"cooperation-catalog/2\"" },
        { """{"format":"cooperation-catalog/3"}""", "must be \"cooperation-catalog/2\" (or \"cooperation-catalog/1\", still read)" },
    };

    [Theory]
    [MemberData(nameof(Format2MembersInFormat1))]
    public void Each_format_is_held_to_its_own_members_by_every_reader(string json, string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var fromBytes = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(bytes));
        Assert.Contains(reason, fromBytes.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream(bytes);
        var fromStream = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(stream));
        Assert.Equal(fromBytes.Message, fromStream.Message);
        Assert.Equal(fromBytes.Path, fromStream.Path);
        Assert.Equal(fromBytes.LineNumber, fromStream.LineNumber);
    }

    private static void AssertSameCatalog(CooperationCatalog expected, CooperationCatalog actual)
    {
        // ImmutableArray's own equality is by reference: compare the elements.

        Assert.Equal(expected.Sources.ToArray(), actual.Sources.ToArray());
        Assert.Equal(expected.Institutions.ToArray(), actual.Institutions.ToArray());
        Assert.Equal(expected.People.ToArray(), actual.People.ToArray());
        Assert.Equal(expected.Mechanisms.ToArray(), actual.Mechanisms.ToArray());
        Assert.Equal(expected.Meetings.ToArray(), actual.Meetings.ToArray());
    }
}
