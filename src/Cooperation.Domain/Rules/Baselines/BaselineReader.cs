using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Reads the findings of a baseline file, a SARIF log or a JSON report of this library, with the library's strict
/// JSON reading (<see cref="StrictJsonReader"/>): in one pass, members in any order, every fault a
/// <see cref="BaselineFormatException"/> at its line. What the file holds is gathered first and checked once its object
/// ends, in the order a reader would look: the version, the runs, each run's tool, then its results.
/// </summary>
internal static class BaselineReader
{
    private const string Fingerprints = "partialFingerprints";

    private static readonly string[] RootMembers = ["version", "runs", "format", "document", "diagnostics", "suppressed", DocumentKey.PropertyName];
    private static readonly string[] RunMembers = ["tool", "results"];
    private static readonly string[] ToolMembers = ["driver"];
    private static readonly string[] DriverMembers = ["name"];
    private static readonly string[] ResultMembers = ["ruleId", "level", "message", "analysisTarget", "locations", Fingerprints, "baselineState"];
    private static readonly string[] TextMembers = ["text"];
    private static readonly string[] ArtifactMembers = ["uri", "description", "properties"];
    private static readonly string[] ArtifactPropertyMembers = [DocumentKey.PropertyName];
    private static readonly string[] LocationMembers = ["physicalLocation", "logicalLocations"];
    private static readonly string[] PhysicalMembers = ["artifactLocation"];
    private static readonly string[] LogicalMembers = ["fullyQualifiedName"];
    private static readonly string[] FindingMembers = ["id", "severity", "path", "message", "fingerprint"];

    /// <summary>The findings of a baseline document.</summary>
    public static ImmutableArray<BaselineEntry> Read(ReadOnlyMemory<byte> utf8, string name)
    {
        var reader = new StrictJsonReader(utf8, 64, (line, reason, inner) => new BaselineFormatException(name, line, reason, inner));
        reader.Read();
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            // The command line's JSON: an array of reports, one per document.
            var i = 0;
            while (reader.NextElement())
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw reader.Fail($"[{i}] is not a JSON report of this library (no \"format\").");
                }

                var report = ReadRoot(ref reader);
                if (report.Format is null)
                {
                    throw reader.FailAt(report.At, $"[{i}] is not a JSON report of this library (no \"format\").");
                }

