using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Rules;
using FluentValidation;
using FluentValidation.Results;
using NodaTime;

// The baseline keeps one-line rules, as FluentValidation code usually reads; braces would double its length.
#pragma warning disable IDE0011

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// The built-in rules written as a FluentValidation validator, the way a team would write them with that library:
/// a validator per entity, rules with <c>Must</c> and <c>Custom</c>, LINQ over the catalog (passed in the root
/// context data), messages formatted as failures are found. It reports the same findings as the rules engine (the
/// benchmark checks the counts match), so the comparison is like for like. Used only as the benchmark's baseline.
/// </summary>
public sealed class FluentCatalogValidator : AbstractValidator<CooperationCatalog>
{
    private const string CatalogKey = "catalog";
    private const string AsOfKey = "asOf";

    public FluentCatalogValidator()
    {
        // COOP1001
        RuleFor(c => c).Custom((c, ctx) =>
        {
            foreach (var g in c.Sources.GroupBy(s => s.Id).Where(g => g.Count() > 1)) Fail(ctx, "COOP1001", $"sources[{g.Key}]", $"The source identifier {g.Key} is used {g.Count()} times.");
            foreach (var g in c.Institutions.GroupBy(s => s.Id).Where(g => g.Count() > 1)) Fail(ctx, "COOP1001", $"institutions[{g.Key}]", $"The institution identifier {g.Key} is used {g.Count()} times.");
            foreach (var g in c.Mechanisms.GroupBy(s => s.Id).Where(g => g.Count() > 1)) Fail(ctx, "COOP1001", $"mechanisms[{g.Key}]", $"The mechanism identifier {g.Key} is used {g.Count()} times.");
            foreach (var g in c.Meetings.GroupBy(s => s.Id).Where(g => g.Count() > 1)) Fail(ctx, "COOP1001", $"meetings[{g.Key}]", $"The meeting identifier {g.Key} is used {g.Count()} times.");
        });

        // COOP1005, COOP1006: cycles, following links with a visited set per start.
        RuleFor(c => c).Custom((c, ctx) =>
        {
            ReportCycles(ctx, "COOP1005", c.Mechanisms.Select(m => (m.Id.ToString(), m.Predecessor?.ToString())), "mechanisms", "predecessor");
            ReportCycles(ctx, "COOP1006", c.Mechanisms.Select(m => (m.Id.ToString(), m.Parent?.ToString())), "mechanisms", "parent");
            ReportCycles(ctx, "COOP1006", c.Institutions.Select(i => (i.Id.ToString(), i.Parent?.ToString())), "institutions", "parent");
        });

        // COOP7005
        RuleFor(c => c).Custom((c, ctx) =>
        {
            var cited = c.Mechanisms.SelectMany(m => m.Sources).Concat(c.Meetings.SelectMany(m => m.Sources)).ToHashSet();
            foreach (var s in c.Sources.DistinctBy(s => s.Id).Where(s => !cited.Contains(s.Id))) Fail(ctx, "COOP7005", $"sources[{s.Id}]", $"The source {s.Id} is not cited.");
        });

        RuleForEach(c => c.Institutions).SetValidator(new InstitutionValidator());
        RuleForEach(c => c.Sources).SetValidator(new SourceValidator());
        RuleForEach(c => c.Mechanisms).SetValidator(new MechanismValidator());
        RuleForEach(c => c.Meetings).SetValidator(new MeetingValidator());
    }

    /// <summary>Validates with the catalog and the as-of date in the root context data.</summary>
    public ValidationResult Validate(CooperationCatalog catalog, LocalDate asOf)
    {
        var context = new ValidationContext<CooperationCatalog>(catalog);
        context.RootContextData[CatalogKey] = catalog;
        context.RootContextData[AsOfKey] = asOf;
        return Validate(context);
    }

    private static CooperationCatalog Catalog<T>(ValidationContext<T> ctx) => (CooperationCatalog)ctx.RootContextData[CatalogKey];

    private static LocalDate AsOf<T>(ValidationContext<T> ctx) => (LocalDate)ctx.RootContextData[AsOfKey];

    private static void Fail<T>(ValidationContext<T> ctx, string id, string path, string message)
        => ctx.AddFailure(new ValidationFailure(path, message) { ErrorCode = id, Severity = SeverityOf(id) });

