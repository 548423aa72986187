namespace Cooperation.Domain.Merge;

/// <summary>One member a draft added to an entity the catalog already had (<see cref="MergedEntity.Additions"/>). Immutable.</summary>
public sealed class MergeAddition
{
    internal MergeAddition(string path, string value)
    {
        Path = path;
        Value = value;
    }

    /// <summary>
    /// Where it was added, in the merged catalog, in the rules engine's and the diff's convention
    /// (<c>people[marcelo-ebrard-casaubon].otherNames</c>, <c>meetings[x].delegations[US].participants[2]</c>).
    /// </summary>
    public string Path { get; }

    /// <summary>What was added, as compact JSON text (<c>"Marcelo Ebrard"</c>, <c>{"role":"member",…}</c>).</summary>
    public string Value { get; }

    /// <summary>"path: value".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Value}";
}
