using System;
using System.IO;
using System.Linq;
using Cooperation.Domain.Diff;
using Cooperation.Domain.Merge;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Reference;
using Cooperation.Domain.Tests.Rules;

namespace Cooperation.Domain.Tests.Merge;

/// <summary>
/// A realistic draft (what the extractor would write from the seed communiqué No. 176 of April 2023: its own
/// identifiers, Spanish only, every fact quoted) merged into the reference catalog as it was before that communiqué
/// was read, and into the reference catalog itself; the merged catalog is validated with the seed documents.
/// </summary>
public sealed class MergeReferenceTests
{
    public static string DraftPath => Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Merge", "draft-sre-176.json");

    /// <summary>The reference catalog without what only communiqué No. 176 tells: the mid-term meeting of April 2023 and its two heads of delegation.</summary>
    internal static CooperationCatalog Before => ReferenceCatalog.Default
        .Without(MeetingId.Parse("mx-us-consular-dialogue-2023-04"))
        .Without(PersonId.Parse("vanessa-calva-ruiz"))
        .Without(PersonId.Parse("daria-darnell"));

    private static readonly ValidationOptions Options = ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 11, 27))
        .WithSourceTexts(SourceTexts.FromDirectory(ReferenceQuoteTests.SeedsFolder()));

    private static CooperationCatalog Draft => CatalogDocument.Load(DraftPath).Catalog;

    [Fact]
    public void The_draft_passes_check_alone_and_merged_into_the_catalog_before_it_adds_no_error()
    {
        var draftReport = Validator.Validate(Draft, Options.WithRules(BuiltInRules.All.Only("COOP7006", "COOP7007", "COOP7008")));
        Assert.Empty(draftReport.Diagnostics); // every quote of the draft is in the seed

        var merge = CatalogMerge.Merge(Before, [Draft]);
        Assert.Empty(merge.Conflicts);
        Assert.Equal(
            [
                "reused source sources[sre-comunicado-176-2023] (the draft's sources[sre-comunicado-176], by archive)",
                "reused institution institutions[us-embassy-mx] (the draft's institutions[embajada-de-estados-unidos-en-mexico], by name)",
                "enriched institution institutions[mx-sre] (the draft's institutions[sre], by acronym)",
                "added person people[daria-darnell]",
                "added person people[vanessa-calva-ruiz]",
                "reused meeting meetings[mx-us-consular-dialogue-2023-10] (the draft's meetings[dialogo-consular-2023-10], by dates)",
                "added meeting meetings[mx-us-consular-dialogue-2023-04-17]",
            ],
            merge.Entities.Select(e => e.ToString()));

        var before = Validator.Validate(Before, Options);
        var after = Validator.Validate(merge.Catalog, Options);
        var newErrors = after.Diagnostics.Where(d => d.Severity == Severity.Error)
            .Select(d => d.Id + " " + d.Path).Except(before.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Id + " " + d.Path));
        Assert.Empty(newErrors);
        Assert.False(after.HasErrors, ReportOutput.Text(after));

        // The diff is the review of what the communiqué added.
        var diff = CatalogDiff.Compare(Before, merge.Catalog);
        Assert.All(diff.Changes, c => Assert.Equal(CatalogChangeKind.Added, c.Kind));
        Assert.Contains(diff.Changes, c => c.ToString() == "meetings[mx-us-consular-dialogue-2023-04-17]: added meeting");
        Assert.Contains(diff.Changes, c => c.ToString() == "people[vanessa-calva-ruiz]: added person");
        var participant = merge.Catalog.GetMeeting(MeetingId.Parse("mx-us-consular-dialogue-2023-04-17")).Delegations[1].Participants[0];
        Assert.Equal(("us-embassy-mx", "sre-comunicado-176-2023"), (participant.Institution!.Value.Value, participant.Citations[0].Source.Value));
    }

    [Fact]
    public void The_draft_merged_into_the_reference_catalog_finds_everything_there()
    {
        var merge = CatalogMerge.Merge(ReferenceCatalog.Default, [Draft]);
        Assert.Equal(0, merge.Added);

        // The draft names the ministry where the catalog names its directorate-general: a conflict, the catalog's kept.
        var conflict = Assert.Single(merge.Conflicts);
        Assert.Equal(("meetings[mx-us-consular-dialogue-2023-04].delegations[MX].participants[0].institution", "\"mx-sre-dgpcpe\"", "\"mx-sre\""),
            (conflict.Path, conflict.CatalogValue, conflict.DraftValue));
        Assert.Equal(
            "La delegación mexicana estuvo encabezada por la directora general de Protección Consular y Planeación Estratégica de la SRE, Vanessa Calva Ruiz",
            Assert.Single(conflict.DraftCitations).Quote);
        Assert.Equal(MergeMatch.Dates, merge.Entities.Single(e => e.DraftId == "mx-us-consular-dialogue-2023-04-17").MatchedBy);
        Assert.False(Validator.Validate(merge.Catalog, Options).HasErrors);
    }
}
