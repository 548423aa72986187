using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Documentation;
using Cooperation.Domain.Tests.Reference;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>
/// The texts the draft is measured on, read in place: the five seed documents (../shared/seeds, whole files) and the
/// development set's excerpts (../shared/extraction-dev/communiques, everything after the first "\n-----\n", with the
/// document date and language its gold gives, as score.py passes them). And the check every draft must pass: written to
/// a file beside a copy of its text and validated with that folder as the archived sources, as
/// <c>cooperation check --sources DIR</c> does.
/// </summary>
internal static class DraftTexts
{
    /// <summary>One text: its file name, its bytes as the archived copy holds them, its language and document date.</summary>
    public sealed record Sample(string Name, byte[] Bytes, Language? Language, LocalDate? Date)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Sample> Seeds()
        => Directory.GetFiles(ReferenceQuoteTests.SeedsFolder(), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => new Sample(Path.GetFileName(f), File.ReadAllBytes(f), null, null));

    public static string DevFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "..", "shared", "extraction-dev"));
        Assert.True(Directory.Exists(folder), $"The development set is not at {folder}.");
        return folder;
    }

    public static IEnumerable<Sample> DevExcerpts()
    {
        var folder = DevFolder();
        foreach (var file in Directory.GetFiles(Path.Combine(folder, "communiques"), "*.txt").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var marker = Encoding.UTF8.GetBytes("\n-----\n");
            var at = bytes.AsSpan().IndexOf(marker);
            Assert.True(at >= 0, $"{file} has no -----");
            var excerpt = bytes[(at + marker.Length)..];
            using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "gold", Path.GetFileNameWithoutExtension(file) + ".json")));
            var lang = gold.RootElement.GetProperty("lang").GetString() == "en" ? Language.English : Language.Spanish;
            LocalDate? date = gold.RootElement.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                ? PartialDate.Parse(d.GetString()!).Earliest
                : null;
            yield return new Sample(Path.GetFileName(file), excerpt, lang, date);
        }
    }

    public static IEnumerable<object[]> SeedCases() => Seeds().Select(s => new object[] { s.Name });

    public static IEnumerable<object[]> DevCases() => DevExcerpts().Select(s => new object[] { s.Name });

    public static Sample Seed(string name) => Seeds().Single(s => s.Name == name);

    public static Sample Dev(string name) => DevExcerpts().Single(s => s.Name == name);

    public static CommuniqueReading Read(Sample sample, CooperationCatalog? catalog = null)
        => new CommuniqueReader(CommuniqueReaderOptions.Default.WithLanguage(sample.Language).WithDocumentDate(sample.Date).WithCatalog(catalog))
            .Read(sample.Bytes, sample.Name);

    /// <summary>
    /// The draft written as a catalog file beside a copy of its text, read back, and validated with that folder as the
    /// archived sources (every quote looked for in the text, the copy's hash compared).
    /// </summary>
    public static ValidationReport Check(CooperationCatalog draft, Sample sample, LocalDate? asOf = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "cooperation-draft-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, sample.Name), sample.Bytes);
            var path = Path.Combine(folder, "draft.json");
            File.WriteAllBytes(path, CooperationJson.WriteCatalog(draft));
            var document = CatalogDocument.Load(path);
            return Validator.Validate(document, ValidationOptions.Default
                .WithAsOf(asOf ?? new LocalDate(2026, 11, 27))
                .WithSourceTexts(SourceTexts.FromDirectory(folder)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every citation of the draft, wherever it is.</summary>
    public static IEnumerable<Citation> Citations(CooperationCatalog draft)
    {
        foreach (var source in draft.Sources)
        {
            foreach (var c in source.Citations)
            {
                yield return c;
            }
        }

        foreach (var c in draft.Institutions.SelectMany(static i => i.Citations)
            .Concat(draft.People.SelectMany(static p => p.Citations))
            .Concat(draft.Mechanisms.SelectMany(static m => m.Citations))
            .Concat(draft.Meetings.SelectMany(static m => m.Citations))
            .Concat(draft.Meetings.SelectMany(static m => m.Delegations).SelectMany(static d => d.Citations))
            .Concat(draft.Meetings.SelectMany(static m => m.Delegations).SelectMany(static d => d.Participants).SelectMany(static p => p.Citations)))
        {
            yield return c;
        }
    }

    /// <summary>Writes the draft and its report to COOPERATION_DRAFT_DUMP, when it is set (for a person to read).</summary>
    public static void Dump(Sample sample, CommuniqueReading reading, ValidationReport? report, string suffix = "")
    {
        if (Environment.GetEnvironmentVariable("COOPERATION_DRAFT_DUMP") is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, sample.Name + suffix + ".json"), new CommuniqueJsonWriter().WriteToString(reading));
        if (report is not null)
        {
            File.WriteAllText(Path.Combine(folder, sample.Name + suffix + ".report.txt"), new ReportTextWriter().WriteToString([report]));
        }
    }
}
