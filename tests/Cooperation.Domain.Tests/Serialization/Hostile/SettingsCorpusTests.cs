using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Rules;

namespace Cooperation.Domain.Tests.Serialization.Hostile;

/// <summary>
/// The generated corpus of damaged documents, extended to the settings readers: every truncation and thousands of
/// single-byte edits of a configuration, a suppressions file and two baselines (SARIF and JSON). Every document is
/// read into a value or refused with the reader's typed error, naming a line of the document, in a message on one line
/// and of bounded length: never another exception.
/// </summary>
public sealed class SettingsCorpusTests
{
    private static readonly NodaTime.LocalDate Today = new(2026, 11, 27);

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static IReadOnlyList<(string Name, byte[] Bytes)> Configurations { get; } =
    [
        ("configuration", Utf8("""
            {
              "$schema": "docs/schema/cooperation-config.schema.json",
              "root": true,
              "language": "es",
              "minimumSeverity": "info",
              "asOf": "2026-11-27",
              "suppressions": "known.json",
              "severities": [
                { "category": "dates-and-cadence", "severity": "warning" },
                { "rule": "COOP3007", "severity": "none" }
              ]
            }
            """)),
    ];

    public static IReadOnlyList<(string Name, byte[] Bytes)> SuppressionFiles { get; } =
    [
        ("suppressions", [0xEF, 0xBB, 0xBF, .. Utf8("{\r\n  \"format\": \"cooperation-suppressions/1\",\r\n  \"suppressions\": [\r\n    {\"rule\": \"COOP3005\", \"path\": \"meetings[talks-1]\", \"justification\": \"Nada dice si se celebró.\"},\r\n    {\"rule\": \"COOP2001\", \"path\": \"mechanisms[mx-ca-talks].parties\", \"justification\": \"As the source says.\"}\r\n  ]\r\n}\r\n")]),
    ];

    public static IReadOnlyList<(string Name, byte[] Bytes)> Baselines { get; } = MakeBaselines();

    private static List<(string Name, byte[] Bytes)> MakeBaselines()
    {
        var report = Validator.Validate(CatalogDocument.Parse(Utf8(ValidatorTests.FaultyTree().ToJsonString()), "data/catalog.json"), ValidationOptions.Default.WithAsOf(Today));
        return
        [
            ("SARIF baseline", ReportOutput.Sarif(report)),
            ("JSON baseline", ReportOutput.Json(report)),
        ];
    }

    [Fact]
    public void Every_truncation_of_a_settings_file_is_a_value_or_a_typed_error()
        => AssertEveryOutcomeTyped(
            HostileCorpus.Truncations(Configurations).Select(d => (d.Name, d.Bytes, Kind.Configuration))
                .Concat(HostileCorpus.Truncations(SuppressionFiles).Select(d => (d.Name, d.Bytes, Kind.Suppressions)))
                .Concat(HostileCorpus.Truncations([Baselines[1]]).Select(d => (d.Name, d.Bytes, Kind.Baseline)))
                .Concat(HostileCorpus.Truncations([Baselines[0]]).Where((_, i) => i % 3 == 0).Select(d => (d.Name, d.Bytes, Kind.Baseline))));

    [Fact]
    public void Every_byte_edit_of_a_settings_file_is_a_value_or_a_typed_error()
        => AssertEveryOutcomeTyped(
            HostileCorpus.Edits(Configurations, 1500).Select(d => (d.Name, d.Bytes, Kind.Configuration))
                .Concat(HostileCorpus.Edits(SuppressionFiles, 1500).Select(d => (d.Name, d.Bytes, Kind.Suppressions)))
                .Concat(HostileCorpus.Edits(Baselines, 1500).Select(d => (d.Name, d.Bytes, Kind.Baseline))));

    private enum Kind
    {
        Configuration,
        Suppressions,
        Baseline,
    }

    private static void AssertEveryOutcomeTyped(IEnumerable<(string Name, byte[] Bytes, Kind Kind)> corpus)
    {
        var failures = new List<string>();
        var (documents, accepted) = (0, 0);
        foreach (var (name, bytes, kind) in corpus)
        {
            documents++;
            var lines = 1 + bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r');
            try
            {
                switch (kind)
                {
                    case Kind.Configuration:
                        _ = ValidationConfiguration.Parse(bytes, "cooperation.config.json");
                        break;
                    case Kind.Suppressions:
                        _ = SuppressionFile.Parse(bytes, "known.json");
                        break;
                    default:
                        _ = Baseline.Parse(bytes, "known.sarif");
                        break;
                }

                accepted++;
            }
            catch (ValidationConfigurationException e)
            {
                Check(name, e.Message, e.Line, lines, failures);
            }
            catch (BaselineFormatException e)
            {
                Check(name, e.Message, e.Line, lines, failures);
            }
            catch (Exception e)
            {
                failures.Add($"{name}: {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {documents} documents:\n{string.Join("\n", failures.Take(12))}");
        Assert.InRange(accepted, 1, documents - 1);
    }

    private static void Check(string name, string message, long? line, int lines, List<string> failures)
    {
        if (line is not { } l || l < 1 || l > lines)
        {
            failures.Add($"{name}: line {line} is not a line of the document: {message}");
        }

        if (message.Length > 1200 || message.Contains('\n', StringComparison.Ordinal) || message.Contains('\r', StringComparison.Ordinal) || message.Contains("LineNumber:", StringComparison.Ordinal))
        {
            failures.Add($"{name}: the message is not one bounded line: {message[..Math.Min(message.Length, 300)]}");
        }
    }
}
