using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Threading;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Runs the checks of several built-in rules in one pass over a catalog: each entity is visited once and every rule
/// that checks that kind of entity sees it while it is in cache. Meetings are visited with their mechanism (those of
/// a mechanism in date order, then those with no mechanism in the catalog), so per-meeting checks need no look-up.
/// A cancellation token is checked before each source, institution, mechanism (with its meetings) and meeting without
/// a mechanism.
/// </summary>
internal static class CatalogWalk
{
    public static void Run(CooperationCatalog catalog, ReadOnlySpan<(BuiltInRule Rule, RuleContext Context)> rules, CancellationToken cancellationToken = default)
    {
        // The checks of each kind, gathered once, so that the inner loops call only rules that check that kind. Each
        // keeps the position of its rule in rules, so that a failure can name the rule.
        var sources = ArrayPool<(SourceCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        var institutions = ArrayPool<(InstitutionCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        var mechanismChecks = ArrayPool<(MechanismCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        var meetingChecks = ArrayPool<(MeetingCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        var cadenceChecks = ArrayPool<(CadenceCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        var seriesChecks = ArrayPool<(SeriesCheck, RuleContext, int)>.Shared.Rent(rules.Length);
        try
        {
            int s = 0, i = 0, m = 0, g = 0, k = 0, n = 0;
            for (var r = 0; r < rules.Length; r++)
            {
                ref readonly var entry = ref rules[r];
                if (entry.Rule.Catalog is { } check)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Guard(check, entry.Context, cancellationToken);
                }

                if (entry.Rule.Source is { } source)
                {
                    sources[s++] = (source, entry.Context, r);
                }

                if (entry.Rule.Institution is { } institution)
                {
                    institutions[i++] = (institution, entry.Context, r);
                }

                if (entry.Rule.Mechanism is { } mechanism)
                {
                    mechanismChecks[m++] = (mechanism, entry.Context, r);
                }

                if (entry.Rule.Meeting is { } meeting)
                {
                    meetingChecks[g++] = (meeting, entry.Context, r);
                }

                if (entry.Rule.Cadence is { } cadence)
                {
                    cadenceChecks[k++] = (cadence, entry.Context, r);
                }

                if (entry.Rule.Series is { } series)
                {
                    seriesChecks[n++] = (series, entry.Context, r);
                }
            }

            var running = -1;
            try
            {
                var checks = new Checks(sources.AsSpan(0, s), institutions.AsSpan(0, i), mechanismChecks.AsSpan(0, m), meetingChecks.AsSpan(0, g), cadenceChecks.AsSpan(0, k), seriesChecks.AsSpan(0, n));
                Walk(catalog, checks, ref running, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException && running >= 0 && !Validator.IsCancellation(e, cancellationToken))
            {
                throw Failed(rules[running].Context.Descriptor, e);
            }
        }
        finally
        {
            ArrayPool<(SourceCheck, RuleContext, int)>.Shared.Return(sources, clearArray: true);
            ArrayPool<(InstitutionCheck, RuleContext, int)>.Shared.Return(institutions, clearArray: true);
            ArrayPool<(MechanismCheck, RuleContext, int)>.Shared.Return(mechanismChecks, clearArray: true);
            ArrayPool<(MeetingCheck, RuleContext, int)>.Shared.Return(meetingChecks, clearArray: true);
            ArrayPool<(CadenceCheck, RuleContext, int)>.Shared.Return(cadenceChecks, clearArray: true);
            ArrayPool<(SeriesCheck, RuleContext, int)>.Shared.Return(seriesChecks, clearArray: true);
        }
    }

    private static void Guard(CatalogCheck check, in RuleContext context, CancellationToken cancellationToken)
    {
        try
        {
            check(context);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !Validator.IsCancellation(e, cancellationToken))
        {
            throw Failed(context.Descriptor, e);
        }
    }

    private static InvalidOperationException Failed(RuleDescriptor rule, Exception e)
        => new($"The rule {rule.Id} failed: {e.Message}", e);

    // "running" is the position (in the rules given to Run) of the rule whose check is executing, so that a failure
    // can name it: an int, because storing a reference through a ref costs a write barrier on every check called.
    private static void Walk(CooperationCatalog catalog, in Checks checks, ref int running, CancellationToken cancellationToken)
    {
        if (!checks.Sources.IsEmpty)
        {
            foreach (var source in catalog.Sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ref readonly var c in checks.Sources)
                {
                    running = c.Rule;
                    c.Context.Step();
                    c.Check(c.Context, source);
                }
            }
        }

        if (!checks.Institutions.IsEmpty)
        {
            foreach (var institution in catalog.Institutions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ref readonly var c in checks.Institutions)
                {
                    running = c.Rule;
                    c.Context.Step();
                    c.Check(c.Context, institution);
                }
            }
        }

        if (checks.Mechanisms.IsEmpty && checks.Meetings.IsEmpty && checks.Cadences.IsEmpty && checks.Series.IsEmpty)
        {
            return;
        }

        // The meetings' delegations and participants, as rows in the order this walk visits the meetings: the w-th
        // meeting visited is the table's w-th. The table also has each mechanism's meetings, found without a look-up.
        var attendance = checks.Meetings.IsEmpty ? null : catalog.Attendance;
        var w = 0;
        var mechanisms = catalog.Mechanisms;
        for (var i = 0; i < mechanisms.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mechanism = mechanisms[i];
            // A repeated identifier (COOP1001) owns no meetings: they belong to the first mechanism with it.
            // The array is sorted by identifier, so a repeat follows the first entity with its identifier.
            var first = i == 0 || mechanisms[i - 1].Id != mechanism.Id;
            var meetings = !first ? [] : attendance is null ? catalog.MeetingsOf(mechanism.Id) : attendance.MeetingsOf(i);
            foreach (ref readonly var c in checks.Mechanisms)
            {
                running = c.Rule;
                c.Context.Step();
                c.Check(c.Context, mechanism, meetings);
            }

            // The schedule is worked out once for every cadence check (overdue, dormant), only for the first mechanism
            // of an identifier (a repeat has no meetings of its own) that has a periodic cadence.
            var cadences = checks.Cadences;
            if (!cadences.IsEmpty && first && mechanism.Cadence is { IsPeriodic: true } && cadences[0].Context.AsOf is { } asOf)
            {
                running = cadences[0].Rule;
                var evaluation = CadenceSchedule.Evaluate(mechanism, meetings.AsSpan(), asOf);
                foreach (ref readonly var c in cadences)
                {
                    running = c.Rule;
                    c.Context.Step();
                    c.Check(c.Context, mechanism, evaluation);
                }
            }

            // The series (numbered meetings by kind, in ordinal order) are sorted once for every series check.
            if (!checks.Series.IsEmpty && meetings.Length > 1)
            {
                running = checks.Series[0].Rule;
                WalkSeries(mechanism, meetings, checks.Series, ref running);
            }

            if (!checks.Meetings.IsEmpty)
            {
                foreach (var meeting in meetings)
                {
                    var rows = attendance!.Of(w++, meeting);
                    foreach (ref readonly var c in checks.Meetings)
                    {
                        running = c.Rule;
                        c.Check(c.Context, meeting, mechanism, rows);
                    }
                }
            }
        }

        if (!checks.Meetings.IsEmpty)
        {
            foreach (var meeting in catalog.MeetingsWithoutMechanism)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rows = attendance!.Of(w++, meeting);
                foreach (ref readonly var c in checks.Meetings)
                {
                    running = c.Rule;
                    c.Context.Step();
                    c.Check(c.Context, meeting, null, rows);
                }
            }
        }
    }

    private static void WalkSeries(Mechanism mechanism, ImmutableArray<Meeting> meetings, ReadOnlySpan<(SeriesCheck Check, RuleContext Context, int Rule)> seriesChecks, ref int running)
    {
        var scratch = ArrayPool<Meeting>.Shared.Rent(meetings.Length);
        try
        {
            var numbered = scratch.AsSpan(0, BuiltInRules.SortIntoSeries(seriesChecks[0].Context, meetings, scratch));
            var start = 0;
            for (var i = 1; i <= numbered.Length; i++)
            {
                seriesChecks[0].Context.Step();
                if (i == numbered.Length || numbered[i].Kind != numbered[start].Kind)
                {
                    if (i - start > 1)
                    {
                        foreach (ref readonly var c in seriesChecks)
                        {
                            running = c.Rule;
                            c.Context.Step();
                            c.Check(c.Context, mechanism, numbered[start..i]);
                        }
                    }

                    start = i;
                }
            }
        }
        finally
        {
            ArrayPool<Meeting>.Shared.Return(scratch, clearArray: true);
        }
    }

    // The checks of each kind, with their contexts and the positions of their rules.
    private readonly ref struct Checks(
        ReadOnlySpan<(SourceCheck Check, RuleContext Context, int Rule)> sources,
        ReadOnlySpan<(InstitutionCheck Check, RuleContext Context, int Rule)> institutions,
        ReadOnlySpan<(MechanismCheck Check, RuleContext Context, int Rule)> mechanisms,
        ReadOnlySpan<(MeetingCheck Check, RuleContext Context, int Rule)> meetings,
        ReadOnlySpan<(CadenceCheck Check, RuleContext Context, int Rule)> cadences,
        ReadOnlySpan<(SeriesCheck Check, RuleContext Context, int Rule)> series)
    {
        public ReadOnlySpan<(SourceCheck Check, RuleContext Context, int Rule)> Sources { get; } = sources;

        public ReadOnlySpan<(InstitutionCheck Check, RuleContext Context, int Rule)> Institutions { get; } = institutions;

        public ReadOnlySpan<(MechanismCheck Check, RuleContext Context, int Rule)> Mechanisms { get; } = mechanisms;

        public ReadOnlySpan<(MeetingCheck Check, RuleContext Context, int Rule)> Meetings { get; } = meetings;

        public ReadOnlySpan<(CadenceCheck Check, RuleContext Context, int Rule)> Cadences { get; } = cadences;

        public ReadOnlySpan<(SeriesCheck Check, RuleContext Context, int Rule)> Series { get; } = series;
    }
}
