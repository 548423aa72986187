using System;
using System.Linq;
using System.Text.Json;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain;

namespace Cooperation.Cli.Tests;

public class ListCommandTests
{
    private static string[] Ids(CliResult result) => [.. result.OutputLines.Skip(1).Select(l => l.Split(' ', 2)[0])];

    [Fact]
    public void Mechanisms_lists_every_mechanism_of_the_reference_catalog_in_80_columns()
    {
        var result = Tool.Run("list", "mechanisms");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["id", "kind", "name"], result.OutputLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(ReferenceCatalog.Default.Mechanisms.Select(m => m.Id.ToString()), Ids(result));
        Assert.All(result.OutputLines, l => Assert.True(l.Length <= 80, l));
        Assert.Contains(result.OutputLines, l => l.StartsWith("mx-ca-danm ", StringComparison.Ordinal) && l.Contains("high-level-dialogue", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--country", "CA")]
    [InlineData("--country", "Canadá")]
    [InlineData("--country", "CAN")]
    public void Mechanisms_filter_by_country_given_any_way(string option, string value)
    {
        var expected = ReferenceCatalog.Default.MechanismsOf(CountryCode.Parse("CA")).Select(m => m.Id.ToString()).ToArray();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Ids(Tool.Run("list", "mechanisms", option, value)));
    }

    [Fact]
    public void Mechanisms_filter_by_topic_kind_status_and_period_together()
    {
        var groups = Ids(Tool.Run("list", "mechanisms", "--kind", "high-level-group"));
        Assert.Equal(ReferenceCatalog.Default.Mechanisms.Where(m => m.Kind == MechanismKind.HighLevelGroup).Select(m => m.Id.ToString()), groups);

        Assert.Equal(["mx-gt-gansef"], Ids(Tool.Run("list", "mechanisms", "--status", "superseded")));

        var security = Ids(Tool.Run("list", "mechanisms", "--topic", "border-security", "--kind", "high-level-group"));
        Assert.All(security, id => Assert.Contains(Topic.BorderSecurity, ReferenceCatalog.Default.GetMechanism(MechanismId.Parse(id)).Topics));

        // Established by 2002: the Colombia group (2001) and the first Guatemala group (2002); Belize (2005) is later.
        // The El Salvador group, still in negotiation, has no date, and an unknown date excludes nothing.
        var early = Ids(Tool.Run("list", "mechanisms", "--kind", "high-level-group", "--to", "2002"));
        Assert.Equal(["mx-co-gansj", "mx-gt-gansef", "mx-sv-high-level-group"], early);
    }

    [Fact]
    public void Meetings_filter_by_period_country_status_and_mechanism()
    {
        Assert.Equal(
            ReferenceCatalog.Default.Meetings.Where(m => m.Start.Year == 2017).Select(m => m.Id.ToString()),
            Ids(Tool.Run("list", "meetings", "--from", "2017", "--to", "2017-12-31")));
        // The CRM training programme counts: the United States is a party to its mechanism.
        Assert.Equal(["crm-training-programme-2020-12", "mx-us-2021-05-13", "mx-us-consular-dialogue-2023-04", "mx-us-consular-dialogue-2023-10"], Ids(Tool.Run("list", "meetings", "--country", "US")));
        Assert.Equal(["mx-us-consular-dialogue-2023-10"], Ids(Tool.Run("list", "meetings", "--country", "US", "--status", "planned")));
        Assert.Equal(["mx-ca-danm-2017-04-25"], Ids(Tool.Run("list", "meetings", "--mechanism", "mx-ca-danm")));
        Assert.Contains(" planned: ", Tool.Run("list", "meetings", "--status", "planned").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Institutions_and_countries()
    {
        var canada = Ids(Tool.Run("list", "institutions", "--country", "Canada"));
        Assert.Equal(ReferenceCatalog.Default.Institutions.Where(i => i.Country == CountryCode.Parse("CA")).Select(i => i.Id.ToString()), canada);
        Assert.Contains("ca-ircc", canada);

        var countries = Tool.Run("list", "countries");
        Assert.Equal(ReferenceCatalog.Default.Countries.Select(c => c.Alpha2), Ids(countries));
        var mx = CountryCode.Parse("MX");
        var (mechanisms, meetings) = (ReferenceCatalog.Default.MechanismsOf(mx).Length, ReferenceCatalog.Default.MeetingsAttendedBy(PartyRef.ForCountry(mx)).Length);
        Assert.True(mechanisms > 10 && meetings > 5, $"{mechanisms} mechanisms, {meetings} meetings");
        Assert.Contains(countries.OutputLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, $"^MX +MEX +484 +{mechanisms} +{meetings} +Mexico$"));
        foreach (var row in Csv.Parse(Tool.Run("list", "countries", "--format", "csv").Output).Skip(1))
        {
            var code = CountryCode.Parse(row[0]);
            Assert.Equal(ReferenceCatalog.Default.MechanismsOf(code).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row[3]);
            Assert.Equal(ReferenceCatalog.Default.MeetingsAttendedBy(PartyRef.ForCountry(code)).Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row[4]);
        }

        Assert.Contains(Tool.Run("list", "countries", "--lang", "es").OutputLines, l => l.EndsWith("México", StringComparison.Ordinal));
        Assert.Equal(Countries.All.Length + 1, Tool.Run("list", "countries", "--all", "--format", "csv").Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Json_holds_the_entities_in_canonical_form()
    {
        var result = Tool.Run("list", "meetings", "--country", "US", "--format", "json");
        using var json = JsonDocument.Parse(result.StandardOutput);
        var meetings = json.RootElement.EnumerateArray().Select(e => CooperationJson.Read<Meeting>(e.GetRawText())).ToArray();
        var us = CountryCode.Parse("US");
        Assert.Equal(
            ReferenceCatalog.Default.Meetings.Where(m => m.Delegations.Any(d => d.Party == PartyRef.ForCountry(us))
                || (m.Mechanism is { } id && ReferenceCatalog.Default.GetMechanism(id).HasParty(PartyRef.ForCountry(us)))),
            meetings);

        using var countries = JsonDocument.Parse(Tool.Run("list", "countries", "--format", "json").StandardOutput);
        var mexico = countries.RootElement.EnumerateArray().Single(c => c.GetProperty("alpha2").GetString() == "MX");
        Assert.Equal(("MEX", 484, "México"), (mexico.GetProperty("alpha3").GetString(), mexico.GetProperty("numeric").GetInt32(), mexico.GetProperty("name").GetProperty("es").GetString()));
    }

    [Fact]
    public void Csv_is_rfc_4180_with_both_languages()
    {
        var result = Tool.Run("list", "mechanisms", "--format", "csv");
        var rows = Csv.Parse(result.Output);
        Assert.Equal(["id", "kind", "status", "established", "parties", "name_en", "name_es"], rows[0]);
        Assert.Equal(ReferenceCatalog.Default.Mechanisms.Length, rows.Count - 1);
        var danm = rows.Single(r => r[0] == "mx-ca-danm");
        // A name the sources give in one language has an empty cell for the other: the catalog translates no name.
        Assert.Equal(("MX CA", "", "Diálogo de Alto Nivel México-Canadá sobre Movilidad de Personas"), (danm[4], danm[5], danm[6]));
        var gans = rows.Single(r => r[0] == "mx-hn-gans");
        Assert.Equal(("Mexico-Honduras High-Level Group on Security", ""), (gans[5], gans[6]));
        Assert.EndsWith("\r\n", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("list", "meetings", "--kind", "picnic")]
    [InlineData("list", "mechanisms", "--country", "Atlantis")]
    [InlineData("list", "mechanisms", "--from", "last year")]
    [InlineData("list", "institutions", "--topic", "security")]
    [InlineData("list", "meetings", "--mechanism", "no-such-mechanism")]
    [InlineData("list", "planets")]
    [InlineData("list", "mechanisms", "--catalog", "/nonexistent/catalog.json")]
    public void Bad_filters_exit_2_with_nothing_on_stdout(params string[] args)
    {
        var result = Tool.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith("cooperation: error: ", result.StandardError, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string?> InapplicableFilters()
    {
        // Each filter with a value it could take, and the listings it applies to.
        var filters = new (string Name, string? Value, string[] Listings)[]
        {
            ("--country", "MX", ["mechanisms", "meetings", "institutions"]),
            ("--topic", "migration", ["mechanisms", "meetings"]),
            ("--kind", "ordinary", ["mechanisms", "meetings", "institutions"]),
            ("--status", "active", ["mechanisms", "meetings"]),
            ("--mechanism", "mx-ca-danm", ["meetings"]),
            ("-m", "mx-ca-danm", ["meetings"]),
            ("--from", "2020", ["mechanisms", "meetings"]),
            ("--to", "2020", ["mechanisms", "meetings"]),
            ("--all", null, ["countries"]),
        };
        var data = new TheoryData<string, string, string?>();
        foreach (var listing in new[] { "mechanisms", "meetings", "institutions", "countries" })
        {
            foreach (var (name, value, listings) in filters.Where(f => !f.Listings.Contains(listing)))
            {
                data.Add(listing, name, value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InapplicableFilters))]
    public void A_filter_that_does_not_apply_to_the_listing_is_an_argument_error(string listing, string filter, string? value)
    {
        var result = Tool.Run(value is null ? ["list", listing, filter] : ["list", listing, filter, value]);
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var name = filter == "-m" ? "--mechanism" : filter;
        Assert.StartsWith($"cooperation: error: {name} does not apply to {listing}: it filters ", result.StandardError, StringComparison.Ordinal);
        Assert.EndsWith($"\nRun \"cooperation list {listing} --help\" for usage.\n", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void The_message_names_the_listings_a_filter_applies_to_and_hidden_filters_stay_out_of_help()
    {
        Assert.StartsWith("cooperation: error: --topic does not apply to institutions: it filters mechanisms and meetings.\n", Tool.Run("list", "institutions", "--topic", "migration").StandardError, StringComparison.Ordinal);
        Assert.StartsWith("cooperation: error: --all does not apply to meetings: it filters only countries.\n", Tool.Run("list", "meetings", "--all").StandardError, StringComparison.Ordinal);
        Assert.StartsWith("cooperation: error: --country does not apply to countries: it filters mechanisms, meetings and institutions.\n", Tool.Run("list", "countries", "--country", "MX").StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("--topic", Tool.Run("list", "institutions", "--help").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("--all", Tool.Run("list", "mechanisms", "--help").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_country_gets_the_suggestions_of_countries_find()
    {
        var near = Tool.Run("list", "mechanisms", "--country", "Mexco");
        Assert.Equal(2, near.ExitCode);
        Assert.Empty(near.StandardOutput);
        Assert.StartsWith("cooperation: error: --country: No country has the name or code \"Mexco\".", near.StandardError, StringComparison.Ordinal);
        Assert.Contains("\nNearest matches:\n  MX\tMEX\t484\tMexico\tMéxico\n", near.StandardError, StringComparison.Ordinal);

        var ambiguous = Tool.Run("list", "meetings", "--country", "Korea");
        Assert.Equal(2, ambiguous.ExitCode);
        Assert.Contains("\nCandidates:\n  KP\tPRK\t408\tNorth Korea\tCorea del Norte\n  KR\tKOR\t410\tSouth Korea\tCorea del Sur\n", ambiguous.StandardError, StringComparison.Ordinal);

        // No country's name is near "Narnia" (countries find suggests none either): the message says where to look.
        var far = Tool.Run("list", "institutions", "--country", "Narnia");
        Assert.Equal(2, far.ExitCode);
        Assert.Empty(far.StandardOutput);
        Assert.Equal(
            "cooperation: error: --country: No country has the name or code \"Narnia\".\nNo country's name is near it; \"cooperation list countries --all\" lists them all.\nRun \"cooperation list institutions --help\" for usage.\n",
            far.StandardError);
    }
}
