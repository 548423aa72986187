using System.Collections.Immutable;

namespace Cooperation.Domain.Rules;

/// <summary>A check of the whole catalog (duplicates, cycles, citations).</summary>
internal delegate void CatalogCheck(in RuleContext context);

/// <summary>A check of one source.</summary>
internal delegate void SourceCheck(in RuleContext context, Source source);

/// <summary>A check of one institution.</summary>
internal delegate void InstitutionCheck(in RuleContext context, Institution institution);

/// <summary>A check of one mechanism, with its meetings in date order (none for a repeated identifier, whose meetings belong to the first).</summary>
internal delegate void MechanismCheck(in RuleContext context, Mechanism mechanism, ImmutableArray<Meeting> meetings);

/// <summary>A check of one series of a mechanism: its numbered meetings of one kind, in ordinal order.</summary>
internal delegate void SeriesCheck(in RuleContext context, Mechanism mechanism, System.ReadOnlySpan<Meeting> series);

/// <summary>A check of one mechanism's cadence, with the schedule arithmetic the walk did once for all such checks.</summary>
internal delegate void CadenceCheck(in RuleContext context, Mechanism mechanism, in CadenceEvaluation evaluation);

/// <summary>A check of one meeting, with its mechanism when the catalog has it and its delegations and participants as rows of the catalog's <see cref="AttendanceTable"/>.</summary>
internal delegate void MeetingCheck(in RuleContext context, Meeting meeting, Mechanism? mechanism, in Attendance attendance);

/// <summary>
/// A built-in rule: a descriptor and the checks it makes, per entity or over the whole catalog. The validator runs
/// all enabled built-in rules in one walk over the catalog (<see cref="CatalogWalk"/>), so that a large catalog is
/// read from memory once rather than once per rule; run on its own, a rule walks the catalog by itself.
/// </summary>
internal sealed class BuiltInRule(RuleDescriptor descriptor) : ICatalogRule
{
    public RuleDescriptor Descriptor { get; } = descriptor;

    public CatalogCheck? Catalog { get; init; }

    public SourceCheck? Source { get; init; }

    public InstitutionCheck? Institution { get; init; }

    public MechanismCheck? Mechanism { get; init; }

    public MeetingCheck? Meeting { get; init; }

    public CadenceCheck? Cadence { get; init; }

    public SeriesCheck? Series { get; init; }

    public void Analyze(in RuleContext context) => CatalogWalk.Run(context.Catalog, [(this, context)]);

    public override string ToString() => Descriptor.ToString();
}