    private static FluentValidation.Severity SeverityOf(string id) => BuiltInRules.All.TryGetRule(id, out var rule)
        ? rule.Descriptor.DefaultSeverity switch { Rules.Severity.Error => FluentValidation.Severity.Error, Rules.Severity.Warning => FluentValidation.Severity.Warning, _ => FluentValidation.Severity.Info }
        : FluentValidation.Severity.Error;

    private static void ReportCycles<T>(ValidationContext<T> ctx, string id, IEnumerable<(string Id, string? Next)> links, string collection, string member)
    {
        var next = new Dictionary<string, string?>();
        foreach (var (from, to) in links)
        {
            next.TryAdd(from, to);
        }

        var reported = new HashSet<string>();
        foreach (var start in next.Keys)
        {
            var seen = new List<string>();
            var node = start;
            while (node is not null && next.ContainsKey(node) && !seen.Contains(node))
            {
                seen.Add(node);
                node = next[node];
            }

            if (node is not null && seen.Contains(node))
            {
                var cycle = seen.Skip(seen.IndexOf(node)).ToList();
                var smallest = cycle.Min(StringComparer.Ordinal)!;
                if (reported.Add(smallest))
                {
                    Fail(ctx, id, $"{collection}[{smallest}].{member}", $"The {member}s form a cycle: {string.Join(" → ", cycle)}.");
                }
            }
        }
    }

    private sealed class InstitutionValidator : AbstractValidator<Institution>
    {
        public InstitutionValidator()
        {
            RuleFor(i => i).Custom((i, ctx) =>
            {
                if (i.Parent is { } p && !Catalog(ctx).TryGetInstitution(p, out _)) Fail(ctx, "COOP1003", $"institutions[{i.Id}].parent", $"The parent institution {p} is not in the catalog.");
                if (!i.Name.Has(Language.Spanish) || !i.Name.Has(Language.English)) Fail(ctx, "COOP7003", $"institutions[{i.Id}].name", $"The name of {i.Id} is given in one language.");
            });
        }
    }

    private sealed class SourceValidator : AbstractValidator<Source>
    {
        public SourceValidator()
        {
            RuleForEach(s => s.Issuers)
                .Must((s, issuer, ctx) => Catalog(ctx).TryGetInstitution(issuer, out _))
                .WithErrorCode("COOP1003").WithMessage((s, issuer) => $"The issuer {issuer} is not in the catalog.");
        }
    }

