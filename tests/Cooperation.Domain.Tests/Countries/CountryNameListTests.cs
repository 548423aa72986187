using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests;

/// <summary>
/// <see cref="Countries.Find(string)"/> against a list of 770 English and Spanish country names written for this
/// test (country-name-list.tsv): short and official forms, ISO's parenthetical and comma-inverted qualifiers, UN and
/// World Bank forms, Spanish UN forms, saints, other transliterations, abbreviations, former names, and names two
/// countries share, which must be reported as ambiguous. At least 99% resolve, and none to the wrong country.
/// </summary>
public class CountryNameListTests
{
    private sealed record Case(string Name, string[] Expected, string Form);

    private static IReadOnlyList<Case> Cases()
    {
        var path = Path.Combine(ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Countries", "country-name-list.tsv");
        return [.. File.ReadAllLines(path, Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(parts => new Case(parts[0], parts[1].Split('|'), parts[2]))];
    }

    // What the look-up answered, in the list's terms: the code, "ambiguous: A|B", or "not found".
    private static string Answer(string name)
    {
        var result = Countries.Find(name);
        return result.Status switch
        {
            CountryLookupStatus.Found => result.Country!.Alpha2,
            CountryLookupStatus.Ambiguous => "ambiguous: " + string.Join('|', result.Candidates.Select(c => c.Alpha2)),
            _ => "not found",
        };
    }

    private static bool Resolves(Case c) => Answer(c.Name) == (c.Expected.Length == 1 ? c.Expected[0] : "ambiguous: " + string.Join('|', c.Expected.Order(StringComparer.Ordinal)));

    [Fact]
    public void The_list_is_large_and_covers_every_country()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 550, $"{cases.Count} names");
        Assert.Equal(cases.Count, cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Countries.All.Length, cases.Where(c => c.Form == "en").Select(c => c.Expected[0]).Distinct().Count());
        Assert.All(cases.SelectMany(c => c.Expected), code => Assert.True(CountryCode.TryParse(code, out _), code));
    }

    [Fact]
    public void At_least_99_percent_resolve_and_none_to_another_country()
    {
        var cases = Cases();
        var misses = cases.Where(c => !Resolves(c)).ToList();
        var wrong = misses.Where(c => Countries.Find(c.Name) is { Status: CountryLookupStatus.Found } found && !c.Expected.Contains(found.Country!.Alpha2)).ToList();
        Assert.True(wrong.Count == 0, "Resolved to another country: " + string.Join("; ", wrong.Select(c => $"{c.Name} → {Answer(c.Name)}, not {string.Join('|', c.Expected)}")));
        var rate = 1.0 - ((double)misses.Count / cases.Count);
        Assert.True(rate >= 0.99, $"{rate:P1} resolve; misses: " + string.Join("; ", misses.Select(c => $"{c.Name} ({c.Form}) → {Answer(c.Name)}")));

        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"{cases.Count - misses.Count} of the {cases.Count} names resolve ({rate * 100:F1}%), none to another country.");
        summary.Append(misses.Count == 0 ? "\n" : " The names it misses:\n\n| Name | Form | Expected | Answer |\n| --- | --- | --- | --- |\n");
        foreach (var c in misses)
        {
            summary.Append(CultureInfo.InvariantCulture, $"| {c.Name} | {c.Form} | {string.Join('|', c.Expected)} | {Answer(c.Name)} |\n");
        }

        GeneratedSection.Check("docs/value-types.md", "country-name-list", summary.ToString());
    }

    [Fact]
    public void Names_two_countries_share_are_ambiguous_never_one_of_them()
    {
        foreach (var c in Cases().Where(c => c.Expected.Length > 1))
        {
            var result = Countries.Find(c.Name);
            Assert.Equal(CountryLookupStatus.Ambiguous, result.Status);
            Assert.Equal(c.Expected.Order(StringComparer.Ordinal), result.Candidates.Select(x => x.Alpha2));
            Assert.False(Countries.TryFind(c.Name, out _));
        }
    }
}