                AddReport(ref reader, report, entries);
                i++;
            }
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            var root = ReadRoot(ref reader);
            if (root.HasVersion || root.Runs is not null)
            {
                AddSarif(ref reader, root, entries);
            }
            else if (root.Format is not null)
            {
                AddReport(ref reader, root, entries);
            }
            else
            {
                throw reader.FailAt(root.At, "Neither a SARIF log (no \"version\" and \"runs\") nor a JSON report of this library (no \"format\").");
            }
        }
        else
        {
            throw reader.Fail("Neither a SARIF log nor a JSON report: the document is not a JSON object.");
        }

        reader.ReadEnd();
        return entries.DrainToImmutable();
    }

    private static void AddSarif(ref StrictJsonReader reader, Root root, ImmutableArray<BaselineEntry>.Builder entries)
    {
        if (root.Version != "2.1.0")
        {
            throw reader.FailAt(root.HasVersion ? root.VersionAt : root.At, $"A SARIF baseline is version 2.1.0 (this log says {root.VersionInWords}).");
        }

        if (root.Runs is not { } runs)
        {
            throw reader.FailAt(root.At, "A SARIF log has \"runs\", an array.");
        }

        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            if (run.Tool != "Cooperation.Domain")
            {
                throw reader.FailAt(run.At, $"runs[{r}] was written by {(run.Tool is null ? "an unnamed tool" : InputExcerpt.Describe(run.Tool))}, not by Cooperation.Domain: its findings cannot be matched with this library's.");
            }

            for (var i = 0; i < run.Results.Count; i++)
            {
                var result = run.Results[i];
                var at = $"runs[{r}].results[{i}]";
                if (result.IsAbsent)
                {
                    continue;
                }

                var fingerprint = result.Fingerprint ?? throw reader.FailAt(result.At, $"{at} has no \"{DiagnosticFingerprint.Name}\" partial fingerprint (a log from an older version, or edited?)");
                var rule = result.Rule ?? throw reader.FailAt(result.At, $"{at}.ruleId is missing or not a string.");
                var severity = result.Level switch
                {
                    null or "warning" when result.LevelInWords is null => Severity.Warning,
                    "error" => Severity.Error,
                    "note" => Severity.Info,
                    var other => throw reader.FailAt(result.LevelAt, $"{at}.level is {result.LevelInWords ?? InputExcerpt.Describe(other!)}: expected error, warning or note."),
                };
                entries.Add(new BaselineEntry(result.Document, fingerprint, rule, result.Path, severity, result.Message));
            }
        }
    }

    private static void AddReport(ref StrictJsonReader reader, Root root, ImmutableArray<BaselineEntry>.Builder entries)
    {
        if (root.Format != "cooperation-diagnostics/1")
        {
            throw reader.FailAt(root.FormatAt, $"{InputExcerpt.Describe(root.Format!)} is not a report format this version reads as a baseline: expected \"cooperation-diagnostics/1\".");
        }

        var document = root.DocumentKey ?? root.Document ?? string.Empty;
        foreach (var finding in root.Findings)
        {
            var fingerprint = finding.Fingerprint ?? throw reader.FailAt(finding.At, $"{finding.Where} has no \"fingerprint\" (a report from an older version, or edited?)");
            var severityName = finding.Severity ?? throw Missing(ref reader, finding, "severity");
            var severity = SeverityNames.TryParse(severityName, out var parsed) && severityName == parsed.ToName()
                ? parsed
                : throw reader.FailAt(finding.SeverityAt, $"{finding.Where}.severity is {InputExcerpt.Describe(severityName)}: expected error, warning or info.");
            entries.Add(new BaselineEntry(
                document,
                fingerprint,
                finding.Id ?? throw Missing(ref reader, finding, "id"),
                finding.Path ?? throw Missing(ref reader, finding, "path"),
                severity,
                finding.Message ?? throw Missing(ref reader, finding, "message")));
        }
    }

    private static Exception Missing(ref StrictJsonReader reader, Finding finding, string member)
        => reader.FailAt(finding.At, $"{finding.Where}.{member} is missing or not a string.");

    // The members of a root object (a SARIF log or a JSON report), gathered whatever their order.
    private static Root ReadRoot(ref StrictJsonReader reader)
    {
        var root = new Root { At = reader.TokenStart };
        var members = new StrictJsonMembers(RootMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            switch (members.Index)
            {
                case 0:
                    root.HasVersion = true;
                    root.VersionAt = reader.TokenStart;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        root.Version = reader.String("version");
                        root.VersionInWords = InputExcerpt.Describe(root.Version);
                    }
                    else
                    {
                        root.VersionInWords = reader.TokenInWords;
                    }

                    reader.Skip();
                    break;
                case 1:
                    reader.ExpectArray("A SARIF log has \"runs\", an array.");
                    root.Runs = [];
                    while (reader.NextElement())
                    {
                        root.Runs.Add(ReadRun(ref reader, root.Runs.Count));
                    }

                    break;
                case 2:
                    root.FormatAt = reader.TokenStart;
                    root.Format = reader.TokenType == JsonTokenType.String ? reader.String("format") : null;
                    reader.Skip();
                    break;
                case 3:
                    root.Document = reader.TokenType == JsonTokenType.String ? reader.String("document") : null;
                    reader.Skip();
                    break;
                case 6:
                    root.DocumentKey = reader.TokenType == JsonTokenType.String ? reader.String(DocumentKey.PropertyName) : null;
                    reader.Skip();
                    break;
                case 4 or 5:
                    var member = members.Name;
                    reader.ExpectArray($"\"{member}\" is an array.");
                    var i = 0;
                    while (reader.NextElement())
                    {
                        root.Findings.Add(ReadFinding(ref reader, $"{member}[{i++}]"));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (!root.HasVersion)
        {
            root.VersionInWords = "nothing";
        }

        return root;
    }

    private static Run ReadRun(ref StrictJsonReader reader, int r)
    {
        var run = new Run { At = reader.TokenStart };
        reader.ExpectObject($"runs[{r}] is not an object.");
        var members = new StrictJsonMembers(RunMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            if (members.Index == 0)
            {
                reader.ExpectObject($"runs[{r}].tool is not an object.");
                var tool = new StrictJsonMembers(ToolMembers, string.Empty, expected: null);
                while (reader.NextMember(ref tool))
                {
                    if (tool.Index != 0)
                    {
                        reader.Skip();
                        continue;
                    }

                    reader.ExpectObject($"runs[{r}].tool.driver is not an object.");
                    var driver = new StrictJsonMembers(DriverMembers, string.Empty, expected: null);
                    while (reader.NextMember(ref driver))
                    {
                        run.Tool = driver.Index == 0 && reader.TokenType == JsonTokenType.String ? reader.String("name") : run.Tool;
                        reader.Skip();
                    }
                }
            }
            else if (members.Index == 1)
            {
                reader.ExpectArray($"runs[{r}].results is not an array.");
                while (reader.NextElement())
                {
                    run.Results.Add(ReadResult(ref reader, $"runs[{r}].results[{run.Results.Count}]"));
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return run;
    }

    private static Result ReadResult(ref StrictJsonReader reader, string at)
    {
        var result = new Result { At = reader.TokenStart };
        reader.ExpectObject($"{at} is not an object.");
        var members = new StrictJsonMembers(ResultMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            switch (members.Index)
            {
                case 0:
                    result.Rule = reader.TokenType == JsonTokenType.String ? reader.String("ruleId") : null;
                    break;
                case 1:
                    result.LevelAt = reader.TokenStart;
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        result.Level = reader.String("level");
                    }
                    else
                    {
                        result.LevelInWords = reader.TokenInWords;
                    }

                    break;
                case 2:
                    reader.ExpectObject($"{at}.message is not an object.");
                    result.Message = ReadText(ref reader, $"{at}.message", required: true);
                    continue;
                case 3:
                    result.Document = ReadArtifact(ref reader, $"{at}.analysisTarget");
                    continue;
                case 4:
                    reader.ExpectArray($"{at}.locations is not an array.");
                    var first = true;
                    while (reader.NextElement())
                    {
                        if (first)
                        {
                            ReadLocation(ref reader, result, $"{at}.locations[0]");
                            first = false;
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }

                    continue;
                case 5:
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        break;
                    }

                    var fingerprints = new StrictJsonMembers([DiagnosticFingerprint.Name], string.Empty, expected: null);
                    while (reader.NextMember(ref fingerprints))
                    {
                        result.Fingerprint = fingerprints.Index == 0 && reader.TokenType == JsonTokenType.String ? reader.String(DiagnosticFingerprint.Name) : result.Fingerprint;
                        reader.Skip();
                    }

                    continue;
                case 6:
                    result.IsAbsent = reader.TokenType == JsonTokenType.String && reader.String("baselineState") == "absent";
                    break;
            }

            reader.Skip();
        }

        return result;
    }

    // The first location: the document of its physical location, and the path of its first logical location.
    private static void ReadLocation(ref StrictJsonReader reader, Result result, string at)
    {
        reader.ExpectObject($"{at} is not an object.");
        var members = new StrictJsonMembers(LocationMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            if (members.Index == 0)
            {
                reader.ExpectObject($"{at}.physicalLocation is not an object.");
                var physical = new StrictJsonMembers(PhysicalMembers, string.Empty, expected: null);
                while (reader.NextMember(ref physical))
                {
                    if (physical.Index == 0)
                    {
                        result.Document = ReadArtifact(ref reader, $"{at}.physicalLocation.artifactLocation");
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else if (members.Index == 1)
            {
                reader.ExpectArray($"{at}.logicalLocations is not an array.");
                var first = true;
                while (reader.NextElement())
                {
                    if (!first)
                    {
                        reader.Skip();
                        continue;
                    }

                    first = false;
                    var where = $"{at}.logicalLocations[0]";
                    var start = reader.TokenStart;
                    reader.ExpectObject($"{where} is not an object.");
                    var logical = new StrictJsonMembers(LogicalMembers, string.Empty, expected: null);
                    string? name = null;
                    while (reader.NextMember(ref logical))
                    {
                        name = logical.Index == 0 && reader.TokenType == JsonTokenType.String ? reader.String("fullyQualifiedName") : name;
                        reader.Skip();
                    }

                    result.Path = name ?? throw reader.FailAt(start, $"{where}.fullyQualifiedName is missing or not a string.");
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    // An artifact location's document key (ValidationReport.DocumentKey) as the writer gives it; from a log written
    // before keys, its URI or the description of a document that is no file.
    private static string ReadArtifact(ref StrictJsonReader reader, string at)
    {
        reader.ExpectObject($"{at} is not an object.");
        string? uri = null;
        string? description = null;
        string? key = null;
        var members = new StrictJsonMembers(ArtifactMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            if (members.Index == 0 && reader.TokenType == JsonTokenType.String)
            {
                uri = reader.String("uri");
            }
            else if (members.Index == 1 && reader.TokenType == JsonTokenType.StartObject)
            {
                description = ReadText(ref reader, $"{at}.description", required: false);
                continue;
            }
            else if (members.Index == 2 && reader.TokenType == JsonTokenType.StartObject)
            {
                var properties = new StrictJsonMembers(ArtifactPropertyMembers, string.Empty, expected: null);
                while (reader.NextMember(ref properties))
                {
                    key = properties.Index == 0 && reader.TokenType == JsonTokenType.String ? reader.String(DocumentKey.PropertyName) : key;
                    reader.Skip();
                }

                continue;
            }

            reader.Skip();
        }

        return key ?? uri ?? description ?? string.Empty;
    }

    // The "text" of a SARIF message or description object; the reader is on its start and ends on its end.
    private static string ReadText(ref StrictJsonReader reader, string at, bool required)
    {
        var start = reader.TokenStart;
        string? text = null;
        var members = new StrictJsonMembers(TextMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            text = members.Index == 0 && reader.TokenType == JsonTokenType.String ? reader.String("text") : text;
            reader.Skip();
        }

        return text ?? (required ? throw reader.FailAt(start, $"{at}.text is missing or not a string.") : string.Empty);
    }

    private static Finding ReadFinding(ref StrictJsonReader reader, string where)
    {
        var finding = new Finding { At = reader.TokenStart, Where = where };
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return finding;
        }

        var members = new StrictJsonMembers(FindingMembers, string.Empty, expected: null);
        while (reader.NextMember(ref members))
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.String(members.Name) : null;
            switch (members.Index)
            {
                case 0:
                    finding.Id = text;
                    break;
                case 1:
                    (finding.Severity, finding.SeverityAt) = (text, reader.TokenStart);
                    break;
                case 2:
                    finding.Path = text;
                    break;
                case 3:
                    finding.Message = text;
                    break;
                case 4:
                    finding.Fingerprint = text;
                    break;
            }

            reader.Skip();
        }

        return finding;
    }

    // What one root object holds: a SARIF log's version and runs, a report's format, document and findings.
    private sealed class Root
    {
        public long At;
        public bool HasVersion;
        public long VersionAt;
        public string? Version;
        public string? VersionInWords;
        public List<Run>? Runs;
        public long FormatAt;
        public string? Format;
        public string? Document;
        public string? DocumentKey;
        public List<Finding> Findings = [];
    }

    private sealed class Run
    {
        public long At;
        public string? Tool;
        public List<Result> Results = [];
    }

    private sealed class Result
    {
        public long At;
        public string? Rule;
        public long LevelAt;
        public string? Level;
        public string? LevelInWords;
        public string Message = string.Empty;
        public string Document = string.Empty;
        public string Path = string.Empty;
        public string? Fingerprint;
        public bool IsAbsent;
    }

    private sealed class Finding
    {
        public long At;
        public string Where = string.Empty;
        public string? Id;
        public long SeverityAt;
        public string? Severity;
        public string? Path;
        public string? Message;
        public string? Fingerprint;
    }
}
