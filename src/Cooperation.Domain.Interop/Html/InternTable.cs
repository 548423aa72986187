using System.Collections.Generic;

namespace Cooperation.Domain.Interop;

/// <summary>
/// Values written once, referred to by their index: the timeline page's data names a mechanism, a country list or a
/// source title thousands of times in a large catalog, and an index is a few bytes where the text is dozens. Indexes
/// are given in the order values are first seen, so the same catalog always gives the same table.
/// </summary>
/// <typeparam name="T">The value's type, compared with <paramref name="comparer"/>.</typeparam>
/// <param name="comparer">How two values are the same value.</param>
internal sealed class InternTable<T>(IEqualityComparer<T> comparer)
    where T : notnull
{
    private readonly Dictionary<T, int> _indexes = new(comparer);
    private readonly List<T> _values = [];

    /// <summary>The values, in the order of their indexes.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>The index of <paramref name="value"/>, added at the end when it is new.</summary>
    public int Add(T value)
    {
        if (!_indexes.TryGetValue(value, out var index))
        {
            index = _values.Count;
            _indexes.Add(value, index);
            _values.Add(value);
        }

        return index;
    }
}
