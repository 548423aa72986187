using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>The checks every entity applies to its citations, and the sources they name.</summary>
internal static class Cited
{
    /// <summary>The citations, or none for <c>default</c>; a null element or a repeated citation is an error.</summary>
    public static ImmutableArray<Citation> Check(ImmutableArray<Citation> citations, string paramName)
    {
        citations = Structural.Normalize(citations, paramName);
        Structural.CheckDistinct(citations, static c => c, "The citation of", paramName);
        return citations;
    }

    /// <summary>The sources cited, each once, in the order first cited.</summary>
    public static ImmutableArray<SourceId> SourcesOf(ImmutableArray<Citation> citations)
    {
        if (citations.IsEmpty)
        {
            return [];
        }

        var sources = ImmutableArray.CreateBuilder<SourceId>(citations.Length);
        // Citations per entity are few: a scan is cheaper than a set, up to the scan limit.
        var seen = citations.Length > Structural.ScanLimit ? new HashSet<SourceId>() : null;
        foreach (var citation in citations)
        {
            if (seen?.Add(citation.Source) ?? !sources.Contains(citation.Source))
            {
                sources.Add(citation.Source);
            }
        }

        return sources.Count == citations.Length ? sources.MoveToImmutable() : sources.ToImmutable();
    }
}
