using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace Cooperation.Domain.Rules;

/// <summary>
/// An immutable set of rules, one per ID, ordered by ID: the built-ins (<see cref="Default"/>), a category of them, a
/// single rule, or the built-ins plus your own.
/// </summary>
/// <example>
/// <code>
/// var presidencies = RuleSet.Default.Only(RuleCategory.Presidencies);
/// var withMine = RuleSet.Default.Add(new MyRule());
/// var report = Validator.Validate(catalog, ValidationOptions.Default.WithRules(withMine));
/// </code>
/// </example>
public sealed class RuleSet
{
    private readonly FrozenDictionary<string, ICatalogRule> _byId;

    private RuleSet(IEnumerable<ICatalogRule> rules)
    {
        var array = rules.ToArray();
        foreach (var rule in array)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (rule.Descriptor is null)
            {
                throw new ArgumentException($"The rule {rule.GetType().Name} has no descriptor.", nameof(rules));
            }
        }

        Array.Sort(array, static (a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        for (var i = 1; i < array.Length; i++)
        {
            if (string.Equals(array[i - 1].Descriptor.Id, array[i].Descriptor.Id, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Two rules have the ID {array[i].Descriptor.Id} ({array[i - 1].GetType().Name} and {array[i].GetType().Name}).", nameof(rules));
            }
        }

        Rules = ImmutableArray.Create(array);
        _byId = Rules.ToFrozenDictionary(static r => r.Descriptor.Id, StringComparer.Ordinal);
    }

    /// <summary>Every built-in rule (<see cref="BuiltInRules"/>).</summary>
    public static RuleSet Default => BuiltInRules.All;

    /// <summary>No rules.</summary>
    public static RuleSet Empty { get; } = new([]);

    /// <summary>The rules, ordered by ID.</summary>
    public ImmutableArray<ICatalogRule> Rules { get; }

    /// <summary>The rules' descriptors, ordered by ID.</summary>
    public IEnumerable<RuleDescriptor> Descriptors => Rules.Select(static r => r.Descriptor);

    /// <summary>The number of rules.</summary>
    public int Count => Rules.Length;

    /// <summary>A rule set of <paramref name="rules"/>.</summary>
    /// <param name="rules">The rules; no two with one ID.</param>
    /// <exception cref="ArgumentException">Two rules share an ID, or a rule is null.</exception>
    public static RuleSet Create(IEnumerable<ICatalogRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return new RuleSet(rules);
    }

    /// <summary>True when the set holds a rule with <paramref name="id"/>.</summary>
    /// <param name="id">A rule ID.</param>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>Finds a rule by ID.</summary>
    /// <param name="id">A rule ID.</param>
    /// <param name="rule">The rule, when the result is true.</param>
    public bool TryGetRule(string id, [NotNullWhen(true)] out ICatalogRule? rule)
    {
        if (id is null)
        {
            rule = null;
            return false;
        }

        return _byId.TryGetValue(id, out rule);
    }

    /// <summary>This set plus <paramref name="rule"/>.</summary>
    /// <param name="rule">A rule whose ID is not in the set yet.</param>
    /// <exception cref="ArgumentException">The set already has a rule with that ID.</exception>
    public RuleSet Add(ICatalogRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleSet(Rules.Add(rule));
    }

    /// <summary>The rules of this set with the given IDs.</summary>
    /// <param name="ids">Rule IDs, each in this set.</param>
    /// <exception cref="ArgumentException">An ID is not in this set; the message names it.</exception>
    public RuleSet Only(params ReadOnlySpan<string> ids)
    {
        var chosen = new List<ICatalogRule>(ids.Length);
        foreach (var id in ids)
        {
            chosen.Add(TryGetRule(id, out var rule) ? rule : throw new ArgumentException($"The rule set has no rule {id}.", nameof(ids)));
        }

        return new RuleSet(chosen.Distinct());
    }

    /// <summary>The rules of this set in <paramref name="category"/>.</summary>
    /// <param name="category">The category.</param>
    public RuleSet Only(RuleCategory category) => new(Rules.Where(r => r.Descriptor.Category == category));

    /// <summary>This set without the rules with the given IDs.</summary>
    /// <param name="ids">Rule IDs, each in this set.</param>
    /// <exception cref="ArgumentException">An ID is not in this set.</exception>
    public RuleSet Without(params ReadOnlySpan<string> ids)
    {
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            removed.Add(Contains(id) ? id : throw new ArgumentException($"The rule set has no rule {id}.", nameof(ids)));
        }

        return new RuleSet(Rules.Where(r => !removed.Contains(r.Descriptor.Id)));
    }

    /// <summary>The number of rules and the first and last ID.</summary>
    public override string ToString() => Rules.IsEmpty ? "0 rules" : $"{Count} rules, {Rules[0].Descriptor.Id}..{Rules[^1].Descriptor.Id}";
}
