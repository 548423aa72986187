using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Tests.Documentation;

namespace Cooperation.Domain.Tests.Reference;

/// <summary>What the docs say about the shipped reference catalog is what it holds.</summary>
public sealed class ReferenceDocsTruthTests
{
    private static string Doc(string name) => File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", name)).ReplaceLineEndings(" ");

    private static Meeting MeetingOf(string id)
    {
        Assert.True(ReferenceCatalog.Default.TryGetMeeting(MeetingId.Parse(id), out var meeting), id);
        return meeting;
    }

    private static string Collapsed(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void The_first_meeting_with_Honduras_has_the_nine_outcomes_and_the_statement_reference_data_md_counts()
    {
        var meeting = MeetingOf("mx-hn-gans-2011-01-22");
        Assert.Equal(9, meeting.Outcomes.Length);
        Assert.Equal(8, meeting.Outcomes.Count(o => o.Kind == CommitmentKind.Agreement));
        Assert.Single(meeting.Outcomes, o => o.Kind == CommitmentKind.MemorandumOfUnderstanding);
        // "The delegation of Honduras celebrated …" is what Honduras said, not something agreed.
        var statement = Assert.Single(meeting.Statements);
        Assert.Equal((PartyRef.Parse("HN"), StatementForm.Summary), (statement.Party!.Value, statement.Form));
        Assert.Equal([InstitutionId.Parse("mx-congress")], statement.Mentions.ToArray());
        Assert.Contains("its nine outcomes: eight agreements and the proposed memorandum of understanding", Collapsed(Doc("reference-data.md")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mx-ca-public-security-dialogue-2017-04-27", "CA", null, "member")] // "encabezados por" heads the Mexican side only
    [InlineData("crm-training-programme-2020-12", "MX", "Rocío González Higuera", "member")] // she only speaks ("destacó")
    [InlineData("mx-us-2021-05-13", "US", "Samantha Vinograd", "member")] // listed in the delegation ("Además, la asesora …")
    [InlineData("mx-us-2021-05-13", "US", "Isabella Ulloa", "member")]
    [InlineData("mx-us-2021-05-13", "MX", "Marcelo Ebrard", "co-chair")] // "una reunión que encabezaron …"; the delegation list writes "Marcelo Ebrard"
    [InlineData("mx-us-2021-05-13", "US", "Alejandro Mayorkas", "member")] // the meeting they headed was "con" him: no one is said to head the US side
    [InlineData("mx-high-level-mission-2011-01", "GT", null, "focal-point")] // "the respective Ministries … were designated as focal points"
    [InlineData("mx-high-level-mission-2011-01", "HN", null, "focal-point")]
    public void Participants_have_the_roles_the_sources_state(string meetingId, string party, string? person, string role)
    {
        var delegation = MeetingOf(meetingId).Delegations.Single(d => d.Party == PartyRef.Parse(party));
        var participant = delegation.Participants.Single(p => p.Person?.ToString() == person);
        Assert.Equal(role, participant.Role.Name);
    }

    [Fact]
    public void The_first_meeting_with_Honduras_has_the_Honduran_delegation_the_presentation_names()
    {
        // "The delegation of Honduras celebrated …": a delegation without named participants; Mexico's is not mentioned.
        var delegation = Assert.Single(MeetingOf("mx-hn-gans-2011-01-22").Delegations);
        Assert.Equal(PartyRef.Parse("HN"), delegation.Party);
        Assert.Empty(delegation.Participants);
        Assert.Contains("the presentation names no Mexican delegation and no participant at the meeting, so none is recorded", Collapsed(Doc("reference-data.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_facts_table_adds_up_and_lists_every_fact_not_held()
    {
        var doc = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "reference-data.md")).ReplaceLineEndings("\n");
        var rows = doc.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\| 00\d ")).Select(l => l.Split('|', StringSplitOptions.TrimEntries)).ToArray();
        Assert.Equal(5, rows.Length);
        var (facts, held, notHeld) = (rows.Sum(r => int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), rows.Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)), rows.Sum(r => int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(rows, r => Assert.Equal(int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture) + int.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains($"{facts} facts, of which the catalog holds {held}.", Collapsed(doc.ReplaceLineEndings(" ")), StringComparison.Ordinal);

        // The list under "What the catalog does not hold (N facts)" has one item per fact not held.
        var heading = $"What the catalog does not hold ({notHeld} facts)";
        var start = doc.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var list = doc[start..].Split("\n\n")[1];
        Assert.Equal(notHeld, list.Split('\n').Count(l => l.StartsWith("- ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_2021_meeting_has_no_venue_because_Mexico_City_is_only_the_communique_dateline()
        => Assert.Empty(MeetingOf("mx-us-2021-05-13").Venues);

    [Fact]
    public void The_February_2011_follow_up_has_no_venue_as_the_docs_say()
    {
        var meeting = MeetingOf("mx-follow-up-2011-02");
        Assert.Empty(meeting.Venues);
        Assert.Contains("the source names no venue, so none is recorded", Collapsed(Doc("model.md")), StringComparison.Ordinal);
        Assert.DoesNotContain("three venues", Collapsed(Doc("model.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Reference_data_md_counts_what_the_catalog_holds()
    {
        var catalog = ReferenceCatalog.Default;
        var outcomes = catalog.Mechanisms.Sum(m => m.Outcomes.Length) + catalog.Meetings.Sum(m => m.Outcomes.Length);
        var statements = catalog.Meetings.Sum(m => m.Statements.Length);
        var citations = catalog.AllCitations().Count();
        var doc = Collapsed(Doc("reference-data.md"));
        Assert.Contains($"{catalog.Sources.Length} sources, {catalog.Institutions.Length} institutions, {catalog.People.Length} people, {catalog.Mechanisms.Length} mechanisms and {catalog.Meetings.Length} meetings, with {outcomes} outcomes and {statements} statements", doc, StringComparison.Ordinal);
        Assert.Contains($"{citations} citations, each with a quote", doc, StringComparison.Ordinal);
        Assert.Contains($"checks the reference catalog's {citations} quotes", Collapsed(Doc("cli.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_worked_example_of_reference_data_md_says_what_the_library_answers()
    {
        // The C# block at the top of docs/reference-data.md, line by line, with the outputs its comments give.
        var doc = Doc("reference-data.md");
        var catalog = ReferenceCatalog.Default;
        var crm = catalog.GetMechanism(MechanismId.Parse("crm"));
        Assert.Equal("MX", catalog.PresidencyOn(crm.Id, new NodaTime.LocalDate(2021, 6, 1)).ToString());
        Assert.Equal("mx-us-2021-05-13", catalog.MeetingsWith(PersonName.From("Rosa Icela Rodríguez")).Single().Id.ToString());
        Assert.Equal("Marcelo Ebrard", catalog.PositionsOf(PersonId.Parse("marcelo-ebrard-casaubon")).Single().Name.ToString());
        var report = Cooperation.Domain.Rules.Validator.Validate(ReferenceCatalog.Document, Cooperation.Domain.Rules.ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 11, 27)));
        Assert.Equal("0 errors, 0 warnings, 0 infos; 81 suppressed", report.ToString());
        foreach (var line in new[] { "// MX", "// mx-us-2021-05-13", "// Marcelo Ebrard", "// 0 errors, 0 warnings, 0 infos; 81 suppressed", "PersonName.From(\"Rosa Icela Rodríguez\")" })
        {
            Assert.Contains(line, doc, StringComparison.Ordinal);
        }
    }
}
