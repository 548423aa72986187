using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The change tracker's comparer for the library's values: they are immutable, so a snapshot is the value itself,
/// and equal values (by the type's own equality) are unchanged.
/// </summary>
/// <typeparam name="T">The value type or vocabulary.</typeparam>
public sealed class ImmutableValueComparer<T> : ValueComparer<T>
{
    /// <summary>Creates the comparer.</summary>
    public ImmutableValueComparer()
        : base(static (left, right) => EqualityComparer<T>.Default.Equals(left, right), static value => value == null ? 0 : EqualityComparer<T>.Default.GetHashCode(value), static value => value)
    {
    }
}