    private sealed class MechanismValidator : AbstractValidator<Mechanism>
    {
        public MechanismValidator()
        {
            RuleFor(m => m).Custom((m, ctx) =>
            {
                var catalog = Catalog(ctx);
                if (m.Parent is { } parent && !catalog.TryGetMechanism(parent, out _)) Fail(ctx, "COOP1002", $"mechanisms[{m.Id}].parent", $"The parent mechanism {parent} is not in the catalog.");
                if (m.Predecessor is { } pre && !catalog.TryGetMechanism(pre, out _)) Fail(ctx, "COOP1002", $"mechanisms[{m.Id}].predecessor", $"The predecessor {pre} is not in the catalog.");
                if (m.Successor is { } suc && !catalog.TryGetMechanism(suc, out _)) Fail(ctx, "COOP1002", $"mechanisms[{m.Id}].successor", $"The successor {suc} is not in the catalog.");
                foreach (var p in m.Parties.Where(p => p.Party.IsOrganization && !catalog.TryGetInstitution(p.Party.Organization, out _))) Fail(ctx, "COOP1003", $"mechanisms[{m.Id}].parties[{p.Party}]", $"The organization {p.Party} is not in the catalog.");
                foreach (var (o, i) in m.Outcomes.Select((o, i) => (o, i))) foreach (var p in o.Parties.Where(p => p.IsOrganization && !catalog.TryGetInstitution(p.Organization, out _))) Fail(ctx, "COOP1003", $"mechanisms[{m.Id}].outcomes[{i}]", $"The organization {p} is not in the catalog.");
                foreach (var s in m.Sources.Where(s => !catalog.TryGetSource(s, out _))) Fail(ctx, "COOP1004", $"mechanisms[{m.Id}].sources[{s}]", $"The source {s} is not in the catalog.");
                if (m.Successor is { } su && catalog.TryGetMechanism(su, out var newer) && newer.Predecessor != m.Id) Fail(ctx, "COOP1007", $"mechanisms[{m.Id}].successor", $"{m.Id} names {newer.Id} as its successor, but not the reverse.");
                if (m.Predecessor is { } pr && catalog.TryGetMechanism(pr, out var older) && older.Successor != m.Id) Fail(ctx, "COOP1007", $"mechanisms[{m.Id}].predecessor", $"{m.Id} names {older.Id} as its predecessor, but not the reverse.");
            });

            // Parties and membership
            RuleFor(m => m.Parties)
                .Must(p => p.Count(x => x.Status == ParticipationStatus.Member && x.Party.IsCountry) == 2 && p.Length == 2)
                .When(m => m.Scope == MechanismScope.Bilateral)
                .WithErrorCode("COOP2001").WithMessage(m => $"The bilateral mechanism {m.Id} has {m.Parties.Count(x => x.Status == ParticipationStatus.Member && x.Party.IsCountry)} member states.")
                .OverridePropertyName("parties");
            RuleFor(m => m.Parties)
                .Must(p => p.Length == 1 && p[0].Status == ParticipationStatus.Member)
                .When(m => m.Scope == MechanismScope.Unilateral)
                .WithErrorCode("COOP2002").WithMessage(m => $"The unilateral mechanism {m.Id} has {m.Parties.Length} parties.");
            RuleFor(m => m.Parties)
                .Must(p => p.Count(x => x.Status == ParticipationStatus.Member) >= 3)
                .When(m => m.Scope == MechanismScope.Multilateral)
                .WithErrorCode("COOP2003").WithSeverity(FluentValidation.Severity.Warning).WithMessage(m => $"The multilateral mechanism {m.Id} has fewer than three members.");
            RuleFor(m => m).Custom((m, ctx) =>
            {
                foreach (var p in m.Parties)
                {
                    if (p.Since is { } since && m.Established is { } est && since.IsDefinitelyBefore(est)) Fail(ctx, "COOP2004", $"mechanisms[{m.Id}].parties[{p.Party}]", $"{p.Party} takes part since {since}, before {est}.");
                    if (p.Until is { } until && m.Dissolved is { } dis && until.IsDefinitelyAfter(dis)) Fail(ctx, "COOP2004", $"mechanisms[{m.Id}].parties[{p.Party}]", $"{p.Party} takes part until {until}, after {dis}.");
                    if (p.Since is { } joined && m.Dissolved is { } ended && joined.IsDefinitelyAfter(ended)) Fail(ctx, "COOP2004", $"mechanisms[{m.Id}].parties[{p.Party}]", $"{p.Party} joined after {ended}.");
                    if (p.Until is { } u && p.Since is { } s && u.IsDefinitelyBefore(s)) Fail(ctx, "COOP3001", $"mechanisms[{m.Id}].parties[{p.Party}]", $"The participation of {p.Party} ends before it starts.");
                }

                foreach (var (o, i) in m.Outcomes.Select((o, i) => (o, i))) foreach (var party in o.Parties.Where(x => !m.HasParty(x))) Fail(ctx, "COOP2005", $"mechanisms[{m.Id}].outcomes[{i}]", $"The commitment names {party}, not a party.");
            });

            // Dates and cadence
            RuleFor(m => m).Custom((m, ctx) =>
            {
                var catalog = Catalog(ctx);
                var asOf = AsOf(ctx);
                if (m.Dissolved is { } dissolved && m.Established is { } established && dissolved.IsDefinitelyBefore(established)) Fail(ctx, "COOP3001", $"mechanisms[{m.Id}].dissolved", $"The mechanism {m.Id} ends before it starts.");
                var meetings = catalog.MeetingsOf(m.Id).ToList();
                foreach (var x in meetings)
                {
                    if (m.Established is { } est && (x.End ?? x.Start).IsDefinitelyBefore(est)) Fail(ctx, "COOP3002", $"meetings[{x.Id}].start", $"The meeting {x.Id} is before {m.Id} was established.");
                    if (m.Dissolved is { } dis && x.Start.IsDefinitelyAfter(dis)) Fail(ctx, "COOP3003", $"meetings[{x.Id}].start", $"The meeting {x.Id} is after {m.Id} was dissolved.");
                }

                if (m.Cadence is { IsPeriodic: true } && m.Status != MechanismStatus.Dormant)
                {
                    var assessment = CadenceSchedule.Assess(m, meetings, asOf);
                    if (assessment.NextPlanned is null && assessment.Status == CadenceStatus.Overdue) Fail(ctx, "COOP3006", $"mechanisms[{m.Id}].cadence", $"The mechanism {m.Id} is overdue: {assessment.Reason}");
                    if (assessment.NextPlanned is null && assessment.Status == CadenceStatus.Dormant) Fail(ctx, "COOP3007", $"mechanisms[{m.Id}].cadence", $"The mechanism {m.Id} looks dormant: {assessment.Reason}");
                }

                var ordinarySeen = false;
                var midTerm = false;
                foreach (var x in meetings.Where(x => x.Status != MeetingStatus.Cancelled))
                {
                    if (x.Kind == MeetingKind.Ordinary || x.Kind == MeetingKind.Inaugural)
                    {
                        ordinarySeen = true;
                        midTerm = false;
                    }
                    else if (x.Kind == MeetingKind.MidTerm)
                    {
                        if (!ordinarySeen || midTerm) Fail(ctx, "COOP3008", $"meetings[{x.Id}]", $"The mid-term meeting {x.Id} is not between two ordinary meetings.");
                        midTerm = true;
                    }
                }

                if (m.Dissolved is not null && m.Status != MechanismStatus.Dissolved && m.Status != MechanismStatus.Superseded) Fail(ctx, "COOP3009", $"mechanisms[{m.Id}].status", $"The mechanism {m.Id} has a dissolution date but is {m.Status}.");

                // Meetings and ordinals: series by kind, in ordinal order.
                foreach (var series in meetings.Where(x => x.Ordinal is not null && x.Status != MeetingStatus.Cancelled).GroupBy(x => x.Kind))
                {
                    var ordered = series.OrderBy(x => x.Ordinal).ThenBy(x => x.Start).ThenBy(x => x.Id).ToList();
                    foreach (var (a, b) in ordered.Zip(ordered.Skip(1)))
                    {
                        if (a.Ordinal == b.Ordinal) Fail(ctx, "COOP4001", $"meetings[{b.Id}].ordinal", $"The meetings {a.Id} and {b.Id} share the number {a.Ordinal}.");
                        if (b.Ordinal!.Value.Value - a.Ordinal!.Value.Value > 1) Fail(ctx, "COOP4003", $"meetings[{b.Id}].ordinal", $"The series jumps from {a.Ordinal} to {b.Ordinal}.");
                    }

                    foreach (var b in ordered)
                    {
                        var lower = ordered.Where(a => a.Ordinal < b.Ordinal).MaxBy(a => a.Start.Earliest);
                        if (lower is not null && (b.End ?? b.Start).IsDefinitelyBefore(lower.Start)) Fail(ctx, "COOP4002", $"meetings[{b.Id}].ordinal", $"The meeting {b.Id} is before {lower.Id}.");
                    }
                }

                foreach (var x in meetings)
                {
                    if (m.Scope == MechanismScope.Bilateral)
                    {
                        foreach (var (v, i) in x.Venues.Select((v, i) => (v, i)).Where(p => !m.HasParty(PartyRef.ForCountry(p.v.Country)))) Fail(ctx, "COOP4004", $"meetings[{x.Id}].venues[{i}]", $"The meeting {x.Id} took place in {v.Country}.");
                    }

                    foreach (var d in x.Delegations.Where(d => !m.HasParty(d.Party))) Fail(ctx, "COOP5003", $"meetings[{x.Id}].delegations[{d.Party}]", $"{d.Party} is not a party to {m.Id}.");
                }

                foreach (var (a, b) in meetings.Zip(meetings.Skip(1)).Where(p => p.First.Start == p.Second.Start && p.Second.Start.Precision == PartialDatePrecision.Day && p.First.Kind == p.Second.Kind && p.First.Id != p.Second.Id && p.First.Status != MeetingStatus.Cancelled && p.Second.Status != MeetingStatus.Cancelled))
                {
                    Fail(ctx, "COOP4005", $"meetings[{b.Id}]", $"The meetings {a.Id} and {b.Id} may be one.");
                }
            });

            // Presidencies
            RuleFor(m => m).Custom((m, ctx) =>
            {
                var terms = m.Presidencies;
                for (var i = 0; i < terms.Length; i++)
                {
                    var term = terms[i];
                    if (terms.Take(i).Any(t => Overlap(t.Term, term.Term))) Fail(ctx, "COOP6001", $"mechanisms[{m.Id}].presidencies[{i}]", $"The presidency of {term.Holder} overlaps another.");
                    if (m.Parties.LastOrDefault(p => p.Party == term.Holder)?.Status != ParticipationStatus.Member) Fail(ctx, "COOP6002", $"mechanisms[{m.Id}].presidencies[{i}]", $"{term.Holder} is not a member.");
                    var next = terms.Where(t => t != term && t.Term.Start.CompareTo(term.Term.Start) > 0).OrderBy(t => t.Term.Start).FirstOrDefault();
                    if (term.Term.End is { } end && next is not null && next.Term.Start.Earliest.ToDateOnly().DayNumber - end.Latest.ToDateOnly().DayNumber > 1) Fail(ctx, "COOP6003", $"mechanisms[{m.Id}].presidencies[{i}]", $"No one holds the presidency after {term.Holder}.");
                    if (m.Established is { } est && (term.Term.End ?? term.Term.Start).IsDefinitelyBefore(est)) Fail(ctx, "COOP6004", $"mechanisms[{m.Id}].presidencies[{i}]", "The presidency is before the mechanism.");
                    else if (m.Dissolved is { } dis && term.Term.Start.IsDefinitelyAfter(dis)) Fail(ctx, "COOP6004", $"mechanisms[{m.Id}].presidencies[{i}]", "The presidency is after the mechanism.");
                }
            });

            // Sources and text
            RuleFor(m => m.Sources).NotEmpty().WithErrorCode("COOP7002").WithSeverity(FluentValidation.Severity.Warning).WithMessage(m => $"The mechanism {m.Id} cites no source.");
            RuleFor(m => m.Name).Must(n => n.Has(Language.Spanish) && n.Has(Language.English)).WithErrorCode("COOP7003").WithSeverity(FluentValidation.Severity.Info).WithMessage(m => $"The name of {m.Id} is given in one language.");
        }

