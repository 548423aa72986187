using System;
using System.Buffers;
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
        // The checks of each kind, gathered once, so that the inner loops call only rules that check that kind.
        var sources = ArrayPool<(SourceCheck, RuleContext)>.Shared.Rent(rules.Length);
        var institutions = ArrayPool<(InstitutionCheck, RuleContext)>.Shared.Rent(rules.Length);
        var mechanismChecks = ArrayPool<(MechanismCheck, RuleContext)>.Shared.Rent(rules.Length);
        var meetingChecks = ArrayPool<(MeetingCheck, RuleContext)>.Shared.Rent(rules.Length);
        var cadenceChecks = ArrayPool<(CadenceCheck, RuleContext)>.Shared.Rent(rules.Length);
        try
        {
            int s = 0, i = 0, m = 0, g = 0, k = 0;
            foreach (ref readonly var entry in rules)
            {
                if (entry.Rule.Catalog is { } check)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Guard(check, entry.Context, cancellationToken);
                }

                if (entry.Rule.Source is { } source)
                {
                    sources[s++] = (source, entry.Context);
                }

                if (entry.Rule.Institution is { } institution)
                {
                    institutions[i++] = (institution, entry.Context);
                }

                if (entry.Rule.Mechanism is { } mechanism)
                {
                    mechanismChecks[m++] = (mechanism, entry.Context);
                }

                if (entry.Rule.Meeting is { } meeting)
                {
                    meetingChecks[g++] = (meeting, entry.Context);
                }

                if (entry.Rule.Cadence is { } cadence)
                {
                    cadenceChecks[k++] = (cadence, entry.Context);
                }
            }

            RuleDescriptor? running = null;
            try
            {
                Walk(catalog, sources.AsSpan(0, s), institutions.AsSpan(0, i), mechanismChecks.AsSpan(0, m), meetingChecks.AsSpan(0, g), cadenceChecks.AsSpan(0, k), ref running, cancellationToken);
            }
            catch (Exception e) when (e is not OutOfMemoryException && running is not null && !Validator.IsCancellation(e, cancellationToken))
            {
                throw Failed(running, e);
            }
        }
        finally
        {
            ArrayPool<(SourceCheck, RuleContext)>.Shared.Return(sources, clearArray: true);
            ArrayPool<(InstitutionCheck, RuleContext)>.Shared.Return(institutions, clearArray: true);
            ArrayPool<(MechanismCheck, RuleContext)>.Shared.Return(mechanismChecks, clearArray: true);
            ArrayPool<(MeetingCheck, RuleContext)>.Shared.Return(meetingChecks, clearArray: true);
            ArrayPool<(CadenceCheck, RuleContext)>.Shared.Return(cadenceChecks, clearArray: true);
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

    // "running" names the rule whose check is executing, so that a failure can name it.
    private static void Walk(
        CooperationCatalog catalog,
        ReadOnlySpan<(SourceCheck Check, RuleContext Context)> sourceChecks,
        ReadOnlySpan<(InstitutionCheck Check, RuleContext Context)> institutionChecks,
        ReadOnlySpan<(MechanismCheck Check, RuleContext Context)> mechanismChecks,
        ReadOnlySpan<(MeetingCheck Check, RuleContext Context)> meetingChecks,
        ReadOnlySpan<(CadenceCheck Check, RuleContext Context)> cadenceChecks,
        ref RuleDescriptor? running,
        CancellationToken cancellationToken)
    {
        if (!sourceChecks.IsEmpty)
        {
            foreach (var source in catalog.Sources)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ref readonly var c in sourceChecks)
                {
                    running = c.Context.Descriptor;
                    c.Context.Step();
                    c.Check(c.Context, source);
                }
            }
        }

        if (!institutionChecks.IsEmpty)
        {
            foreach (var institution in catalog.Institutions)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ref readonly var c in institutionChecks)
                {
                    running = c.Context.Descriptor;
                    c.Context.Step();
                    c.Check(c.Context, institution);
                }
            }
        }

        if (mechanismChecks.IsEmpty && meetingChecks.IsEmpty && cadenceChecks.IsEmpty)
        {
            return;
        }

        var mechanisms = catalog.Mechanisms;
        for (var i = 0; i < mechanisms.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mechanism = mechanisms[i];
            // A repeated identifier (COOP1001) owns no meetings: they belong to the first mechanism with it.
            // The array is sorted by identifier, so a repeat follows the first entity with its identifier.
            var first = i == 0 || mechanisms[i - 1].Id != mechanism.Id;
            var meetings = first ? catalog.MeetingsOf(mechanism.Id) : [];
            foreach (ref readonly var c in mechanismChecks)
            {
                running = c.Context.Descriptor;
                c.Context.Step();
                c.Check(c.Context, mechanism, meetings);
            }

            // The schedule is worked out once for every cadence check (overdue, dormant), only for the first mechanism
            // of an identifier (a repeat has no meetings of its own) that has a periodic cadence.
            if (!cadenceChecks.IsEmpty && first && mechanism.Cadence is { IsPeriodic: true } && cadenceChecks[0].Context.AsOf is { } asOf)
            {
                running = cadenceChecks[0].Context.Descriptor;
                var evaluation = CadenceSchedule.Evaluate(mechanism, meetings.AsSpan(), asOf);
                foreach (ref readonly var c in cadenceChecks)
                {
                    running = c.Context.Descriptor;
                    c.Context.Step();
                    c.Check(c.Context, mechanism, evaluation);
                }
            }

            if (!meetingChecks.IsEmpty)
            {
                foreach (var meeting in meetings)
                {
                    foreach (ref readonly var c in meetingChecks)
                    {
                        running = c.Context.Descriptor;
                        c.Check(c.Context, meeting, mechanism);
                    }
                }
            }
        }

        if (!meetingChecks.IsEmpty)
        {
            foreach (var meeting in catalog.MeetingsWithoutMechanism)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (ref readonly var c in meetingChecks)
                {
                    running = c.Context.Descriptor;
                    c.Context.Step();
                    c.Check(c.Context, meeting, null);
                }
            }
        }
    }
}
