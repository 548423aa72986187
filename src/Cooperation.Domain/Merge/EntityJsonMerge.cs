using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cooperation.Domain.Diff;

namespace Cooperation.Domain.Merge;

/// <summary>
/// Merges drafts' entities into the canonical JSON of one entity of the catalog, member by member (docs/merge.md):
/// what the catalog lacks is added, what both have alike is left, what differs is a conflict, settled by the
/// preference. Each call of <see cref="Merge"/> reports the additions and conflicts of one draft's entity.
/// </summary>
internal sealed class EntityJsonMerge
{
    private readonly MergePreference _preference;
    private readonly CatalogEntityKind _kind;
    private readonly string _id;
    private readonly string _path;
    private readonly List<MergeAddition> _additions = [];
    private readonly List<MergeConflict> _conflicts = [];
    private int _draft;
    private bool _tookDraft;

    public EntityJsonMerge(JsonObject target, CatalogEntityKind kind, string id, MergePreference preference)
    {
        Target = target;
        _kind = kind;
        _id = id;
        _path = CatalogDiff.EntityPath(kind, id, 1);
        _preference = preference;
    }

    /// <summary>The entity's JSON, with everything merged into it so far.</summary>
    public JsonObject Target { get; }

    /// <summary>True when any draft added to the entity or replaced one of its values.</summary>
    public bool Changed { get; private set; }

    /// <summary>Merges one draft's entity (its references already rewritten) into <see cref="Target"/>.</summary>
    /// <returns>What it added, whether it replaced a value, and its conflicts.</returns>
    public (ImmutableArray<MergeAddition> Additions, bool TookDraft, ImmutableArray<MergeConflict> Conflicts) Merge(JsonObject draft, int draftIndex)
    {
        _draft = draftIndex;
        _additions.Clear();
        _conflicts.Clear();
        _tookDraft = false;
        MergeObject(Target, draft, _path, Shape.Entity, default);
        Changed |= _additions.Count > 0 || _tookDraft;
        return ([.. _additions], _tookDraft, [.. _conflicts]);
    }

