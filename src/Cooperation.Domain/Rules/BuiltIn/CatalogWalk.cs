using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Runs the checks of several built-in rules in one pass over a catalog: each entity is visited once and every rule
/// that checks that kind of entity sees it while it is in cache. Meetings are visited with their mechanism (those of
/// a mechanism in date order, then those with no mechanism in the catalog), so per-meeting checks need no look-up.
/// </summary>
internal static class CatalogWalk
{
    public static void Run(CooperationCatalog catalog, ReadOnlySpan<(BuiltInRule Rule, RuleContext Context)> rules)
    {
        foreach (var (rule, context) in rules)
        {
            rule.Catalog?.Invoke(context);
        }

        if (Any(rules, static r => r.Source is not null))
        {
            foreach (var source in catalog.Sources)
            {
                foreach (var (rule, context) in rules)
                {
                    rule.Source?.Invoke(context, source);
                }
            }
        }

        if (Any(rules, static r => r.Institution is not null))
        {
            foreach (var institution in catalog.Institutions)
            {
                foreach (var (rule, context) in rules)
                {
                    rule.Institution?.Invoke(context, institution);
                }
            }
        }

        var checksMechanisms = Any(rules, static r => r.Mechanism is not null);
        var checksMeetings = Any(rules, static r => r.Meeting is not null);
        if (!checksMechanisms && !checksMeetings)
        {
            return;
        }

        var mechanisms = catalog.Mechanisms;
        for (var i = 0; i < mechanisms.Length; i++)
        {
            var mechanism = mechanisms[i];
            // A repeated identifier (COOP1001) owns no meetings: they belong to the first mechanism with it.
            var first = catalog.IndexOf(mechanism.Id) == i;
            var meetings = first ? catalog.MeetingsOf(mechanism.Id) : [];
            if (checksMechanisms)
            {
                foreach (var (rule, context) in rules)
                {
                    rule.Mechanism?.Invoke(context, mechanism, meetings);
                }
            }

            if (checksMeetings && first)
            {
                foreach (var meeting in meetings)
                {
                    foreach (var (rule, context) in rules)
                    {
                        rule.Meeting?.Invoke(context, meeting, mechanism);
                    }
                }
            }
        }

        if (checksMeetings)
        {
            foreach (var meeting in catalog.Meetings)
            {
                if (meeting.Mechanism is { } id && catalog.IndexOf(id) >= 0)
                {
                    continue;
                }

                foreach (var (rule, context) in rules)
                {
                    rule.Meeting?.Invoke(context, meeting, null);
                }
            }
        }
    }

    private static bool Any(ReadOnlySpan<(BuiltInRule Rule, RuleContext Context)> rules, Func<BuiltInRule, bool> predicate)
    {
        foreach (var (rule, _) in rules)
        {
            if (predicate(rule))
            {
                return true;
            }
        }

        return false;
    }
}
