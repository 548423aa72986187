using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The positions of a mechanism's presidency terms in order of start, then of position: one sort (n log n) instead of
/// comparing every pair of terms. The positions live in a pooled array, returned on dispose, so that checking a clean
/// catalog allocates nothing.
/// </summary>
internal readonly struct TermOrder : IDisposable
{
    private readonly int[] _positions;

    private TermOrder(int[] positions, int length)
    {
        _positions = positions;
        Length = length;
    }

    /// <summary>How many terms there are.</summary>
    public int Length { get; }

    /// <summary>The position (in the mechanism's list) of the <paramref name="k"/>-th term in order of start.</summary>
    public int this[int k] => _positions[k];

    /// <summary>Sorts the positions of <paramref name="terms"/> by start, ties by position.</summary>
    public static TermOrder ByStart(ImmutableArray<PresidencyTerm> terms)
    {
        var positions = ArrayPool<int>.Shared.Rent(terms.Length);
        for (var i = 0; i < terms.Length; i++)
        {
            positions[i] = i;
        }

        var comparer = new ByStartComparer(terms);
        if (terms.Length <= Structural.ScanLimit)
        {
            // An insertion sort for the usual handful: the span sort makes a delegate of the comparer (an allocation).
            for (var i = 1; i < terms.Length; i++)
            {
                var position = positions[i];
                var j = i - 1;
                for (; j >= 0 && comparer.Compare(positions[j], position) > 0; j--)
                {
                    positions[j + 1] = positions[j];
                }

                positions[j + 1] = position;
            }
        }
        else
        {
            positions.AsSpan(0, terms.Length).Sort(comparer);
        }

        return new TermOrder(positions, terms.Length);
    }

    /// <summary>Returns the positions to the pool.</summary>
    public void Dispose() => ArrayPool<int>.Shared.Return(_positions);

    private readonly struct ByStartComparer(ImmutableArray<PresidencyTerm> terms) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var byStart = terms[x].Term.Start.CompareTo(terms[y].Term.Start);
            return byStart != 0 ? byStart : x.CompareTo(y);
        }
    }
}