        private static bool Overlap(PartialDateRange a, PartialDateRange b)
        {
            var (first, second) = a.Start.CompareTo(b.Start) <= 0 ? (a, b) : (b, a);
            return first.End is not { } end || second.Start.IsDefinitelyBefore(end);
        }
    }

    private sealed class MeetingValidator : AbstractValidator<Meeting>
    {
        public MeetingValidator()
        {
            RuleFor(x => x.Mechanism)
                .Must((x, id, ctx) => Catalog(ctx).TryGetMechanism(id!.Value, out _))
                .When(x => x.Mechanism is not null)
                .WithErrorCode("COOP1002").WithMessage(x => $"The mechanism {x.Mechanism} is not in the catalog.");

            RuleFor(x => x).Custom((x, ctx) =>
            {
                var catalog = Catalog(ctx);
                foreach (var d in x.Delegations)
                {
                    if (d.Party.IsOrganization && !catalog.TryGetInstitution(d.Party.Organization, out _)) Fail(ctx, "COOP1003", $"meetings[{x.Id}].delegations[{d.Party}]", $"The organization {d.Party} is not in the catalog.");
                    foreach (var (p, i) in d.Participants.Select((p, i) => (p, i)).Where(p => p.p.Institution is { } inst && !catalog.TryGetInstitution(inst, out _))) Fail(ctx, "COOP1003", $"meetings[{x.Id}].delegations[{d.Party}].participants[{i}]", $"The institution {p.Institution} is not in the catalog.");
                }

                foreach (var (o, i) in x.Outcomes.Select((o, i) => (o, i))) foreach (var p in o.Parties.Where(p => p.IsOrganization && !catalog.TryGetInstitution(p.Organization, out _))) Fail(ctx, "COOP1003", $"meetings[{x.Id}].outcomes[{i}]", $"The organization {p} is not in the catalog.");
                foreach (var s in x.Sources.Where(s => !catalog.TryGetSource(s, out _))) Fail(ctx, "COOP1004", $"meetings[{x.Id}].sources[{s}]", $"The source {s} is not in the catalog.");

                Mechanism? mechanism = null;
                if (x.Mechanism is { } mid) catalog.TryGetMechanism(mid, out mechanism);
                foreach (var (o, i) in x.Outcomes.Select((o, i) => (o, i))) foreach (var p in o.Parties.Where(p => x.Delegations.All(d => d.Party != p) && mechanism?.HasParty(p) != true)) Fail(ctx, "COOP2005", $"meetings[{x.Id}].outcomes[{i}]", $"The commitment names {p}.");
            });

            RuleFor(x => x.End).Must((x, end) => !end!.Value.IsDefinitelyBefore(x.Start)).When(x => x.End is not null)
                .WithErrorCode("COOP3001").WithMessage(x => $"The meeting {x.Id} ends before it starts.");
            RuleFor(x => x.Start).Must((x, start, ctx) => start.Earliest <= AsOf(ctx)).When(x => x.Status == MeetingStatus.Held)
                .WithErrorCode("COOP3004").WithMessage(x => $"The meeting {x.Id} is held but starts in the future.");
            RuleFor(x => x.Status).Must((x, status, ctx) => (x.End ?? x.Start).Latest.ToDateOnly().DayNumber + BuiltInRules.PlannedMeetingGraceDays >= AsOf(ctx).ToDateOnly().DayNumber).When(x => x.Status == MeetingStatus.Planned)
                .WithErrorCode("COOP3005").WithSeverity(FluentValidation.Severity.Warning).WithMessage(x => $"The meeting {x.Id} is still planned long after its date.");

            // Delegations and roles
            RuleForEach(x => x.Delegations).Custom((d, ctx) =>
            {
                var x = (Meeting)ctx.InstanceToValidate;
                var catalog = Catalog(ctx);
                if (d.Participants.Length > 0 && !d.Participants.Any(p => p.Role == DelegationRole.HeadOfDelegation || p.Role == DelegationRole.CoChair)) Fail(ctx, "COOP5001", $"meetings[{x.Id}].delegations[{d.Party}]", $"The delegation of {d.Party} has no head.");
                if (d.Participants.Count(p => p.Role == DelegationRole.HeadOfDelegation) > 1) Fail(ctx, "COOP5002", $"meetings[{x.Id}].delegations[{d.Party}]", $"The delegation of {d.Party} has several heads.");
                for (var i = 1; i < d.Participants.Length; i++)
                {
                    if (d.Participants.Take(i).Any(p => SamePerson(p, d.Participants[i]))) Fail(ctx, "COOP5004", $"meetings[{x.Id}].delegations[{d.Party}].participants[{i}]", $"{d.Participants[i].Person} appears twice.");
                }

                if (d.Party.IsCountry)
                {
                    foreach (var (p, i) in d.Participants.Select((p, i) => (p, i)))
                    {
                        if (p.Institution is { } inst && catalog.TryGetInstitution(inst, out var institution) && !institution.IsInternational && institution.Country != d.Party.Country) Fail(ctx, "COOP5005", $"meetings[{x.Id}].delegations[{d.Party}].participants[{i}]", $"{p.Person} is from another country's institution.");
                    }
                }

                var index = x.Delegations.IndexOf(d);
                foreach (var (p, i) in d.Participants.Select((p, i) => (p, i)).Where(p => x.Delegations.Take(index).Any(other => other.Participants.Any(o => SamePerson(o, p.p)))))
                {
                    Fail(ctx, "COOP5006", $"meetings[{x.Id}].delegations[{d.Party}].participants[{i}]", $"{p.Person} is in two delegations.");
                }
            });

            // Sources and text
            RuleFor(x => x.Sources).NotEmpty().When(x => x.Status == MeetingStatus.Held).WithErrorCode("COOP7001").WithSeverity(FluentValidation.Severity.Warning).WithMessage(x => $"The meeting {x.Id} cites no source.");
            RuleFor(x => x.Title!.Value).Must(t => t.Has(Language.Spanish) && t.Has(Language.English)).When(x => x.Title is not null).WithErrorCode("COOP7003").WithSeverity(FluentValidation.Severity.Info).WithMessage(x => $"The title of {x.Id} is given in one language.");
            RuleForEach(x => x.Sources)
                .Must((x, id, ctx) => !(Catalog(ctx).TryGetSource(id, out var s) && s.Date is { } date && date.IsDefinitelyBefore(x.Start)))
                .When(x => x.Status == MeetingStatus.Held)
                .WithErrorCode("COOP7004").WithSeverity(FluentValidation.Severity.Warning).WithMessage((x, id) => $"The meeting {x.Id} cites {id}, dated before it.");
        }

        private static bool SamePerson(Participant a, Participant b)
            => a.Person is { } first && b.Person is { } second && (a.PersonId is { } x && b.PersonId is { } y ? x == y : first == second);
    }
}