    /// <summary>Compact JSON text of a value, with text of the Basic Multilingual Plane unescaped, as the diff writes values.</summary>
    public static string Compact(JsonNode? value)
    {
        if (value is null)
        {
            return "null";
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonTreeDiff.CompactWriter))
        {
            value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The citations of a JSON array of citations (<c>[{"source", "quote"}]</c>).</summary>
    public static ImmutableArray<Citation> CitationsOf(JsonNode? citations)
    {
        if (citations is not JsonArray array || array.Count == 0)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Citation>(array.Count);
        foreach (var element in array)
        {
            if (element is JsonObject citation && citation["source"] is JsonValue source && source.TryGetValue<string>(out var id) && SourceId.TryParse(id, out var sourceId))
            {
                result.Add(new Citation(sourceId, citation["quote"] is JsonValue quote && quote.TryGetValue<string>(out var text) ? text : null));
            }
        }

        return result.DrainToImmutable();
    }

    private void MergeObject(JsonObject target, JsonObject draft, string path, Shape shape, Support outer)
    {
        // The citations nearest to a value support it: the object's own, or those of an object around it.
        var support = new Support(
            target["citations"] is JsonArray { Count: > 0 } ours ? ours : outer.Catalog,
            draft["citations"] is JsonArray { Count: > 0 } theirs ? theirs : outer.Draft);
        if (shape == Shape.Entity && _kind == CatalogEntityKind.Person)
        {
            MergeSpellings(target, draft, path);
        }
        else if (shape == Shape.Entity && _kind == CatalogEntityKind.Institution)
        {
            MergeAcronyms(target, draft, path);
        }

        foreach (var (name, value) in new List<KeyValuePair<string, JsonNode?>>(draft))
        {
            if (value is null || name == "citations" || (shape == Shape.Entity && (name == "id" || IsSpecial(name))))
            {
                continue;
            }

            MergeMember(target, name, value, MergePath.Member(path, name), shape, support);
        }

        // Last, so that conflicts above quote the catalog's citations as they were.
        if (draft["citations"] is JsonArray citations)
        {
            MergeMember(target, "citations", citations, MergePath.Member(path, "citations"), shape, support);
        }
    }

    private bool IsSpecial(string name) => _kind switch
    {
        CatalogEntityKind.Person => name is "name" or "otherNames",
        CatalogEntityKind.Institution => name is "spanishAcronym" or "englishAcronym" or "otherAcronyms",
        _ => false,
    };

    private void MergeMember(JsonObject target, string name, JsonNode value, string path, Shape shape, Support support)
    {
        if (!target.TryGetPropertyValue(name, out var ours) || ours is null)
        {
            target[name] = value.DeepClone();
            Added(path, value);
            return;
        }

        if (JsonNode.DeepEquals(ours, value))
        {
            return;
        }

        if (shape == Shape.Participant && name == "person")
        {
            // Another spelling of the same person (matched by identifier or spelling): the participant keeps the
            // catalog's, and the person's record gains the draft's with the person.
            return;
        }

        if (IsLocalizedText(ours) && IsLocalizedText(value))
        {
            MergeLocalizedText((JsonObject)ours, (JsonObject)value, path, support);
        }
        else if (ours is JsonArray ourArray && value is JsonArray theirArray)
        {
            MergeArray(target, name, ourArray, theirArray, path, support);
        }
        else
        {
            Conflict(path, ours, value, support, () => target[name] = value.DeepClone());
        }
    }

    // Languages the catalog lacks are added; another text in a language both have is one conflict for the member.
    private void MergeLocalizedText(JsonObject ours, JsonObject theirs, string path, Support support)
    {
        var before = Compact(ours);
        var differing = new List<(string, JsonNode)>();
        foreach (var (language, text) in new List<KeyValuePair<string, JsonNode?>>(theirs))
        {
            if (text is null)
            {
                continue;
            }

            if (!ours.TryGetPropertyValue(language, out var mine) || mine is null)
            {
                ours[language] = text.DeepClone();
                Added(MergePath.Member(path, language), text);
            }
            else if (!JsonNode.DeepEquals(mine, text))
            {
                differing.Add((language, text));
            }
        }

        if (differing.Count > 0)
        {
            Conflict(path, before, Compact(theirs), support, () =>
            {
                foreach (var (language, text) in differing)
                {
                    ours[language] = text.DeepClone();
                }
            });
        }
    }

    private void MergeArray(JsonObject target, string name, JsonArray ours, JsonArray theirs, string path, Support support)
    {
        if (name == "venues" && ours.Count > 0)
        {
            // Another place is a contradiction: each of the draft's venues must be one of the catalog's (the same
            // country, and a city and place that do not differ in a language both give), which it may complete.
            var pairs = new List<(JsonObject Mine, JsonObject Other, int Index)>();
            foreach (var venue in theirs)
            {
                var index = venue is JsonObject other ? FindBy(ours, mine => SamePlace(mine, other)) : -1;
                if (index < 0)
                {
                    Conflict(path, ours, theirs, support, () => target[name] = theirs.DeepClone());
                    return;
                }

                pairs.Add(((JsonObject)ours[index]!, (JsonObject)venue!, index));
            }

            foreach (var (mine, other, index) in pairs)
            {
                MergeObject(mine, other, MergePath.Element(path, mine, index), Shape.Other, support);
            }

            return;
        }

        var shape = name switch
        {
            "delegations" => Shape.Delegation,
            "participants" => Shape.Participant,
            "outcomes" => Shape.Outcome,
            "statements" => Shape.Statement,
            _ => Shape.Other,
        };
        foreach (var element in theirs)
        {
            if (element is null)
            {
                continue;
            }

            var index = Find(ours, element, name);
            if (index < 0)
            {
                ours.Add(element.DeepClone());
                Added(MergePath.Element(path, element, ours.Count - 1), element);
            }
            else if (ours[index] is JsonObject mine && element is JsonObject other && !JsonNode.DeepEquals(mine, other))
            {
                MergeObject(mine, other, MergePath.Element(path, mine, index), shape, support);
            }
        }
    }

    // The element of the catalog's array that is the draft's element: by party (delegations, parties), rule
    // (suppressions), identifier or text (outcomes), person or institution (participants), content without citations
    // (statements), or equal (plain values, citations and the rest).
    private static int Find(JsonArray ours, JsonNode element, string name)
    {
        if (element is not JsonObject item)
        {
            return IndexOf(ours, element);
        }

        switch (name)
        {
            case "delegations" or "parties" when Text(item, "party") is { } party:
                return FindBy(ours, other => Text(other, "party") == party);
            case "suppressions" when Text(item, "rule") is { } rule:
                return FindBy(ours, other => Text(other, "rule") == rule);
            case "outcomes":
                return Text(item, "id") is { } id
                    ? FindBy(ours, other => Text(other, "id") == id)
                    : FindBy(ours, other => Text(other, "id") is null && SharesText(other["text"], item["text"]));
            case "participants":
                if (Text(item, "personId") is { } person)
                {
                    return FindBy(ours, other => Text(other, "personId") == person);
                }

                if (Text(item, "person") is { } written)
                {
                    var key = SpellingKey(written);
                    return key is null ? -1 : FindBy(ours, other => Text(other, "person") is { } name && SpellingKey(name) == key);
                }

                var institution = Text(item, "institution");
                return FindBy(ours, other => Text(other, "person") is null && Text(other, "institution") == institution);
            case "statements":
                return FindBy(ours, other => JsonNode.DeepEquals(WithoutCitations(other), WithoutCitations(item)));
            default:
                return IndexOf(ours, element);
        }
    }

    private static bool SamePlace(JsonObject mine, JsonObject other)
        => JsonNode.DeepEquals(mine["country"], other["country"]) && !Differs(mine["city"], other["city"]) && !Differs(mine["place"], other["place"]);

    // Two texts differ when a language both give has other words.
    private static bool Differs(JsonNode? mine, JsonNode? other)
    {
        if (mine is not JsonObject ours || other is not JsonObject theirs)
        {
            return false;
        }

        foreach (var (language, text) in theirs)
        {
            if (ours.TryGetPropertyValue(language, out var own) && !JsonNode.DeepEquals(own, text))
            {
                return true;
            }
        }

        return false;
    }

    private static int FindBy(JsonArray array, Func<JsonObject, bool> match)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item && match(item))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(JsonArray array, JsonNode? element)
    {
        for (var i = 0; i < array.Count; i++)
        {
            if (JsonNode.DeepEquals(array[i], element))
            {
                return i;
            }
        }

        return -1;
    }

