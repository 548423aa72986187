using System;
using System.Collections.Generic;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Applies suppressions once every rule has run: marks each finding a suppression covers (same rule, the
/// suppression's subject or a path within it), then reports the suppressions that covered nothing (COOP8001) and
/// those of rules the rule set does not have (COOP8002). A suppression of a rule that did not run is not reported,
/// nor one of a time-dependent rule whose subject exists: on another day the finding may be back.
/// </summary>
/// <remarks>
/// Linear: one dictionary of the suppressions' subjects, then, for each finding, one look-up per segment of its path.
/// The catalog lists the entities that carry suppressions on the first validation (one pass over its top-level entities,
/// none of its other facts) and keeps the list; a catalog without suppressions then costs nothing more.
/// </remarks>
internal static class SuppressionMatcher
{
    internal static void Apply(ValidationReport report, CooperationCatalog catalog, ValidationOptions options)
    {
        var candidates = Gather(catalog, options);
        if (candidates is null)
        {
            return;
        }

        var pending = report.Pending;
        if (!pending.IsEmpty)
        {
            // Subject, then rule: one look-up per segment of a finding's path, however many suppressions a subject
            // has. Of two suppressions of one rule and subject (a repeated file entry) the first is used, the second
            // is reported as unused.
            var bySubject = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!bySubject.TryGetValue(candidates[i].Subject, out var byRule))
                {
                    bySubject[candidates[i].Subject] = byRule = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                byRule.TryAdd(candidates[i].Rule, i);
            }

            var lookup = bySubject.GetAlternateLookup<ReadOnlySpan<char>>();
            for (var d = 0; d < pending.Length; d++)
            {
                if (Match(pending[d], lookup) is { } found)
                {
                    candidates[found].Used = true;
                    pending[d] = pending[d].WithSuppression(candidates[found].Info);
                }
            }
        }

        foreach (var candidate in candidates)
        {
            if (!candidate.Used)
            {
                ReportUnused(report, catalog, options, candidate);
            }
        }
    }

    // The deepest subject on the finding's path that suppresses its rule: the path itself, then each prefix that
    // ends before a member ('.') or an index ('['), ignoring those inside brackets (identifiers are not split).
    private static int? Match(Diagnostic diagnostic, Dictionary<string, Dictionary<string, int>>.AlternateLookup<ReadOnlySpan<char>> lookup)
    {
        var path = diagnostic.Path.AsSpan();
        var end = path.Length;
        while (end > 0)
        {
            if (lookup.TryGetValue(path[..end], out var byRule) && byRule.TryGetValue(diagnostic.Id, out var i))
            {
                return i;
            }

            end = PreviousBoundary(path, end);
        }

        return null;
    }

    private static int PreviousBoundary(ReadOnlySpan<char> path, int end)
    {
        var depth = 0;
        for (var i = end - 1; i > 0; i--)
        {
            switch (path[i])
            {
                case ']':
                    depth++;
                    break;
                case '[':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
                case '.' when depth == 0:
                    return i;
            }
        }

        return 0;
    }

    private static List<Candidate>? Gather(CooperationCatalog catalog, ValidationOptions options)
    {
        // The catalog finds the entities with suppressions once and keeps them.
        List<Candidate>? candidates = null;
        foreach (var (subject, suppressions) in catalog.InPlaceSuppressions)
        {
            AddInSource(ref candidates, subject, suppressions);
        }

        if (options.Suppressions is { } file)
        {
            foreach (var entry in file.Entries)
            {
                (candidates ??= []).Add(new Candidate(entry.Rule, entry.Path, new DiagnosticSuppression(SuppressionKind.External, entry.Justification, entry.Location), External: true));
            }
        }

        return candidates;
    }

    // Called only for an entity that has suppressions, so that a catalog without any allocates nothing here.
    private static void AddInSource(ref List<Candidate>? candidates, string subject, System.Collections.Immutable.ImmutableArray<Suppression> suppressions)
    {
        for (var i = 0; i < suppressions.Length; i++)
        {
            var location = $"{subject}.suppressions[{i}]";
            (candidates ??= []).Add(new Candidate(suppressions[i].Rule, subject, new DiagnosticSuppression(SuppressionKind.InSource, suppressions[i].Justification, location), External: false));
        }
    }

    private static void ReportUnused(ValidationReport report, CooperationCatalog catalog, ValidationOptions options, Candidate candidate)
    {
        var reportPath = candidate.External ? candidate.Subject : candidate.Info.Location;
        if (!options.Rules.TryGetRule(candidate.Rule, out var rule))
        {
            if (!BuiltInRules.All.Contains(candidate.Rule))
            {
                Report(report, options, BuiltInRules.SuppressionOfUnknownRule, reportPath, Where(candidate), candidate.Rule);
            }

            // A built-in rule outside a narrowed rule set did not run.
            return;
        }

        // A rule that did not run found nothing, which says nothing about its suppressions.
        if (options.EffectiveSeverity(rule.Descriptor) is null)
        {
            return;
        }

        var missing = candidate.External && !Exists(catalog, candidate.Subject);

        // Whether a time-dependent rule finds anything depends on the as-of day (a meeting planned for October is not
        // yet long past in May): its suppression is stale only when its subject is gone.
        if (rule.Descriptor.NeedsAsOfDate && !missing)
        {
            return;
        }

        Report(
            report,
            options,
            BuiltInRules.UnusedSuppression,
            reportPath,
            candidate.Rule,
            Where(candidate),
            missing ? MessageArgument.Words($": the catalog has no {TopLevel(candidate.Subject)}", $": el catálogo no tiene {TopLevel(candidate.Subject)}") : string.Empty);
    }

    private static void Report(ValidationReport report, ValidationOptions options, RuleDescriptor descriptor, string path, params ReadOnlySpan<object?> arguments)
    {
        if (!options.Rules.Contains(descriptor.Id) || options.EffectiveSeverity(descriptor) is not { } severity)
        {
            return;
        }

        report.Add(new Diagnostic(descriptor, severity, options.Language, path, arguments));
    }

    // Where the suppression is written, as the message shows it. A file's name and line are circumstances, kept out
    // of the fingerprint: the same stale entry has one fingerprint in every clone (the file named absolutely or not)
    // and after lines are added above it. A path in the catalog is a fact like any subject path.
    private static object Where(Candidate candidate)
        => candidate.External ? MessageArgument.Circumstance(candidate.Info.Location) : candidate.Info.Location;

    private static string TopLevel(string subject) => subject[..(subject.IndexOf(']', StringComparison.Ordinal) + 1)];

    // Whether the catalog has the entity a path starts with (members within it are not looked for: a suppression
    // of a member the entity lacks simply matches nothing).
    private static bool Exists(CooperationCatalog catalog, string subject)
    {
        var open = subject.IndexOf('[', StringComparison.Ordinal);
        var close = subject.IndexOf(']', open);
        var id = subject.AsSpan(open + 1, close - open - 1);
        return CatalogCollections.TryFind(subject.AsSpan(0, open), out var kind) && kind switch
        {
            CatalogEntityKind.Source => SourceId.TryParse(id, out var s) && catalog.TryGetSource(s, out _),
            CatalogEntityKind.Institution => InstitutionId.TryParse(id, out var i) && catalog.TryGetInstitution(i, out _),
            CatalogEntityKind.Person => PersonId.TryParse(id, out var p) && catalog.TryGetPerson(p, out _),
            CatalogEntityKind.Mechanism => MechanismId.TryParse(id, out var m) && catalog.TryGetMechanism(m, out _),
            _ => MeetingId.TryParse(id, out var g) && catalog.TryGetMeeting(g, out _),
        };
    }

    private sealed record Candidate(string Rule, string Subject, DiagnosticSuppression Info, bool External)
    {
        public bool Used { get; set; }
    }
}
