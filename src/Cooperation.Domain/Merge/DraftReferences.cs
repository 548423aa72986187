using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// The identifiers of a draft's entities in the merged catalog (the catalog's, for an entity reused under another
/// identifier), and the rewriting of every reference in a draft's entity to them. A reference to an entity that neither
/// the draft nor the catalog has is refused: the merged catalog would refer to nothing.
/// </summary>
internal sealed class DraftReferences(CooperationCatalog catalog)
{
    private readonly Dictionary<string, string>[] _maps = [new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Records that the draft's entity <paramref name="draftId"/> is <paramref name="mergedId"/> in the merged catalog.</summary>
    public void Map(CatalogEntityKind kind, string draftId, string mergedId) => _maps[(int)kind][draftId] = mergedId;

    /// <summary>The identifier in the merged catalog of a reference written in the draft, or null when nothing has it.</summary>
    public string? Resolve(CatalogEntityKind kind, string id)
    {
        if (_maps[(int)kind].TryGetValue(id, out var merged))
        {
            return merged;
        }

        var known = kind switch
        {
            CatalogEntityKind.Source => SourceId.TryParse(id, out var s) && catalog.TryGetSource(s, out _),
            CatalogEntityKind.Institution => InstitutionId.TryParse(id, out var i) && catalog.TryGetInstitution(i, out _),
            CatalogEntityKind.Person => PersonId.TryParse(id, out var p) && catalog.TryGetPerson(p, out _),
            CatalogEntityKind.Mechanism => MechanismId.TryParse(id, out var m) && catalog.TryGetMechanism(m, out _),
            _ => MeetingId.TryParse(id, out var g) && catalog.TryGetMeeting(g, out _),
        };
        return known ? id : null;
    }

    /// <summary>
    /// Rewrites the references in <paramref name="entity"/> (the canonical JSON of a draft's entity of
    /// <paramref name="kind"/>, found at <paramref name="path"/>); true when one changed. Throws for a reference to
    /// nothing, through <paramref name="unknown"/>.
    /// </summary>
    public bool Rewrite(JsonObject entity, CatalogEntityKind kind, string path, Func<string, CatalogEntityKind, string, Exception> unknown)
        => RewriteObject(entity, kind, path, top: true, unknown);

    private bool RewriteObject(JsonObject item, CatalogEntityKind root, string path, bool top, Func<string, CatalogEntityKind, string, Exception> unknown)
    {
        var changed = false;
        foreach (var (name, value) in new List<KeyValuePair<string, JsonNode?>>(item))
        {
            var at = MergePath.Member(path, name);
            if (top && name == "id")
            {
                continue;
            }

            if (Target(name, root, top) is { } kind && value is not JsonObject && !(value is JsonArray { Count: > 0 } list && list[0] is JsonObject))
            {
                changed |= RewriteValue(item, name, value, kind, at, unknown);
            }
            else if (value is JsonObject inner)
            {
                changed |= RewriteObject(inner, root, at, top: false, unknown);
            }
            else if (value is JsonArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonObject element)
                    {
                        changed |= RewriteObject(element, root, MergePath.Element(at, element, i), top: false, unknown);
                    }
                }
            }
        }

        return changed;
    }

    // A string, or an array of strings, of identifiers of one kind; party references name an institution only when
    // they are not a country code (upper case).
    private bool RewriteValue(JsonObject item, string name, JsonNode? value, CatalogEntityKind kind, string path, Func<string, CatalogEntityKind, string, Exception> unknown)
    {
        var party = name is "party" or "parties" or "holder";
        string? Map(string id, string at)
        {
            if (party && (id.Length == 0 || !char.IsAsciiLetterLower(id[0])))
            {
                return null;
            }

            var merged = Resolve(kind, id) ?? throw unknown(at, kind, id);
            return string.Equals(merged, id, StringComparison.Ordinal) ? null : merged;
        }

        if (value is JsonValue single && single.TryGetValue<string>(out var text))
        {
            if (Map(text, path) is { } merged)
            {
                item[name] = merged;
                return true;
            }

            return false;
        }

        var changed = false;
        if (value is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonValue element && element.TryGetValue<string>(out var id) && Map(id, path) is { } merged)
                {
                    array[i] = merged;
                    changed = true;
                }
            }
        }

        return changed;
    }

    // The kind of entity a member refers to, from its name (and, for "parent", from the entity it is in).
    private static CatalogEntityKind? Target(string member, CatalogEntityKind root, bool top) => member switch
    {
        "source" => CatalogEntityKind.Source,
        "issuers" or "institution" or "mentions" or "party" or "parties" or "holder" => CatalogEntityKind.Institution,
        "personId" or "speaker" => CatalogEntityKind.Person,
        "mechanism" or "predecessor" or "successor" => CatalogEntityKind.Mechanism,
        "meeting" or "presentedAt" or "event" => CatalogEntityKind.Meeting,
        "parent" when top => root == CatalogEntityKind.Institution ? CatalogEntityKind.Institution : CatalogEntityKind.Mechanism,
        _ => null,
    };
}
