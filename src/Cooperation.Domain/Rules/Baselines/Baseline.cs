using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The findings of an earlier run, read from the SARIF log or the JSON report that run wrote, against which a new run
/// tells which findings are new (<see cref="Compare"/>).
/// </summary>
/// <remarks>
/// <para>
/// Findings are matched by document and <see cref="Diagnostic.Fingerprint"/>: the document by its
/// <see cref="ValidationReport.DocumentKey"/> (a normalised path relative to the configuration's root or the working
/// directory, so another clone or another spelling of the path is the same document), the finding by the rule, the
/// subject's path and the finding's facts, never its line or its message's wording or language. Editing another part
/// of the file, or switching the language, leaves old findings old. Findings of documents a run does not check are
/// <see cref="BaselineComparison.NotChecked"/>, not absent. The same finding twice in one document is matched as many times
/// as the baseline has it. Suppressed findings are read too: they were known.
/// </para>
/// <para>
/// A JSON report may be one report or the command line's array of them. A SARIF log must be version 2.1.0, written by this library (its driver's name is "Cooperation.Domain"), and give
/// every result the <c>cooperation/v1</c> partial fingerprint; results whose <c>baselineState</c> is "absent" are not
/// findings of that run and are skipped. A JSON report must have the format "cooperation-diagnostics/1" and
/// fingerprints. Anything else is a <see cref="BaselineFormatException"/> naming the file and what was wrong.
/// </para>
/// </remarks>
public sealed class Baseline
{
    private const long MaxBytes = 256L << 20;

    private Baseline(string name, ImmutableArray<BaselineEntry> entries)
    {
        Name = name;
        Entries = entries;
    }

    /// <summary>The file the baseline was read from, or the name it was given.</summary>
    public string Name { get; }

    /// <summary>The findings, in the file's order.</summary>
    public ImmutableArray<BaselineEntry> Entries { get; }