    private static string? SpellingKey(string written)
        => PersonName.TryParse(written, out var name) ? CooperationCatalog.SpellingKey(name) : null;

    private static JsonObject WithoutCitations(JsonObject item)
    {
        var copy = (JsonObject)item.DeepClone();
        copy.Remove("citations");
        return copy;
    }

    private static bool SharesText(JsonNode? a, JsonNode? b)
    {
        if (a is not JsonObject ours || b is not JsonObject theirs)
        {
            return false;
        }

        foreach (var (language, text) in theirs)
        {
            if (ours.TryGetPropertyValue(language, out var mine) && JsonNode.DeepEquals(mine, text))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Text(JsonObject item, string name)
        => item.TryGetPropertyValue(name, out var value) && value is JsonValue text && text.TryGetValue<string>(out var s) ? s : null;

    // A bilingual text: an object whose members are languages.
    private static bool IsLocalizedText(JsonNode node)
    {
        if (node is not JsonObject item || item.Count == 0)
        {
            return false;
        }

        foreach (var (name, value) in item)
        {
            if (name is not ("es" or "en") || value is not JsonValue)
            {
                return false;
            }
        }

        return true;
    }

    // A person's spellings: the catalog's name stays; the draft's name and other names the catalog does not record
    // are added to the other names.
    private void MergeSpellings(JsonObject target, JsonObject draft, string path)
    {
        var name = Text(target, "name");
        var others = target["otherNames"] as JsonArray;
        var spellings = new List<JsonNode?> { draft["name"] };
        if (draft["otherNames"] is JsonArray theirs)
        {
            spellings.AddRange(theirs);
        }

        foreach (var spelling in spellings)
        {
            if (spelling is not JsonValue value || !value.TryGetValue<string>(out var text) || text == name || (others is not null && IndexOf(others, spelling) >= 0))
            {
                continue;
            }

            if (others is null)
            {
                target["otherNames"] = others = [];
            }

            others.Add((JsonNode)JsonValue.Create(text));
            Added(MergePath.Member(path, "otherNames"), spelling);
        }
    }

    // An institution's acronyms: one the catalog lacks (Spanish, English) is set; another is added to the others.
    private void MergeAcronyms(JsonObject target, JsonObject draft, string path)
    {
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in (string[])["spanishAcronym", "englishAcronym"])
        {
            if (Text(target, member) is { } acronym)
            {
                known.Add(acronym);
            }
        }

        var others = target["otherAcronyms"] as JsonArray;
        foreach (var other in others ?? [])
        {
            if (other is JsonValue value && value.TryGetValue<string>(out var acronym))
            {
                known.Add(acronym);
            }
        }

        void Add(string member, string acronym)
        {
            if (!known.Add(acronym))
            {
                return;
            }

            if (member != "otherAcronyms" && Text(target, member) is null)
            {
                target[member] = acronym;
                Added(MergePath.Member(path, member), JsonValue.Create(acronym));
                return;
            }

            if (others is null)
            {
                target["otherAcronyms"] = others = [];
            }

            others.Add((JsonNode)JsonValue.Create(acronym));
            Added(MergePath.Member(path, "otherAcronyms"), JsonValue.Create(acronym));
        }

        foreach (var member in (string[])["spanishAcronym", "englishAcronym"])
        {
            if (Text(draft, member) is { } acronym)
            {
                Add(member, acronym);
            }
        }

        if (draft["otherAcronyms"] is JsonArray theirs)
        {
            foreach (var other in theirs)
            {
                if (other is JsonValue value && value.TryGetValue<string>(out var acronym))
                {
                    Add("otherAcronyms", acronym);
                }
            }
        }
    }

    private void Added(string path, JsonNode? value) => _additions.Add(new MergeAddition(path, Compact(value)));

    private void Conflict(string path, JsonNode ours, JsonNode theirs, Support support, Action takeDraft)
        => Conflict(path, Compact(ours), Compact(theirs), support, takeDraft);

    private void Conflict(string path, string ours, string theirs, Support support, Action takeDraft)
    {
        var took = _preference == MergePreference.Draft;
        var message = took
            ? $"The draft has {TextExcerpt.Shorten(theirs)} where the catalog had {TextExcerpt.Shorten(ours)}; the draft's was taken."
            : $"The draft has {TextExcerpt.Shorten(theirs)} where the catalog has {TextExcerpt.Shorten(ours)}; the catalog's was kept.";
        _conflicts.Add(new MergeConflict(_draft, MergeConflictKind.Contradiction, _kind, _id, path, ours, theirs, CitationsOf(support.Catalog), CitationsOf(support.Draft),
            took ? MergeResolution.TookDraft : MergeResolution.KeptCatalog, message));
        if (took)
        {
            takeDraft();
            _tookDraft = true;
        }
    }

    private enum Shape
    {
        Entity,
        Delegation,
        Participant,
        Outcome,
        Statement,
        Other,
    }

    // The citations of the nearest object around a value, on each side.
    private readonly record struct Support(JsonArray? Catalog, JsonArray? Draft);
}
