using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Cooperation.Domain.Internal;

/// <summary>
/// Helpers for the model's immutable arrays: a missing array is empty, elements are checked once, and equality is
/// element by element (an <see cref="ImmutableArray{T}"/> compares by reference on its own).
/// </summary>
internal static class Structural
{
    /// <summary>The array, or an empty one for <c>default</c>; throws if an element is null.</summary>
    public static ImmutableArray<T> Normalize<T>(ImmutableArray<T> items, string paramName)
    {
        if (items.IsDefault)
        {
            return [];
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ArgumentException($"Element {i} is null.", paramName);
            }
        }

        return items;
    }

    /// <summary>
    /// Up to this many elements, look-ups scan and pairwise checks compare (no allocation); beyond it they use a hashed
    /// index, so that work stays linear however large one entity is.
    /// </summary>
    public const int ScanLimit = 16;

    /// <summary>The index of the first element with each key.</summary>
    public static Dictionary<TKey, int> IndexOf<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key)
        where TKey : notnull
    {
        var index = new Dictionary<TKey, int>(items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            index.TryAdd(key(items[i]), i);
        }

        return index;
    }

    /// <summary>
    /// The first element whose key is <paramref name="key"/>, or null: a scan up to <see cref="ScanLimit"/> elements,
    /// beyond it an index built on the first call and kept in <paramref name="index"/> (not part of the owner's value).
    /// </summary>
    public static T? FindBy<T, TKey>(ImmutableArray<T> items, TKey key, Func<T, TKey> keyOf, ref Dictionary<TKey, int>? index)
        where T : class
        where TKey : notnull
    {
        if (items.Length <= ScanLimit)
        {
            var comparer = EqualityComparer<TKey>.Default;
            foreach (var item in items)
            {
                if (comparer.Equals(keyOf(item), key))
                {
                    return item;
                }
            }

            return null;
        }

        var built = index ?? Publish(ref index, IndexOf(items, keyOf));
        return built.TryGetValue(key, out var at) ? items[at] : null;
    }

    /// <summary>Publishes a lazily built, never-changed value: the first one stored wins, and every thread sees it whole.</summary>
    public static T Publish<T>(ref T? field, T value)
        where T : class
        => System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;

    /// <summary>Throws unless every key is distinct; names the first repeated one.</summary>
    public static void CheckDistinct<T, TKey>(ImmutableArray<T> items, Func<T, TKey> key, string what, string paramName)
        where TKey : notnull
    {
        // The model's arrays are short: compare pairs without allocating a set; fall back to one for long arrays.
        if (items.Length <= ScanLimit)
        {
            var comparer = EqualityComparer<TKey>.Default;
            for (var i = 1; i < items.Length; i++)
            {
                var k = key(items[i]);
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(k, key(items[j])))
                    {
                        throw new ArgumentException($"{what} {k} appears more than once.", paramName);
                    }
                }
            }

            return;
        }

        var seen = new HashSet<TKey>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!seen.Add(k))
            {
                throw new ArgumentException($"{what} {k} appears more than once.", paramName);
            }
        }
    }

    /// <summary>True when <paramref name="predicate"/> holds for any element; no enumerator is boxed.</summary>
    public static bool Any<T>(ImmutableArray<T> items, Func<T, bool> predicate)
    {
        foreach (var item in items)
        {
            if (predicate(item))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