    /// <summary>A baseline of the findings (active and suppressed) of <paramref name="reports"/>.</summary>
    /// <param name="reports">The reports of a run.</param>
    /// <param name="name">The name the baseline is given.</param>
    /// <returns>The baseline.</returns>
    public static Baseline From(IEnumerable<ValidationReport> reports, string name = "baseline")
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            var document = report.DocumentKey ?? string.Empty;
            foreach (var d in report.Diagnostics.Concat(report.SuppressedDiagnostics))
            {
                entries.Add(new BaselineEntry(document, d.Fingerprint, d.Id, d.Path, d.Severity, d.Message));
            }
        }

        return new Baseline(name, entries.DrainToImmutable());
    }

    /// <summary>Reads a baseline file: a SARIF log or a JSON report this library wrote.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineFormatException">The file is missing, unreadable, larger than 256 MiB, or not a baseline.</exception>
    public static Baseline Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes)
            {
                throw new BaselineFormatException(path, "A baseline is at most 256 MiB.");
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineFormatException(path, $"The baseline cannot be read: {e.Message}", e);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a baseline from UTF-8 JSON: a SARIF log or a JSON report this library wrote.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="name">The name errors give it.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineFormatException">The document is not a baseline.</exception>
    public static Baseline Parse(ReadOnlySpan<byte> utf8Json, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (utf8Json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8Json = utf8Json[3..];
        }

        JsonDocument? document = null;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            document = JsonDocument.ParseValue(ref reader);

            // One more read: the reader refuses anything but white space after the value (a JsonException).
            _ = reader.Read();
        }
        catch (JsonException e)
        {
            document?.Dispose();
            throw new BaselineFormatException(name, $"Not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                // The command line's JSON: an array of reports, one per document.
                var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
                var i = 0;
                foreach (var item in root.EnumerateArray())
                {
                    var itemFormat = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String
                        ? f.GetString()!
                        : throw new BaselineFormatException(name, $"[{i}] is not a JSON report of this library (no \"format\").");
                    entries.AddRange(ReadReport(item, itemFormat, name));
                    i++;
                }

                return new Baseline(name, entries.DrainToImmutable());
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BaselineFormatException(name, "Neither a SARIF log nor a JSON report: the document is not a JSON object.");
            }

            if (root.TryGetProperty("runs", out _) || root.TryGetProperty("version", out _))
            {
                return new Baseline(name, ReadSarif(root, name));
            }

            if (root.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.String)
            {
                return new Baseline(name, ReadReport(root, format.GetString()!, name));
            }

            throw new BaselineFormatException(name, "Neither a SARIF log (no \"version\" and \"runs\") nor a JSON report of this library (no \"format\").");
        }
    }

    /// <summary>Compares <paramref name="reports"/> (a new run) with this baseline.</summary>
    /// <param name="reports">The reports of the new run.</param>
    /// <returns>Each finding's state, and the baseline's findings no longer found.</returns>
    public BaselineComparison Compare(IEnumerable<ValidationReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var remaining = new Dictionary<(string, string), Queue<BaselineEntry>>();
        foreach (var entry in Entries)
        {
            var key = (entry.Document, entry.Fingerprint);
            if (!remaining.TryGetValue(key, out var queue))
            {
                remaining[key] = queue = new Queue<BaselineEntry>();
            }

            queue.Enqueue(entry);
        }

        var states = new Dictionary<Diagnostic, BaselineState>(ReferenceEqualityComparer.Instance);
        var checkedDocuments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            ArgumentNullException.ThrowIfNull(report, nameof(reports));
            var document = report.DocumentKey ?? string.Empty;
            checkedDocuments.Add(document);
            foreach (var d in report.Diagnostics.Concat(report.SuppressedDiagnostics))
            {
                var state = BaselineState.New;
                if (remaining.TryGetValue((document, d.Fingerprint), out var queue) && queue.TryDequeue(out var known))
                {
                    state = known.Severity == d.Severity ? BaselineState.Unchanged : BaselineState.Updated;
                }

                states[d] = state;
            }
        }

        // What is left is absent from the documents this run checked; of the others nothing is known.
        var left = new HashSet<BaselineEntry>(remaining.Values.SelectMany(static q => q), ReferenceEqualityComparer.Instance);
        var absent = ImmutableArray.CreateBuilder<BaselineEntry>();
        var notChecked = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var entry in Entries)
        {
            if (left.Contains(entry))
            {
                (checkedDocuments.Contains(entry.Document) ? absent : notChecked).Add(entry);
            }
        }

        return new BaselineComparison(this, states, absent.DrainToImmutable(), notChecked.DrainToImmutable());
    }

    private static ImmutableArray<BaselineEntry> ReadSarif(JsonElement root, string name)
    {
        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.1.0")
        {
            throw new BaselineFormatException(name, $"A SARIF baseline is version 2.1.0 (this log says {Describe(root, "version")}).");
        }

        if (!root.TryGetProperty("runs", out var runs) || runs.ValueKind != JsonValueKind.Array)
        {
            throw new BaselineFormatException(name, "A SARIF log has \"runs\", an array.");
        }

        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        var r = 0;
        foreach (var run in runs.EnumerateArray())
        {
            var tool = run.ValueKind == JsonValueKind.Object && run.TryGetProperty("tool", out var t) && t.TryGetProperty("driver", out var driver)
                && driver.TryGetProperty("name", out var toolName) && toolName.ValueKind == JsonValueKind.String ? toolName.GetString() : null;
            if (tool != "Cooperation.Domain")
            {
                throw new BaselineFormatException(name, $"runs[{r}] was written by {(tool is null ? "an unnamed tool" : $"\"{Excerpt(tool)}\"")}, not by Cooperation.Domain: its findings cannot be matched with this library's.");
            }

            if (run.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var result in results.EnumerateArray())
                {
                    var at = $"runs[{r}].results[{i++}]";
                    if (result.TryGetProperty("baselineState", out var state) && state.ValueKind == JsonValueKind.String && state.GetString() == "absent")
                    {
                        continue;
                    }

                    var fingerprint = result.TryGetProperty("partialFingerprints", out var fingerprints) && fingerprints.ValueKind == JsonValueKind.Object
                        && fingerprints.TryGetProperty(DiagnosticFingerprint.Name, out var value) && value.ValueKind == JsonValueKind.String
                        ? value.GetString()!
                        : throw new BaselineFormatException(name, $"{at} has no \"{DiagnosticFingerprint.Name}\" partial fingerprint (a log from an older version, or edited?)");
                    var rule = String(result, "ruleId", at, name);
                    var level = result.TryGetProperty("level", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : "warning";
                    var severity = level switch
                    {
                        "error" => Severity.Error,
                        "warning" => Severity.Warning,
                        "note" => Severity.Info,
                        _ => throw new BaselineFormatException(name, $"{at}.level is {Describe(result, "level")}: expected error, warning or note."),
                    };
                    var message = result.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? String(m, "text", at + ".message", name) : string.Empty;
                    var document = result.TryGetProperty("analysisTarget", out var target) ? DocumentOf(target) : string.Empty;
                    var path = string.Empty;
                    if (result.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0)
                    {
                        var location = locations[0];
                        if (location.TryGetProperty("physicalLocation", out var physical) && physical.TryGetProperty("artifactLocation", out var artifact))
                        {
                            document = DocumentOf(artifact);
                        }

                        if (location.TryGetProperty("logicalLocations", out var logical) && logical.ValueKind == JsonValueKind.Array && logical.GetArrayLength() > 0)
                        {
                            path = String(logical[0], "fullyQualifiedName", at + ".locations[0].logicalLocations[0]", name);
                        }
                    }

                    entries.Add(new BaselineEntry(document, fingerprint, rule, path, severity, message));
                }
            }

            r++;
        }

        return entries.DrainToImmutable();
    }

    // An artifact location's document key (ValidationReport.DocumentKey) as the writer gives it; from a log written
    // before keys, its URI or the description of a document that is no file.
    private static string DocumentOf(JsonElement artifact)
        => artifact.ValueKind != JsonValueKind.Object ? string.Empty
            : artifact.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
                && properties.TryGetProperty(ReportWriter.DocumentKeyProperty, out var key) && key.ValueKind == JsonValueKind.String ? key.GetString()!
            : artifact.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String ? uri.GetString()!
            : artifact.TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.Object
                && description.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString()!
            : string.Empty;

    private static ImmutableArray<BaselineEntry> ReadReport(JsonElement root, string format, string name)
    {
        if (format != "cooperation-diagnostics/1")
        {
            throw new BaselineFormatException(name, $"\"{Excerpt(format)}\" is not a report format this version reads as a baseline: expected \"cooperation-diagnostics/1\".");
        }

        var document = root.TryGetProperty(ReportWriter.DocumentKeyProperty, out var k) && k.ValueKind == JsonValueKind.String ? k.GetString()!
            : root.TryGetProperty("document", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()!
            : string.Empty;
        var entries = ImmutableArray.CreateBuilder<BaselineEntry>();
        foreach (var member in (ReadOnlySpan<string>)["diagnostics", "suppressed"])
        {
            if (!root.TryGetProperty(member, out var items))
            {
                continue;
            }

            if (items.ValueKind != JsonValueKind.Array)
            {
                throw new BaselineFormatException(name, $"\"{member}\" is an array.");
            }

            var i = 0;
            foreach (var item in items.EnumerateArray())
            {
                var at = $"{member}[{i++}]";
                var fingerprint = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("fingerprint", out var f) && f.ValueKind == JsonValueKind.String
                    ? f.GetString()!
                    : throw new BaselineFormatException(name, $"{at} has no \"fingerprint\" (a report from an older version, or edited?)");
                var severityName = String(item, "severity", at, name);
                var severity = SeverityNames.TryParse(severityName, out var parsed) && severityName == parsed.ToName()
                    ? parsed
                    : throw new BaselineFormatException(name, $"{at}.severity is \"{Excerpt(severityName)}\": expected error, warning or info.");
                entries.Add(new BaselineEntry(document, fingerprint, String(item, "id", at, name), String(item, "path", at, name), severity, String(item, "message", at, name)));
            }
        }

        return entries.DrainToImmutable();
    }

    private static string String(JsonElement element, string member, string at, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(member, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new BaselineFormatException(name, $"{at}.{member} is missing or not a string.");

    private static string Describe(JsonElement element, string member)
        => element.TryGetProperty(member, out var value) ? value.ValueKind == JsonValueKind.String ? $"\"{Excerpt(value.GetString()!)}\"" : value.ValueKind.ToString().ToLowerInvariant() : "nothing";

    private static string Excerpt(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
