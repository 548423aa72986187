using System;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Support;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Serialization;

public class ModelJsonTests
{
    private static CooperationCatalog SmallCatalog(bool reversed = false)
    {
        object[] entities =
        [
            new Source(SourceId.Parse("sre-comunicado-176-2023"), Es("Avanzan medidas de colaboración en servicios y protección consular entre México y Estados Unidos"),
                Es("Secretaría de Relaciones Exteriores"), PartialDate.Parse("2023-04-24"), Language.Spanish, SourceKind.PressRelease, archive: new ArchivedCopy("003_d352a4c521fecf60.txt")),
            new Institution(InstitutionId.Parse("mx-sre"), LocalizedText.Create("Secretaría de Relaciones Exteriores", "Ministry of Foreign Affairs"), InstitutionKind.Ministry,
                CountryCode.Parse("MX"), Acronym.Parse("SRE")),
            new Institution(InstitutionId.Parse("int-iom"), LocalizedText.Create("Organización Internacional para las Migraciones", "International Organization for Migration"),
                InstitutionKind.InternationalOrganization, spanishAcronym: Acronym.Parse("OIM"), englishAcronym: Acronym.Parse("IOM")),
            ConsularDialogue(),
            ConsularMidTerm2023(),
            ConsularAnual2023Planned(),
        ];
        var builder = new CatalogBuilder();
        foreach (var entity in reversed ? entities.Reverse() : entities)
        {
            _ = entity switch
            {
                Source s => builder.Add(s),
                Institution i => builder.Add(i),
                Mechanism m => builder.Add(m),
                Meeting m => builder.Add(m),
                _ => throw new InvalidOperationException(),
            };
        }

        return builder.Build();
    }

    [Fact]
    public void The_canonical_catalog_document_matches_the_snapshot()
    {
        var json = CooperationJson.WriteString(SmallCatalog());
        Snapshot.Verify(this, json, "json");
    }

