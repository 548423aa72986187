using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// The entities of a draft that share what a match goes by (a spelling, an acronym, a name, an archived copy, an
/// ordinal, overlapping dates) with another entity of the same draft: the draft names one thing twice, so neither is
/// matched to the catalog by it. Were one matched and the other added, merging the draft again would find two
/// candidates where the first merge found one. Linear in the draft (meetings: sorted once by date).
/// </summary>
internal sealed class DraftCollisions
{
    private readonly HashSet<(CatalogEntityKind, string)> _colliding = [];

    public DraftCollisions(CooperationCatalog draft, Func<Meeting, MechanismId?> mechanismOf)
    {
        Collect(CatalogEntityKind.Source, draft.Sources, static s => s.Id.Value, static s => EntityMatcher.CopyKeys(s).Select(static k => k.Item1));
        Collect(CatalogEntityKind.Institution, draft.Institutions, static i => i.Id.Value, static i => EntityMatcher.InstitutionKeys(i).Select(static k => k.Item1));
        Collect(CatalogEntityKind.Person, draft.People, static p => p.Id.Value, static p => EntityMatcher.Spellings(p).Select(CooperationCatalog.SpellingKey).OfType<string>());

        // Mechanisms with the same parties: one with other parties is another mechanism (GANSEF with Guatemala, with Belize).
        Collect(CatalogEntityKind.Mechanism, draft.Mechanisms, static m => m.Id.Value, static m =>
        {
            var parties = string.Join(",", m.Parties.Select(static p => p.Party.ToString()).Order(StringComparer.Ordinal));
            return EntityMatcher.MechanismKeys(m).Select(k => k.Item1 + "|" + parties);
        });
        Collect(CatalogEntityKind.Meeting, draft.Meetings, static m => m.Id.Value, m => mechanismOf(m) is { } id && m.Ordinal is { } o ? [id.Value + "|" + o.ToString()] : []);
        Overlapping(draft.Meetings, mechanismOf);
    }

    /// <summary>True when the draft's entity shares a key with another of the draft's.</summary>
    public bool Contains(CatalogEntityKind kind, string id) => _colliding.Contains((kind, id));

    private void Collect<T>(CatalogEntityKind kind, IEnumerable<T> entities, Func<T, string> id, Func<T, IEnumerable<string>> keys)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var own = id(entity);
            foreach (var key in keys(entity).Distinct(StringComparer.Ordinal))
            {
                if (owners.TryGetValue(key, out var other) && !string.Equals(other, own, StringComparison.Ordinal))
                {
                    _colliding.Add((kind, other));
                    _colliding.Add((kind, own));
                }
                else
                {
                    owners[key] = own;
                }
            }
        }
    }

    // Meetings of one mechanism and kind whose dates may overlap, one of them unnumbered: a sweep in date order.
    private void Overlapping(IEnumerable<Meeting> meetings, Func<Meeting, MechanismId?> mechanismOf)
    {
        var groups = meetings.Where(m => mechanismOf(m) is not null).GroupBy(m => (mechanismOf(m)!.Value.Value, m.Kind.Name));
        foreach (var group in groups)
        {
            Meeting? reach = null;
            foreach (var meeting in group.OrderBy(static m => m.Start.Earliest))
            {
                if (reach is not null && meeting.Start.Earliest <= (reach.End ?? reach.Start).Latest && (meeting.Ordinal is null || reach.Ordinal is null))
                {
                    _colliding.Add((CatalogEntityKind.Meeting, reach.Id.Value));
                    _colliding.Add((CatalogEntityKind.Meeting, meeting.Id.Value));
                }

                if (reach is null || (meeting.End ?? meeting.Start).Latest > (reach.End ?? reach.Start).Latest)
                {
                    reach = meeting;
                }
            }
        }
    }
}
