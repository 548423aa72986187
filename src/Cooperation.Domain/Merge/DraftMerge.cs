using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// One draft merged into a catalog: each of its entities found in the catalog (or not), its references rewritten to
/// the merged catalog's identifiers, then added or merged member by member (<see cref="EntityJsonMerge"/>).
/// </summary>
internal sealed class DraftMerge(CooperationCatalog catalog, CooperationCatalog draft, int index, CatalogDocument? document, MergePreference preference,
    List<MergedEntity> entities, List<MergeConflict> conflicts)
{
    private readonly DraftReferences _references = new(catalog);
    private readonly List<Plan> _plans = [];
    private DraftCollisions? _collisions;

    public CooperationCatalog Run()
    {
        var matcher = new EntityMatcher(catalog);
        _collisions = new DraftCollisions(draft, MechanismOf);

        // 1. Each entity found in the catalog, kinds in the order their references need: a mechanism's parties name
        // institutions, a meeting's mechanism is a mechanism.
        foreach (var source in draft.Sources)
        {
            Resolve(CatalogEntityKind.Source, source, source.Id.Value, matcher.Find(source), static s => s.Id.Value);
        }

        foreach (var institution in draft.Institutions)
        {
            Resolve(CatalogEntityKind.Institution, institution, institution.Id.Value, matcher.Find(institution), static i => i.Id.Value);
        }

        foreach (var person in draft.People)
        {
            Resolve(CatalogEntityKind.Person, person, person.Id.Value, matcher.Find(person), static p => p.Id.Value);
        }

        foreach (var mechanism in draft.Mechanisms)
        {
            Resolve(CatalogEntityKind.Mechanism, mechanism, mechanism.Id.Value, matcher.Find(mechanism, [.. MergedParties(mechanism)]), static m => m.Id.Value);
        }

        foreach (var meeting in draft.Meetings)
        {
            Resolve(CatalogEntityKind.Meeting, meeting, meeting.Id.Value, matcher.Find(meeting, MechanismOf(meeting)), static m => m.Id.Value);
        }

        // 2. Every reference rewritten (and checked) before anything is merged.
        foreach (var plan in _plans)
        {
            plan.Json = JsonNode.Parse(Write(plan.Entity))!.AsObject();
            plan.Rewritten = _references.Rewrite(plan.Json, plan.Kind, CatalogDiff.EntityPath(plan.Kind, plan.DraftId, 1), UnknownReference);
        }

        // 3. Added, or merged into the catalog's entity.
        var merges = new Dictionary<(CatalogEntityKind, string), (EntityJsonMerge Merge, List<int> Entities, List<int> Conflicts)>();
        var builder = catalog.ToBuilder();
        foreach (var plan in _plans)
        {
            if (plan.Found is null)
            {
                if (plan.Ambiguity is { } ambiguity)
                {
                    conflicts.Add(ambiguity);
                }

                AddOrReplace(builder, plan.Rewritten ? Read(plan.Kind, plan.Json!) : plan.Entity);
                entities.Add(new MergedEntity(index, plan.Kind, plan.DraftId, plan.DraftId, MergeOutcome.Added, MergeMatch.None, []));
                continue;
            }

            var key = (plan.Kind, plan.MergedId);
            if (!merges.TryGetValue(key, out var target))
            {
                var json = JsonNode.Parse(Write(plan.Found))!.AsObject();
                merges[key] = target = (new EntityJsonMerge(json, plan.Kind, plan.MergedId, preference), [], []);
            }

            var (additions, tookDraft, found) = target.Merge.Merge(plan.Json!, index);
            target.Entities.Add(entities.Count);
            entities.Add(new MergedEntity(index, plan.Kind, plan.DraftId, plan.MergedId, additions.Length > 0 || tookDraft ? MergeOutcome.Enriched : MergeOutcome.Reused, plan.Match, additions));
            foreach (var conflict in found)
            {
                target.Conflicts.Add(conflicts.Count);
                conflicts.Add(conflict);
            }
        }

        // 4. Each entity changed is read back, which validates it as its constructor does.
        foreach (var ((kind, id), (merge, merged, found)) in merges)
        {
            if (!merge.Changed)
            {
                continue;
            }

            try
            {
                AddOrReplace(builder, Read(kind, merge.Target));
            }
            catch (CooperationJsonException e)
            {
                KeepAsItWas(kind, id, merged, found, e);
            }
        }

        return builder.Build();
    }

    // The meeting's mechanism in the merged catalog (before the mechanisms are resolved, the draft's own).
    private MechanismId? MechanismOf(Meeting meeting)
        => meeting.Mechanism is { } m && _references.Resolve(CatalogEntityKind.Mechanism, m.Value) is { } merged ? MechanismId.Parse(merged, null) : meeting.Mechanism;

    private IEnumerable<PartyRef> MergedParties(Mechanism mechanism)
    {
        foreach (var membership in mechanism.Parties)
        {
            var party = membership.Party;
            yield return party.IsOrganization && _references.Resolve(CatalogEntityKind.Institution, party.Organization.Value) is { } merged
                ? PartyRef.ForOrganization(InstitutionId.Parse(merged, null))
                : party;
        }
    }

    private void Resolve<T>(CatalogEntityKind kind, T entity, string draftId, EntityMatch<T> match, Func<T, string> id)
        where T : class
    {
        if (match.Found is { } single && match.By != MergeMatch.Identifier && _collisions!.Contains(kind, draftId))
        {
            // Another entity of the draft goes by the same: neither is taken for the catalog's.
            match = new EntityMatch<T>(null, match.By, [single], match.What, SharedInDraft: true);
        }

        var mergedId = match.Found is { } found ? id(found) : draftId;
        _references.Map(kind, draftId, mergedId);
        MergeConflict? ambiguity = null;
        if (match.IsAmbiguous)
        {
            var candidates = new JsonArray();
            foreach (var candidate in match.Candidates)
            {
                candidates.Add((JsonNode)JsonValue.Create(id(candidate)));
            }

            var what = JsonValue.Create(match.What ?? draftId);
            var list = EntityJsonMerge.Compact(candidates);
            ambiguity = new MergeConflict(index, MergeConflictKind.AmbiguousMatch, kind, draftId, CatalogDiff.EntityPath(kind, draftId, 1), list, EntityJsonMerge.Compact(what), [],
                CitationsOf(entity), MergeResolution.KeptCatalog,
                match.SharedInDraft
                    ? $"The draft's {CatalogDiff.NameOf(kind)} {draftId} matches the catalog's {list} by {Describe(match.By)}, but another {CatalogDiff.NameOf(kind)} of the draft goes by the same {Describe(match.By)}; it was added under its own identifier. Give it the identifier of the one it is, or leave it apart."
                    : $"The draft's {CatalogDiff.NameOf(kind)} {draftId} matches {match.Candidates.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)} of the catalog's by {Describe(match.By)} ({list}); it was added under its own identifier. Give it the identifier of the one it is, or leave it apart.");
        }

        _plans.Add(new Plan(kind, entity, draftId, mergedId, match.Found, match.By, ambiguity));
    }

    private static string Describe(MergeMatch match) => match switch
    {
        MergeMatch.Spelling => "spelling",
        MergeMatch.Acronym => "acronym",
        MergeMatch.Name => "name",
        MergeMatch.Archive => "archived copy or URL",
        MergeMatch.Ordinal => "ordinal",
        _ => "dates",
    };

    private static ImmutableArray<Citation> CitationsOf(object entity) => entity switch
    {
        Source s => s.Citations,
        Institution i => i.Citations,
        Person p => p.Citations,
        Mechanism m => m.Citations,
        Meeting g => g.Citations,
        _ => [],
    };

    private Exception UnknownReference(string path, CatalogEntityKind kind, string id)
        => new CatalogMergeException(
            $"{path} refers to the {CatalogDiff.NameOf(kind)} {id}, which neither the draft nor the catalog has; add it to the draft, or correct the reference.",
            index, document?.Name, path, document?.LineOf(path));

    // The additions of every draft's entity merged into it are dropped, conflicts settled for the draft are not
    // applied, and one more conflict says why.
    private void KeepAsItWas(CatalogEntityKind kind, string id, List<int> merged, List<int> found, CooperationJsonException error)
    {
        foreach (var i in merged)
        {
            var e = entities[i];
            entities[i] = new MergedEntity(e.Draft, e.Kind, e.DraftId, e.Id, MergeOutcome.Reused, e.MatchedBy, []);
        }

        foreach (var i in found)
        {
            var c = conflicts[i];
            if (c.Resolution == MergeResolution.TookDraft)
            {
                conflicts[i] = new MergeConflict(c.Draft, c.Kind, c.EntityKind, c.EntityId, c.Path, c.CatalogValue, c.DraftValue, c.CatalogCitations, c.DraftCitations,
                    MergeResolution.KeptCatalog, c.Message.Replace("the draft's was taken", "the catalog's was kept: the entity cannot take the draft's additions", StringComparison.Ordinal));
            }
        }

        var path = CatalogDiff.EntityPath(kind, id, 1);
        conflicts.Add(new MergeConflict(index, MergeConflictKind.Invalid, kind, id, path, null, null, [], [], MergeResolution.KeptCatalog,
            $"The draft's additions would make {path} invalid, so it was kept as it was: {error.Reason}"));
    }

    // The builder holds the catalog's entities: one the draft adds has an identifier it does not have yet.
    private static void AddOrReplace(CatalogBuilder builder, object entity)
    {
        switch (entity)
        {
            case Source s:
                builder.AddOrReplace(s);
                break;
            case Institution i:
                builder.AddOrReplace(i);
                break;
            case Person p:
                builder.AddOrReplace(p);
                break;
            case Mechanism m:
                builder.AddOrReplace(m);
                break;
            default:
                builder.AddOrReplace((Meeting)entity);
                break;
        }
    }

    private static object Read(CatalogEntityKind kind, JsonObject json)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            json.WriteTo(writer);
        }

        var bytes = buffer.WrittenSpan;
        return kind switch
        {
            CatalogEntityKind.Source => CooperationJson.Read<Source>(bytes),
            CatalogEntityKind.Institution => CooperationJson.Read<Institution>(bytes),
            CatalogEntityKind.Person => CooperationJson.Read<Person>(bytes),
            CatalogEntityKind.Mechanism => CooperationJson.Read<Mechanism>(bytes),
            _ => CooperationJson.Read<Meeting>(bytes),
        };
    }

    private static byte[] Write(object entity) => entity switch
    {
        Source s => CooperationJson.Write(s),
        Institution i => CooperationJson.Write(i),
        Person p => CooperationJson.Write(p),
        Mechanism m => CooperationJson.Write(m),
        _ => CooperationJson.Write((Meeting)entity),
    };

    private sealed class Plan(CatalogEntityKind kind, object entity, string draftId, string mergedId, object? found, MergeMatch match, MergeConflict? ambiguity)
    {
        public CatalogEntityKind Kind { get; } = kind;

        public object Entity { get; } = entity;

        public string DraftId { get; } = draftId;

        public string MergedId { get; } = mergedId;

        public object? Found { get; } = found;

        public MergeMatch Match { get; } = match;

        public MergeConflict? Ambiguity { get; } = ambiguity;

        public JsonObject? Json { get; set; }

        public bool Rewritten { get; set; }
    }
}
