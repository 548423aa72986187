using System.Collections.Immutable;

namespace Cooperation.Domain.Serialization;

/// <summary>Format 1's list of cited sources, read into today's model: citations without quotes.</summary>
internal static class Format1Citations
{
    /// <summary>One citation without a quote per source, in order.</summary>
    public static ImmutableArray<Citation> Of(ImmutableArray<SourceId> sources)
    {
        if (sources.IsDefaultOrEmpty)
        {
            return [];
        }

        var citations = ImmutableArray.CreateBuilder<Citation>(sources.Length);
        foreach (var source in sources)
        {
            citations.Add(new Citation(source));
        }

        return citations.MoveToImmutable();
    }
}
