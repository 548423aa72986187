using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;
using NodaTime;

namespace Cooperation.Domain.Tests.Reference;

/// <summary>
/// The judgement calls of docs/reference-data.md that the last fact-check questioned, held to what the sources' words
/// support: each test states the rule the call follows and checks the catalog against it.
/// </summary>
public sealed class ReferenceJudgementCallTests
{
    private const string PrinciplesLead = "In regard to the security of migrants, various fundamental principles have been established in our region";

    private static CooperationCatalog Catalog => ReferenceCatalog.Default;

    private static Meeting MeetingOf(string id) => Catalog.GetMeeting(MeetingId.Parse(id));

    private static string Docs() => string.Join(' ', File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "reference-data.md"))
        .Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void No_name_is_translated()
    {
        // Each language of an institution's or a mechanism's name is the language of a source that names it, or the
        // name is in one of its quotes ("y de Public Safety Canada" in a Spanish article).
        var untranslated = new List<string>();
        void Check(string path, LocalizedText name, ImmutableArray<Citation> citations)
        {
            foreach (var language in new[] { Language.Spanish, Language.English })
            {
                if (name.Get(language) is { } text
                    && !citations.Any(c => Catalog.GetSource(c.Source).Language == language || (c.Quote?.Contains(text, StringComparison.Ordinal) ?? false)))
                {
                    untranslated.Add($"{path}: \"{text}\"");
                }
            }
        }

        foreach (var institution in Catalog.Institutions)
        {
            Check($"institutions[{institution.Id}]", institution.Name, institution.Citations);
        }

        foreach (var mechanism in Catalog.Mechanisms)
        {
            Check($"mechanisms[{mechanism.Id}]", mechanism.Name, mechanism.Citations);
        }

        Assert.Empty(untranslated);
    }

    [Fact]
    public void The_SRE_has_the_English_name_the_presentation_gives_it_wherever_it_is_named()
    {
        var sre = Catalog.GetInstitution(InstitutionId.Parse("mx-sre"));
        Assert.Equal(("Secretaría de Relaciones Exteriores", "Secretariat of Foreign Affairs"), (sre.Name.Spanish, sre.Name.English));
        Assert.Contains(sre.Citations, c => c.Quote == "the Mexican Secretariat of Foreign Affairs");
        Assert.Equal(sre.Name, Catalog.GetSource(SourceId.Parse("sre-comunicado-176-2023")).Publisher);
        Assert.Equal(sre.Name, MeetingOf("mx-us-consular-dialogue-2023-04").Venues.Single().Place);
        // No English text in the catalog calls it the Ministry of Foreign Affairs (only Guatemala's ministry is one).
        var json = System.Text.Encoding.UTF8.GetString(CooperationJson.WriteCatalog(Catalog));
        Assert.Equal(["Ministry of Foreign Affairs of Guatemala"],
            System.Text.RegularExpressions.Regex.Matches(json, "Ministry of Foreign Affairs[^\"]*").Select(m => m.Value));
    }

    [Fact]
    public void Every_name_in_one_language_is_accepted_for_the_reason_the_docs_give()
    {
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)));
        var oneLanguage = report.SuppressedDiagnostics.Where(d => d.Id == "COOP7003").ToArray();
        Assert.Equal(28 + 10 + 13 + 11 + 5, oneLanguage.Length);
        Assert.Equal(38, oneLanguage.Count(d => d.Suppression!.Justification == "The documents name it only in Spanish, and the catalog translates no name."));
        var docs = Docs();
        Assert.Contains("| 28 institutions (", docs, StringComparison.Ordinal);
        Assert.Contains(") and 10 mechanisms (", docs, StringComparison.Ordinal);
    }

    [Fact]
    public void The_January_2011_mission_results_are_classified_by_what_their_words_say()
    {
        var mission = MeetingOf("mx-high-level-mission-2011-01");
        Assert.Equal(7, mission.Outcomes.Length);
        foreach (var outcome in mission.Outcomes)
        {
            var text = outcome.Text.English!;
            var (kind, status) = text switch
            {
                _ when text.StartsWith("It was agreed", StringComparison.Ordinal) => (CommitmentKind.Agreement, CommitmentStatus.Agreed),
                _ when text.Contains(" were established ", StringComparison.Ordinal) || text.Contains(" were designated ", StringComparison.Ordinal)
                    => (CommitmentKind.Effect, CommitmentStatus.Fulfilled),
                _ when text.Contains(" will ", StringComparison.Ordinal) => (CommitmentKind.Initiative, CommitmentStatus.Proposed),
                _ => throw new InvalidOperationException($"No rule classifies \"{text}\"."),
            };
            Assert.True((kind, status) == (outcome.Kind, outcome.Status), $"{outcome.Id}: {outcome.Kind.Name}/{outcome.Status.Name}, its words say {kind.Name}/{status.Name}");
        }

        // No result of the mission is an exchange of information between authorities.
        Assert.DoesNotContain(Topic.InformationExchange, mission.Topics);
    }

    [Fact]
    public void The_first_GANS_meeting_holds_its_focal_points_as_parties_of_the_agreement_and_no_Mexican_delegation()
    {
        var gans = MeetingOf("mx-hn-gans-2011-01-22");
        var designation = gans.Outcomes.Single(o => o.Text.English!.StartsWith("To designate", StringComparison.Ordinal));
        Assert.Equal((CommitmentKind.Agreement, CommitmentStatus.Agreed), (designation.Kind, designation.Status));
        Assert.Equal(["mx-sre party", "hn-sre party"], designation.Institutions.Select(i => $"{i.Institution} {i.Part.Name}"));
        Assert.DoesNotContain(gans.Delegations.SelectMany(d => d.Participants), p => p.Role == DelegationRole.FocalPoint);
        Assert.DoesNotContain(gans.Delegations, d => d.Party == PartyRef.Parse("MX"));

        // At the mission the designation is reported as done, and the three ministries are focal-point participants.
        var mission = MeetingOf("mx-high-level-mission-2011-01");
        Assert.Equal(["mx-sre", "gt-minex", "hn-sre"],
            mission.Delegations.SelectMany(d => d.Participants).Where(p => p.Role == DelegationRole.FocalPoint).Select(p => p.Institution!.Value.Value));
        Assert.Contains("mx-sre and hn-sre are `party` institutions of that agreement only, not focal-point participants", Docs(), StringComparison.Ordinal);
    }

    [Fact]
    public void Slide_I_principles_are_recorded_as_established_in_the_region_and_slide_II_positions_as_Mexicos()
    {
        var seminar = MeetingOf("seminar-human-rights-of-migrants-2011-02");
        var principles = seminar.Statements.Where(s => s.Citations.Any(c => c.Quote == PrinciplesLead)).ToArray();
        Assert.Equal(5, principles.Length);
        Assert.All(principles, s => Assert.StartsWith("Fundamental principle established in our region in regard to the security of migrants: ", s.Text.English, StringComparison.Ordinal));
        var others = seminar.Statements.Except(principles).ToArray();
        Assert.Equal(7, others.Length); // slide II's six positions and the strategy's international component
        Assert.All(others, s => Assert.DoesNotContain("established in our region", s.Text.English, StringComparison.Ordinal));
        Assert.All(seminar.Statements, s => Assert.Equal(PartyRef.Parse("MX"), s.Party));
    }

    [Fact]
    public void The_strategys_international_component_is_stated_again()
    {
        var statement = Assert.Single(MeetingOf("seminar-human-rights-of-migrants-2011-02").Statements,
            s => s.Text.English!.Contains("includes an international component highlighting the need for cooperation", StringComparison.Ordinal));
        Assert.StartsWith("The comprehensive strategy to prevent and combat the abduction of migrants", statement.Text.English, StringComparison.Ordinal);
        Assert.Equal(StatementForm.Summary, statement.Form);
    }

    [Theory]
    [InlineData("mx-us-2021-05-13", "Se trató la visión compartida de atención a las causas")]
    [InlineData("mx-us-consular-dialogue-2023-04", "Vanessa Calva Ruiz sostuvo una nutrida conversación con la delegación estadounidense")]
    public void What_was_discussed_with_nothing_agreed_is_an_exchange(string meeting, string words)
    {
        var exchange = Assert.Single(MeetingOf(meeting).Outcomes, o => o.Text.Spanish!.StartsWith(words, StringComparison.Ordinal));
        Assert.Equal((CommitmentKind.Exchange, CommitmentStatus.Fulfilled), (exchange.Kind, exchange.Status));
        Assert.Equal([PartyRef.Parse("MX"), PartyRef.Parse("US")], exchange.Parties.ToArray());
    }

    [Fact]
    public void The_Consular_Dialogue_is_annual_without_months_generalised_from_one_year()
    {
        var dialogue = Catalog.GetMechanism(MechanismId.Parse("mx-us-consular-dialogue"));
        Assert.Equal(Cadence.Annual(), dialogue.Cadence);
        Assert.Contains(dialogue.Citations, c => c.Quote!.Contains("la reunión anual", StringComparison.Ordinal));
        // The planned October meeting is what the source says of October; the window it gives is October 2023 all the same.
        Assert.Equal(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31)), Catalog.AssessCadence(dialogue.Id, new LocalDate(2023, 4, 24)).ExpectedWindow);
    }

    [Fact]
    public void The_ongoing_2021_dialogue_is_named_in_the_sources_words_only()
    {
        var dialogue = Catalog.GetMechanism(MechanismId.Parse("mx-us-high-level-dialogue"));
        Assert.Equal(("Diálogo continuo de alto nivel", null), (dialogue.Name.Spanish, dialogue.Name.English));
        Assert.Contains(dialogue.Citations, c => c.Quote!.Contains("forma parte de diálogo continuo de alto nivel que existe entre ambas naciones", StringComparison.Ordinal));
        Assert.Equal(CadenceKind.Ongoing, dialogue.Cadence!.Kind);
    }

    [Fact]
    public void GASSCA_has_Central_American_members_it_does_not_name_instead_of_being_multilateral_with_one()
    {
        var gassca = Catalog.GetMechanism(MechanismId.Parse("gassca"));
        Assert.Equal(MechanismScope.Multilateral, gassca.Scope);
        Assert.Equal([ParticipationStatus.Member], gassca.UnlistedParties.ToArray());
        Assert.Equal([PartyRef.Parse("MX")], gassca.Parties.Select(p => p.Party));
        var report = Validator.Validate(ReferenceCatalog.Document, ValidationOptions.Default.WithAsOf(new LocalDate(2026, 11, 27)));
        Assert.DoesNotContain(report.Diagnostics.Concat(report.SuppressedDiagnostics), d => d.Id == "COOP2003");
    }

    [Fact]
    public void The_North_American_Leaders_Summit_is_active_as_of_the_2017_article_for_the_reason_the_docs_give()
    {
        var summit = Catalog.GetMechanism(MechanismId.Parse("north-american-leaders-summit"));
        Assert.Equal(MechanismStatus.Active, summit.Status);
        Assert.Empty(summit.Parties);
        Assert.Contains("it is as of the document that mentions the mechanism, not a claim about later years", Docs(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_Renteria_heads_is_a_unit_of_SEDENA()
    {
        var section = Catalog.GetInstitution(InstitutionId.Parse("mx-sedena-em-s3"));
        Assert.Equal(("Sección Tercera del Estado Mayor", InstitutionKind.Unit, InstitutionId.Parse("mx-sedena")), (section.Name.Spanish, section.Kind, section.Parent!.Value));
        Assert.Single(Catalog.MeetingsWith(section.Id));
    }
}
