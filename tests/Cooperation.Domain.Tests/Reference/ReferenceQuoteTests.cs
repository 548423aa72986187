using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;

namespace Cooperation.Domain.Tests.Reference;

/// <summary>
/// Every claim of the reference catalog carries the source's own words, and every quote is in its source: checked
/// against the five seed documents in ../shared/seeds (or COOPERATION_SEEDS). A missing folder fails these tests,
/// on CI and everywhere else: a skipped check would let an invented quote ship.
/// </summary>
public class ReferenceQuoteTests
{
    private static CooperationCatalog Catalog => ReferenceCatalog.Default;

    internal static string SeedsFolder()
    {
        var folder = Environment.GetEnvironmentVariable("COOPERATION_SEEDS")
            ?? Path.GetFullPath(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "..", "shared", "seeds"));
        Assert.True(Directory.Exists(folder), $"The seed documents are not at {folder}: the reference catalog's quotes cannot be checked. Set COOPERATION_SEEDS to their folder.");
        return folder;
    }

    [Fact]
    public void The_rules_find_every_quote_in_its_source_and_every_archived_copy_unchanged()
    {
        var report = Validator.Validate(Catalog, ValidationOptions.Default.WithSourceTexts(SourceTexts.FromDirectory(SeedsFolder()))
            .WithRules(BuiltInRules.All.Only("COOP7006", "COOP7007", "COOP7008")));
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Every_quote_is_in_its_seed_document_by_a_plain_search_too()
    {
        // Independent of the library's normalization: seeds and quotes are both NFC already, so collapsing white
        // space is the only step needed.
        static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var seeds = Directory.GetFiles(SeedsFolder()).ToDictionary(f => Path.GetFileName(f), f => Collapse(File.ReadAllText(f, Encoding.UTF8)), StringComparer.Ordinal);
        var missing = new List<string>();
        var count = 0;
        foreach (var citation in AllCitations())
        {
            var source = Catalog.Sources.Single(s => s.Id == citation.Source);
            var text = seeds[source.Archive!.File];
            count++;
            if (!text.Contains(Collapse(citation.Quote!), StringComparison.Ordinal))
            {
                missing.Add($"{source.Id}: {citation.Quote}");
            }
        }

        Assert.Empty(missing);
        Assert.True(count >= 250, $"{count} quotes");
    }

    [Fact]
    public void Every_archived_copy_has_the_seed_file_s_name_and_SHA_256()
    {
        var folder = SeedsFolder();
        Assert.Equal(5, Catalog.Sources.Length);
        foreach (var source in Catalog.Sources)
        {
            var path = Path.Combine(folder, source.Archive!.File);
            Assert.True(File.Exists(path), path);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), source.Archive.Sha256);
        }
    }

    [Fact]
    public void Every_claim_of_the_reference_catalog_carries_a_quote()
    {
        var unquoted = new List<string>();
        void Check(string where, System.Collections.Immutable.ImmutableArray<Citation> citations)
        {
            if (!citations.Any(c => c.Quote is not null))
            {
                unquoted.Add(where);
            }
        }

        foreach (var institution in Catalog.Institutions)
        {
            Check($"institutions[{institution.Id}]", institution.Citations);
        }

        foreach (var person in Catalog.People)
        {
            Check($"people[{person.Id}]", person.Citations);
        }

        foreach (var mechanism in Catalog.Mechanisms)
        {
            Check($"mechanisms[{mechanism.Id}]", mechanism.Citations);
            foreach (var (outcome, i) in mechanism.Outcomes.Select((o, i) => (o, i)))
            {
                Check($"mechanisms[{mechanism.Id}].outcomes[{i}]", outcome.Citations);
            }
        }

        foreach (var meeting in Catalog.Meetings)
        {
            Check($"meetings[{meeting.Id}]", meeting.Citations);
            foreach (var (outcome, i) in meeting.Outcomes.Select((o, i) => (o, i)))
            {
                Check($"meetings[{meeting.Id}].outcomes[{i}]", outcome.Citations);
            }

            foreach (var delegation in meeting.Delegations)
            {
                Check($"meetings[{meeting.Id}].delegations[{delegation.Party}]", delegation.Citations);
                foreach (var (participant, i) in delegation.Participants.Select((p, i) => (p, i)))
                {
                    Check($"meetings[{meeting.Id}].delegations[{delegation.Party}].participants[{i}]", participant.Citations);
                }
            }

            foreach (var (statement, i) in meeting.Statements.Select((s, i) => (s, i)))
            {
                Check($"meetings[{meeting.Id}].statements[{i}]", statement.Citations);
            }
        }

        Assert.Empty(unquoted);
        Assert.All(AllCitations(), c => Assert.NotNull(c.Quote));
    }

    [Fact]
    public void Every_institution_is_referred_to_by_something()
    {
        var referred = new HashSet<InstitutionId>();
        foreach (var m in Catalog.Mechanisms)
        {
            referred.UnionWith(m.Parties.Where(p => p.Party.IsOrganization).Select(p => p.Party.Organization));
            referred.UnionWith(m.Outcomes.SelectMany(o => o.Institutions).Select(i => i.Institution));
        }

        foreach (var m in Catalog.Meetings)
        {
            referred.UnionWith(m.Delegations.SelectMany(d => d.Participants).Where(p => p.Institution is not null).Select(p => p.Institution!.Value));
            referred.UnionWith(m.Delegations.Where(d => d.Party.IsOrganization).Select(d => d.Party.Organization));
            referred.UnionWith(m.Outcomes.SelectMany(o => o.Institutions).Select(i => i.Institution));
            referred.UnionWith(m.Statements.SelectMany(s => s.Mentions.Concat(s.Institution is { } i ? [i] : [])));
        }

        foreach (var s in Catalog.Sources)
        {
            referred.UnionWith(s.Issuers);
            referred.UnionWith(s.ReportsOn?.Issuers ?? []);
        }

        referred.UnionWith(Catalog.Institutions.Where(i => i.Parent is not null).Select(i => i.Parent!.Value));
        Assert.All(Catalog.Institutions, i => Assert.Contains(i.Id, referred));
    }

    private static IEnumerable<Citation> AllCitations() => Catalog.AllCitations();
}
