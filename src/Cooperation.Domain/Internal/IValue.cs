using System;

namespace Cooperation.Domain.Internal;

/// <summary>
/// What the generic JSON and <see cref="System.ComponentModel.TypeConverter"/> plumbing needs from a value type
/// with a text form. Internal so that the public surface stays the BCL interfaces.
/// </summary>
internal interface IValue<TSelf> : ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : struct, IValue<TSelf>
{
    /// <summary>The accepted form, as used in error messages ("an ISO 3166-1 alpha-2, alpha-3 or numeric code").</summary>
    static abstract string ExpectedForm { get; }

    /// <summary>
    /// The one parse routine behind Parse and TryParse. Must not throw and must not allocate when it fails:
    /// <paramref name="error"/> is a constant string.
    /// </summary>
    static abstract bool TryParseCore(ReadOnlySpan<char> text, out TSelf value, out string? error);

    /// <summary>True for <c>default(TSelf)</c>, the uninitialized value.</summary>
    bool IsDefault { get; }
}
