using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Cooperation.Domain.Internal;

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
            // Named by the user: a regular file, or a stream such as a pipe (/dev/stdin, a process substitution).
            bytes = InputFile.ReadAllBytes(path, FileOrigin.Named, "a baseline file", MaxBytes, _ => new BaselineFormatException(path, null, "A baseline is at most 256 MiB."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BaselineFormatException(path, null, $"The baseline cannot be read: {e.Message}", e);
        }

        return new Baseline(path, BaselineReader.Read(bytes, path));
    }

    /// <summary>Reads a baseline from UTF-8 JSON: a SARIF log or a JSON report this library wrote.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="name">The name errors give it.</param>
    /// <returns>The baseline.</returns>
    /// <exception cref="BaselineFormatException">The document is not a baseline; the message names the line.</exception>
    public static Baseline Parse(ReadOnlySpan<byte> utf8Json, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new Baseline(name, BaselineReader.Read(utf8Json.ToArray(), name));
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
}
