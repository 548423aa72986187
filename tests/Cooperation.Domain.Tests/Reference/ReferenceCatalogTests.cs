using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Rules;
using Cooperation.Domain.Tests.Support;
using NodaTime;

namespace Cooperation.Domain.Tests.Reference;

public class ReferenceCatalogTests
{
    private static CooperationCatalog Catalog => ReferenceCatalog.Default;

    private static PartyRef P(string party) => PartyRef.Parse(party);

    private static Mechanism M(string id) => Catalog.GetMechanism(MechanismId.Parse(id));

    private static Meeting Meeting(string id) => Catalog.TryGetMeeting(MeetingId.Parse(id), out var meeting) ? meeting : throw new InvalidOperationException(id);

    [Fact]
    public void The_canonical_json_of_the_reference_catalog_is_the_committed_snapshot()
        => Snapshot.Verify(this, Encoding.UTF8.GetString(CooperationJson.WriteCatalog(Catalog)), "json");

    [Fact]
    public void The_embedded_resource_is_in_canonical_form()
    {
        using var stream = typeof(ReferenceCatalog).Assembly.GetManifestResourceStream(ReferenceCatalog.ResourceName)!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        Assert.Equal(CooperationJson.WriteCatalog(Catalog), buffer.ToArray());
    }

    [Fact]
    public void It_is_kept_and_shared_by_concurrent_readers()
    {
        var seen = new CooperationCatalog[16];
        Parallel.For(0, seen.Length, i => seen[i] = ReferenceCatalog.Default);
        Assert.All(seen, c => Assert.Same(ReferenceCatalog.Default, c));
        Assert.Same(ReferenceCatalog.Document, ReferenceCatalog.Document);
        Assert.Equal(ReferenceCatalog.DocumentName, ReferenceCatalog.Document.Name);
    }

    [Fact]
    public void A_corrupt_or_missing_resource_fails_with_a_clear_message_and_is_not_kept()
    {
        CatalogDocument? slot = null;
        var loads = 0;
        Stream Corrupt()
        {
            loads++;
            return new MemoryStream("{\"format\":\"cooperation-catalog/1\",\"meetings\":[{\"id\":\"x\"}]}"u8.ToArray());
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var corrupt = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.GetOrLoad(ref slot, Corrupt, "test.json"));
            Assert.Contains("The reference catalog resource \"test.json\" is corrupt", corrupt.Message, StringComparison.Ordinal);
            Assert.Contains("$.meetings[0]", corrupt.Message, StringComparison.Ordinal);
            Assert.IsType<CooperationJsonException>(corrupt.InnerException);
            Assert.Null(slot);
        }

        Assert.Equal(2, loads);
        var good = ReferenceCatalog.GetOrLoad(ref slot, () => new MemoryStream("{\"format\":\"cooperation-catalog/1\"}"u8.ToArray()), "test.json");
        Assert.Same(good, slot);
        Assert.Same(good, ReferenceCatalog.GetOrLoad(ref slot, Corrupt, "test.json"));
        Assert.Equal(2, loads);

