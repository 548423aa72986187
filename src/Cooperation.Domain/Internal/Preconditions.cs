using System;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The one check that is not an argument check, and so not a guard clause: an instance member used on a value
/// type's uninitialized default. Argument checks are <c>Guard.Against.…</c> (Ardalis.GuardClauses, with the domain's
/// own guards in <see cref="DomainGuards"/>); docs/architecture.md, "Argument checks", says why this one stays here.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="InvalidOperationException"/> when an instance member is used on a default value.</summary>
    public static void CheckState(bool isDefault, string typeName)
    {
        if (isDefault)
        {
            throw new InvalidOperationException($"This {typeName} is the uninitialized default value; create one with Parse, TryParse or a factory method.");
        }
    }
}