    [Fact]
    public void Writing_is_canonical_utf8_lf_and_independent_of_insertion_order()
    {
        var bytes = CooperationJson.WriteCatalog(SmallCatalog());
        Assert.Equal(bytes, CooperationJson.WriteCatalog(SmallCatalog(reversed: true)));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("Secretaría de Relaciones Exteriores", text, StringComparison.Ordinal);
        Assert.Contains("Ciudad de México", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("null", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Catalogs_and_entities_round_trip()
    {
        var catalog = SmallCatalog();
        var bytes = CooperationJson.WriteCatalog(catalog);
        var back = CooperationJson.ReadCatalog(bytes);
        Assert.Equal(catalog.Mechanisms.ToArray(), back.Mechanisms.ToArray());
        Assert.Equal(catalog.Meetings.ToArray(), back.Meetings.ToArray());
        Assert.Equal(catalog.Institutions.ToArray(), back.Institutions.ToArray());
        Assert.Equal(catalog.Sources.ToArray(), back.Sources.ToArray());
        Assert.Equal(bytes, CooperationJson.WriteCatalog(back));

        var meeting = ConsularMidTerm2023();
        Assert.Equal(meeting, CooperationJson.Read<Meeting>(CooperationJson.Write(meeting)));
        var mechanism = ConsularDialogue(Cadence.EveryMonths(18, midTermMonth: 6, gracePeriod: Period.FromDays(15)));
        Assert.Equal(mechanism, CooperationJson.Read<Mechanism>(CooperationJson.WriteString(mechanism)));
        var ongoing = ConsularDialogue(Cadence.Ongoing);
        Assert.Same(Cadence.Ongoing, CooperationJson.Read<Mechanism>(CooperationJson.Write(ongoing)).Cadence);
        Assert.Empty(CooperationJson.ReadCatalog("{\"format\":\"cooperation-catalog/1\"}"u8).Mechanisms);
    }

    public static TheoryData<string, string, string, int> BadDocuments() => new()
    {
        // json, expected reason fragment, expected path, expected (1-based) line
        { "{\"format\":\"cooperation-catalog/1\",\n\"mechanisms\":[{\"id\":\"crm\",\"nmae\":{}}]}", "Unknown member \"nmae\" in a Mechanism", "$.mechanisms[0].nmae", 2 },
        { "{\"format\":\"cooperation-catalog/1\",\"format\":\"cooperation-catalog/1\"}", "The member \"format\" appears twice", "$.format", 1 },
        { "{\"sources\":[]}", "The required member \"format\" is missing", "$", 1 },
        { "{\"format\":\"cooperation-catalog/3\"}", "must be \"cooperation-catalog/2\"", "$.format", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\n\"meetings\":[\n{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\"}]}", "The required member \"start\" is missing from a Meeting", "$.meetings[0]", 3 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023\",\"title\":null}]}", "The member \"title\" of a Meeting is null", "$.meetings[0].title", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023-02-29\",\"title\":{\"en\":\"x\"}}]}", "exists only in leap years", "$.meetings[0].start", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"Ordinary\",\"status\":\"held\",\"start\":\"2023\"}]}", "names are lowercase: \"ordinary\"", "$.meetings[0].kind", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":2023}]}", "found a number (2023)", "$.meetings[0].start", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023\",\"ordinal\":0,\"title\":{\"en\":\"x\"}}]}", "found a number (0)", "$.meetings[0].ordinal", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023\"}]}", "Invalid Meeting: The meeting m1 belongs to no mechanism, so it needs a title", "$.meetings[0]", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"mechanisms\":[{\"id\":\"x1\",\"name\":{\"en\":\"x\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[null],\"status\":\"active\"}]}", "Element 0 of \"parties\" in a Mechanism is null", "$.mechanisms[0].parties[0]", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"mechanisms\":[{\"id\":\"x1\",\"name\":{\"en\":\"x\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[{\"party\":\"mx\",\"status\":\"member\"},{\"party\":\"CA\",\"status\":\"member\"}],\"status\":\"active\",\"cadence\":{\"kind\":\"every-n-months\"}}]}", "upper-case", "$.mechanisms[0].parties[0].party", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"mechanisms\":[{\"id\":\"x1\",\"name\":{\"en\":\"x\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[{\"party\":\"MX\",\"status\":\"member\"},{\"party\":\"CA\",\"status\":\"member\"}],\"status\":\"active\",\"cadence\":{\"kind\":\"every-n-months\"}}]}", "\"intervalMonths\" is missing", "$.mechanisms[0].cadence", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\"sources\":[{\"id\":\"s1\",\"title\":{\"es\":\"t\"},\"publisher\":{\"es\":\"p\"},\"date\":\"2020\",\"language\":\"fr\",\"kind\":\"press-release\"}]}", "\"fr\" is not a Language", "$.sources[0].language", 1 },
        { "{\"format\":\"cooperation-catalog/1\",}", "trailing comma", "$", 1 },
        { "{\"format\":\"cooperation-catalog/1\"} // note", "after a single JSON value", "$", 1 },
        { "{\"format\":\"cooperation-catalog/1\",\n\n  \"sources\": [ {\"id\": \"s1\" ", "ends before its JSON is complete", "$.sources[0]", 3 },
    };

    [Fact]
    public void Documents_whose_facts_disagree_read_and_the_rules_engine_reports_them()
    {
        var threeParties = CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(
            "{\"format\":\"cooperation-catalog/1\",\"mechanisms\":[{\"id\":\"x1\",\"name\":{\"en\":\"x\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[{\"party\":\"MX\",\"status\":\"member\"}],\"status\":\"active\"}]}"));
        Assert.Contains(Cooperation.Domain.Rules.Validator.Validate(threeParties).Diagnostics, d => d.Id == "COOP2001" && d.Path == "mechanisms[x1].parties");

        var twice = CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(
            "{\"format\":\"cooperation-catalog/1\",\"institutions\":[{\"id\":\"a1\",\"name\":{\"es\":\"A\"},\"kind\":\"agency\"},{\"id\":\"a1\",\"name\":{\"es\":\"B\"},\"kind\":\"agency\"}]}"));
        Assert.Equal(2, twice.Institutions.Length);
        Assert.Equal("A", twice.GetInstitution(InstitutionId.Parse("a1")).Name.Spanish);
        Assert.Contains(Cooperation.Domain.Rules.Validator.Validate(twice).Diagnostics, d => d.Id == "COOP1001" && d.Path == "institutions[a1]");
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_documents_are_rejected_with_reason_path_and_line(string json, string reason, string path, int line)
    {
        if (reason.Contains("upper-case", StringComparison.Ordinal))
        {
            // The first problem in document order is reported.
            json = json.Replace(",\"cadence\":{\"kind\":\"every-n-months\"}", string.Empty, StringComparison.Ordinal);
        }
        else if (reason.Contains("intervalMonths", StringComparison.Ordinal))
        {
            json = json.Replace("\"mx\"", "\"MX\"", StringComparison.Ordinal);
        }

        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(json)));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
        Assert.NotNull(error.LineNumber);
        Assert.Equal(line, error.LineNumber + 1);
        Assert.Contains($"line {line})", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\":{\"en\":\"x\"},\"kind\":\"initiative\",\"status\":\"agreed\",\"count\":\"21\"}", "\"count\" of a Commitment must be a whole number", "$.count")]
    [InlineData("{\"text\":{\"en\":\"x\"},\"kind\":\"initiative\",\"status\":\"agreed\",\"count\":1.5}", "must be a whole number, but found a number (1.5)", "$.count")]
    [InlineData("{\"text\":{\"en\":\"x\"},\"kind\":\"initiative\",\"status\":\"agreed\",\"count\":true}", "must be a whole number, but found a boolean", "$.count")]
    public void Primitive_members_are_read_strictly(string json, string reason, string path)
    {
        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Commitment>(json));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void Wrong_types_invalid_utf8_and_unsupported_targets_are_json_errors()
    {
        const string Source = "{\"id\":\"s1\",\"title\":{\"es\":\"t\"},\"publisher\":{\"es\":\"p\"},\"language\":\"es\",\"kind\":\"press-release\"";
        Assert.Contains("must be a string, but found a number (5)", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"url\":5}")).Reason, StringComparison.Ordinal);
        Assert.Contains("not an absolute address", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"url\":\"gob.mx/sre\"}")).Reason, StringComparison.Ordinal);
        Assert.Contains("\"file\" of an ArchivedCopy must be a string", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"archive\":{\"file\":5}}")).Reason, StringComparison.Ordinal);
        Assert.Contains("64 hexadecimal digits", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"archive\":{\"file\":\"a.txt\",\"sha256\":\"abc\"}}")).Reason, StringComparison.Ordinal);
        Assert.Contains("Unknown member \"seedDocument\"", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"seedDocument\":\"a.txt\"}")).Reason, StringComparison.Ordinal);
        Assert.Null(CooperationJson.Read<Source>(Source + "}").Date);

        // Invalid UTF-8 inside a string, and a lone surrogate escaped in JSON.
        var invalid = Encoding.UTF8.GetBytes(Source + ",\"seedDocument\":\"ab\"}");
        invalid[Array.LastIndexOf(invalid, (byte)'a')] = 0xC3;
        Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(invalid));
        Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"seedDocument\":\"\\uD800\"}"));
        Assert.Contains("unpaired surrogate", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Source>(Source + ",\"seedDocument\":\"\uD800\"}")).Message, StringComparison.Ordinal);

        // Invalid UTF-8 in a member name: the error is still a located JSON error.
        var badName = Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\",\"xx\":1}");
        badName[Array.IndexOf(badName, (byte)'x')] = 0xC3;
        Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(badName));

        // Grace periods are months and days: weeks and hours are refused, not converted.
        const string Mechanism = "{\"id\":\"x1\",\"name\":{\"en\":\"x\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[{\"party\":\"MX\",\"status\":\"member\"},{\"party\":\"CA\",\"status\":\"member\"}],\"status\":\"active\",\"cadence\":{\"kind\":\"annual\",\"gracePeriod\":\"";
        foreach (var period in new[] { "P2W", "PT48H", "P1Y", "P99999999D" })
        {
            var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Mechanism>(Mechanism + period + "\"}}"));
            Assert.StartsWith("$.cadence", error.Path, StringComparison.Ordinal);
        }

        Assert.Equal(Period.FromDays(15), CooperationJson.Read<Mechanism>(Mechanism + "P15D\"}}").Cadence!.GracePeriod);

        // A byte-order mark is skipped; other targets are refused.
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\"}")];
        Assert.Empty(CooperationJson.ReadCatalog(withBom).Meetings);
        Assert.Throws<NotSupportedException>(() => CooperationJson.Read<string>("\"x\""));
        Assert.Contains("must be true or false", Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Meeting>("{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023\",\"title\":{\"en\":\"x\"},\"approximateDates\":\"yes\"}")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_addresses_write_equal_bytes()
    {
        Source Make(string url) => new(SourceId.Parse("s1"), Es("t"), Es("p"), null, Language.Spanish, SourceKind.PressRelease, new Uri(url));
        Assert.Equal(Make("HTTPS://WWW.GOB.MX/sre"), Make("https://www.gob.mx/sre"));
        Assert.Equal(CooperationJson.Write(Make("HTTPS://WWW.GOB.MX/sre")), CooperationJson.Write(Make("https://www.gob.mx/sre")));
    }

    [Fact]
    public void Size_is_bounded_and_deep_nesting_fails_at_the_first_wrong_value()
    {
        var big = Encoding.UTF8.GetBytes("{\"format\":\"cooperation-catalog/1\"}" + new string(' ', 2000));
        Assert.Contains("the limit is 1000 bytes", Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(big, maxBytes: 1000)).Message, StringComparison.Ordinal);
        using var stream = new System.IO.MemoryStream(big);
        Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(stream, maxBytes: 1000));
        Assert.Throws<ArgumentOutOfRangeException>(() => CooperationJson.ReadCatalog(big, maxBytes: 0));
        using var spent = new System.IO.MemoryStream(big);
        spent.Position = spent.Length + 10;
        Assert.Contains("The document is empty or holds only white space", Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(spent)).Message, StringComparison.Ordinal);
        // An entity's syntax is checked whole before its content is read, so nesting deeper than the limit is that
        // error, at the bracket that goes too deep, from every reader.
        var deep = "{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2023\",\"title\":" + string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40)) + "}]}";
        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(deep)));
        Assert.Contains("The maximum configured depth of 32 has been exceeded", error.Reason, StringComparison.Ordinal);
        Assert.StartsWith("$.meetings[0].title[0][0]", error.Path, StringComparison.Ordinal);
        var streamed = Assert.Throws<CooperationJsonException>(() => CooperationJson.ReadCatalog(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(deep))));
        Assert.Equal((error.Reason, error.Path, error.LineNumber, error.BytePositionInLine), (streamed.Reason, streamed.Path, streamed.LineNumber, streamed.BytePositionInLine));
    }
}