        var missing = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(() => null, "absent.json"));
        Assert.Contains("\"absent.json\" is missing", missing.Message, StringComparison.Ordinal);
        var unreadable = Assert.Throws<InvalidOperationException>(() => ReferenceCatalog.Load(() => throw new IOException("disk"), "bad.json"));
        Assert.Contains("\"bad.json\" cannot be read: disk", unreadable.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AsOfDates()
    {
        // From the latest source (24 April 2023) to the day these tests were written, month by month.
        var data = new TheoryData<string>();
        for (var day = new LocalDate(2023, 4, 24); day <= new LocalDate(2026, 11, 27); day = day.PlusMonths(1))
        {
            data.Add(PartialDate.FromLocalDate(day).ToString());
        }

        data.Add("2026-11-27");
        return data;
    }

    [Theory]
    [MemberData(nameof(AsOfDates))]
    public void It_validates_without_errors_as_of_any_date_since_its_latest_source(string asOf)
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(PartialDate.Parse(asOf).Earliest));
        Assert.False(report.HasErrors, ReportOutput.Text(report));
    }

    [Fact]
    public void Its_known_findings_are_accepted_by_suppressions_in_the_catalog()
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)));
        Assert.Equal("0 errors, 0 warnings, 0 infos; 81 suppressed", report.ToString());
        Assert.All(report.SuppressedDiagnostics, d => Assert.Equal(SuppressionKind.InSource, d.Suppression!.Kind));
        Snapshot.Verify(this, string.Join("\n", report.SuppressedDiagnostics.Select(d => $"{d} [accepted: {d.Suppression!.Justification}]")) + "\n");
    }

    [Fact]
    public void Every_justification_is_the_one_docs_reference_data_md_gives()
    {
        var docs = string.Join(' ', File.ReadAllText(Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "reference-data.md")).Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var justifications = Catalog.Institutions.SelectMany(e => e.Suppressions).Concat(Catalog.Mechanisms.SelectMany(e => e.Suppressions))
            .Concat(Catalog.Meetings.SelectMany(e => e.Suppressions)).Select(s => s.Justification).Distinct().ToArray();
        Assert.NotEmpty(justifications);
        Assert.All(justifications, j => Assert.Contains(j, docs, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_problem_in_the_reference_data_is_still_an_error()
    {
        var meeting = Catalog.GetMeeting(MeetingId.Parse("mx-us-2021-05-13"));
        var broken = Catalog.With(meeting.WithMechanism(MechanismId.Parse("mx-us-nonexistent")));
        var report = Validator.Validate(broken, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)));
        Assert.Contains(report.Diagnostics, d => d.Id == "COOP1002" && d.Severity == Severity.Error);
        Assert.True(report.HasErrors);

        // The suppression of its delegation's finding travels with the meeting it is written on.
        Assert.Contains(report.SuppressedDiagnostics, d => d.Id == "COOP5001" && d.Path == "meetings[mx-us-2021-05-13].delegations[US]");
    }

    [Fact]
    public void On_every_month_since_the_latest_source_nothing_is_left_unaccepted_and_no_suppression_is_stale()
    {
        // Every month from the latest source to the documented day: no warning, no unused suppression.
        for (var day = new LocalDate(2023, 4, 24); day <= new LocalDate(2026, 11, 27); day = day.PlusMonths(1))
        {
            var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(day));
            Assert.DoesNotContain(report.Diagnostics, d => d.Id is "COOP8001" or "COOP8002");
            Assert.Equal(0, report.WarningCount);
        }
    }

    [Fact]
    public void Every_mechanism_meeting_and_source_is_traceable()
    {
        Assert.All(Catalog.Mechanisms, m => Assert.NotEmpty(m.Sources));
        Assert.All(Catalog.Meetings, m => Assert.NotEmpty(m.Sources));
        Assert.All(Catalog.Sources, s => Assert.NotNull(s.Archive));
        Assert.Equal(5, Catalog.Sources.Length);
    }

    [Fact]
    public void Mexico_and_Canada_2017()
    {
        var danm = M("mx-ca-danm");
        Assert.Equal("DANM", danm.SpanishAcronym?.Value);
        Assert.Contains("junio de 2016", danm.Origin!.Text.Spanish, StringComparison.Ordinal);
        var midTerm = Meeting("mx-ca-danm-2017-04-25");
        Assert.Equal(MeetingKind.MidTerm, midTerm.Kind);
        Assert.Equal(PartialDate.Parse("2017-04-25"), midTerm.Start);
        Assert.Equal(CountryCode.Parse("CA"), midTerm.Venues.Single().Country);
        Assert.Equal(["Mauricio Ibarra Ponce de León", "Mario Madrazo", "Gustavo Gutiérrez"],
            midTerm.Delegations.Single(d => d.Party == P("MX")).Participants.Where(p => p.Role == DelegationRole.CoChair).Select(p => p.Person!.Value.Value).ToArray());
        Assert.Equal(["ca-cbsa", "ca-esdc", "ca-gac", "ca-ircc", "ca-ps"],
            midTerm.Delegations.Single(d => d.Party == P("CA")).Participants.Select(p => p.Institution!.Value.Value).Order(StringComparer.Ordinal).ToArray());

        var eighth = Catalog.MeetingsOf(MechanismId.Parse("mx-ca-security-consultations")).Single();
        Assert.Equal((8, "2017-04-26"), (eighth.Ordinal!.Value.Value, eighth.Start.ToString()));
        Assert.Equal(["mx-sre", "ca-gac"], eighth.Delegations.Select(d => d.Participants.Single(p => p.Role == DelegationRole.HeadOfDelegation).Institution!.Value.Value).ToArray());
        Assert.Contains(Topic.TraffickingInPersons, eighth.Topics);

        var publicSecurity = Catalog.MeetingsOf(MechanismId.Parse("mx-ca-public-security-dialogue")).Single();
        Assert.Equal((1, "2017-04-27"), (publicSecurity.Ordinal!.Value.Value, publicSecurity.Start.ToString()));
        Assert.Equal("Monte Alejandro Rubido", publicSecurity.Delegations[0].Participants[0].Person!.Value.Value);
        Assert.Equal("ca-ps", publicSecurity.Delegations[1].Participants[0].Institution!.Value.Value);

        var talks = Catalog.MeetingsOf(MechanismId.Parse("mx-ca-political-military-talks")).Single();
        Assert.Equal(10, talks.Ordinal!.Value.Value);
        Assert.True(talks.ApproximateDates);
        // The four meetings and the visit they were part of ("del 25 al 28 de abril, en Ottawa").
        var days = Catalog.MeetingsBetween(new DateInterval(new LocalDate(2017, 4, 25), new LocalDate(2017, 4, 28)));
        Assert.Equal(5, days.Length);
        var visit = Assert.Single(days, m => m.Kind == MeetingKind.Visit);
        Assert.All(days.Where(m => m != visit), m => Assert.Contains(m.Relations, r => r.Kind == RelationKind.PartOf && r.Meeting == visit.Id));
    }

    [Fact]
    public void Mexico_and_the_United_States_2021()
    {
        var meeting = Meeting("mx-us-2021-05-13");
        var mexico = meeting.Delegations.Single(d => d.Party == P("MX"));
        var us = meeting.Delegations.Single(d => d.Party == P("US"));
        Assert.Equal(10, mexico.Participants.Length);
        Assert.Equal(9, us.Participants.Length);
        Assert.Equal(["Marcelo Ebrard", "Rosa Icela Rodríguez Velázquez"], mexico.Participants.Where(p => p.Role == DelegationRole.CoChair).Select(p => p.Person!.Value.Value).ToArray());
        Assert.DoesNotContain(us.Participants, p => p.Role == DelegationRole.HeadOfDelegation);
        Assert.Null(meeting.Venues.SingleOrDefault());
        Assert.Equal(7, us.Participants.Count(p => p.Institution == InstitutionId.Parse("us-dhs")));
        Assert.Single(Catalog.MeetingsWith(PersonId.Parse("rosa-icela-rodriguez-velazquez")));
        Assert.Single(Catalog.MeetingsWith(PersonName.From("Luis Rodríguez Bucio")));
        var vaccines = meeting.Outcomes.Single(o => o.Kind == CommitmentKind.Donation);
        Assert.Equal((CommitmentKind.Donation, 1_350_000), (vaccines.Kind, vaccines.Count!.Value));
        Assert.Equal([P("US")], vaccines.Parties.ToArray());
        // "En la reunión se trató la visión compartida …": discussed, as the 2017 "dialogaron sobre …" is.
        var vision = meeting.Outcomes.Single(o => o.Kind == CommitmentKind.Exchange);
        Assert.Equal(CommitmentStatus.Fulfilled, vision.Status);
        Assert.Equal([P("MX"), P("US")], vision.Parties.ToArray());
        Assert.StartsWith("Se trató la visión compartida de atención a las causas", vision.Text.Spanish, StringComparison.Ordinal);
        // Rentería heads a section of SEDENA's General Staff, a unit like the others named through a title.
        var renteria = mexico.Participants.Single(p => p.PersonId == PersonId.Parse("oscar-renteria-schazarino"));
        Assert.Equal(InstitutionId.Parse("mx-sedena"), Catalog.GetInstitution(renteria.Institution!.Value).Parent);
        var source = Catalog.GetMechanism(meeting.Mechanism!.Value).Sources.Single();
        Assert.True(Catalog.TryGetSource(source, out var communique));
        Assert.Equal(SourceKind.JointCommunique, communique.Kind);
        Assert.Equal(["mx-sre", "mx-sspc"], communique.Issuers.Select(i => i.Value).ToArray());
    }

    [Fact]
    public void The_Regional_Conference_on_Migration()
    {
        var crm = M("crm");
        Assert.Equal(["BZ", "CA", "CR", "DO", "GT", "HN", "MX", "NI", "PA", "SV", "US"],
            crm.Parties.Where(p => p.Status == ParticipationStatus.Member).Select(p => p.Party.ToString()).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["int-iom", "int-rrocm"], crm.Parties.Where(p => p.Status == ParticipationStatus.Observer).Select(p => p.Party.ToString()).ToArray());
        Assert.Equal(P("MX"), Catalog.PresidencyOn(crm.Id, new LocalDate(2021, 6, 1)));
        Assert.Null(Catalog.PresidencyOn(crm.Id, new LocalDate(2022, 1, 1)));
        var programme = M("crm-training-programme");
        Assert.Equal(crm.Id, programme.Parent);
        var session = Catalog.MeetingsOf(programme.Id).Single();
        Assert.Equal("Rocío González Higuera", session.Delegations[0].Participants[0].Person!.Value.Value);
        Assert.Equal(DelegationRole.Support, session.Delegations.Single(d => d.Party == P("int-iom")).Participants[0].Role);
        Assert.True(Catalog.TryGetSource(crm.Sources.Single(), out var source));
        Assert.Null(source.Date); // the article is undated
    }

    [Fact]
    public void The_Mexico_US_Consular_Dialogue_2023()
    {
        var dialogue = M("mx-us-consular-dialogue");
        Assert.Equal(PartialDate.Parse("2013"), dialogue.Established);
        var meetings = Catalog.MeetingsOf(dialogue.Id);
        var midTerm = meetings.Single(m => m.Kind == MeetingKind.MidTerm);
        Assert.True(midTerm.ApproximateDates);
        Assert.Equal(PartialDateRange.Parse("2023-04-17/2023-04-21"), midTerm.Dates);
        Assert.Equal(["Vanessa Calva Ruiz", "Daria Darnell"], midTerm.Delegations.Select(d => d.Participants.Single(p => p.Role == DelegationRole.HeadOfDelegation).Person!.Value.Value).ToArray());
        var annual = meetings.Single(m => m.Status == MeetingStatus.Planned);
        Assert.Equal((PartialDate.Parse("2023-10"), CountryCode.Parse("MX")), (annual.Start, annual.Venues.Single().Country));
        Assert.Equal(dialogue.Id, M("mx-us-consular-dialogue-labour-mobility").Parent);
        Assert.Equal(CadenceStatus.OnSchedule, Catalog.AssessCadence(dialogue.Id, new LocalDate(2023, 4, 24)).Status);
    }

    [Fact]
    public void The_2011_presentation_on_high_level_groups()
    {
        Assert.Equal(
            [("mx-bz-gansef", "GANSEF", "2005-06-28"), ("mx-co-gansj", "GANSJ", "2001-04-06"), ("mx-gt-gansef", "GANSEF", "2002-06-13"), ("mx-gt-ganseg", "GANSEG", "2008-07"), ("mx-hn-gans", "GANS", "2011-01-22"), ("mx-pa-gansj", "GANSJ", "2009-01-16")],
            Catalog.MechanismsOfKind(MechanismKind.HighLevelGroup).Where(m => m.Established is not null)
                .Select(m => (m.Id.Value, m.SpanishAcronym!.Value.Value, m.Established!.Value.ToString())).ToArray());
        Assert.Equal(MechanismStatus.InNegotiation, M("mx-sv-high-level-group").Status);
        Assert.Equal(MechanismId.Parse("mx-gt-gansef"), M("mx-gt-ganseg").Predecessor);
        Assert.Equal(PartialDate.Parse("2011-01-05"), M("gassca").Established);
        Assert.Equal(CadenceKind.Ongoing, M("gassca").Cadence!.Kind);
        var sica = M("sica").Parties.Single();
        Assert.Equal((P("MX"), ParticipationStatus.Observer, PartialDate.Parse("2004-11-11")), (sica.Party, sica.Status, sica.Since!.Value));

        var ministerial = Meeting("ministerial-meeting-2010-10-08");
        Assert.Equal(5, ministerial.Outcomes.Length);
        Assert.Single(ministerial.Outcomes, o => o.Count == 21);
        var strategy = M("mx-strategy-abduction-of-migrants");
        Assert.Equal(PartialDate.Parse("2010-07"), strategy.Outcomes.Single().Date);
        Assert.Contains("August 2010", strategy.Origin!.Text.English, StringComparison.Ordinal);

        var first = Catalog.MeetingsOf(MechanismId.Parse("mx-hn-gans")).Single();
        Assert.Equal(9, first.Outcomes.Length);
        Assert.DoesNotContain(first.Outcomes, o => o.Kind == CommitmentKind.Declaration);
        Assert.Equal(P("HN"), first.Statements.Single().Party);
        Assert.Single(first.Outcomes, o => o.Kind == CommitmentKind.MemorandumOfUnderstanding && o.Status == CommitmentStatus.Proposed);
        var mission = Meeting("mx-high-level-mission-2011-01");
        Assert.Equal(["GT", "HN"], mission.Venues.Select(v => v.Country.ToString()).ToArray());

        var planned = Catalog.Meetings.Where(m => m.Status == MeetingStatus.Planned && m.Start.Year == 2011).Select(m => m.Id.Value).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["mx-follow-up-2011-02", "mx-gt-ganseg-2011-04", "mx-pa-gansj-2011-03", "sica-donor-conference-2011"], planned);
        Assert.Equal(PartialDateRange.Parse("2011-02-10/2011-02-11"), Meeting("seminar-human-rights-of-migrants-2011-02").Dates);
    }
}
