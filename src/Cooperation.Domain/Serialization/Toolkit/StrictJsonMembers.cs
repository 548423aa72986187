using System;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The members one object of a settings file may have, for <see cref="StrictJsonReader.NextMember"/>: the names it
/// knows (a repeated one is an error at its line), whether others are refused (strict) or skipped, and the words of
/// the errors. One value per object read; <see cref="Index"/>, <see cref="Name"/> and <see cref="NameAt"/> describe the
/// member just read.
/// </summary>
internal struct StrictJsonMembers
{
    private readonly string[] _names;
    private readonly string _where;
    private readonly string? _expected;
    private ulong _seen;

    /// <summary>An object whose members are <paramref name="names"/> (at most 64).</summary>
    /// <param name="names">The members known.</param>
    /// <param name="where">How errors name the object, after "in" (empty for a document's top level): "a suppression".</param>
    /// <param name="expected">
    /// The members listed when another is found, "rule, path and justification"; null when other members are skipped
    /// (formats written by other programs, such as SARIF, that may carry more).
    /// </param>
    public StrictJsonMembers(string[] names, string where, string? expected)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(names.Length, 64);
        _names = names;
        _where = where.Length == 0 ? string.Empty : " in " + where;
        _expected = expected;
        _seen = 0;
        Index = -1;
        Name = string.Empty;
    }

    /// <summary>The index in the names of the member just read, or -1 for a member the object does not know.</summary>
    public int Index { get; private set; }

    /// <summary>The member just read, decoded.</summary>
    public string Name { get; private set; }

    /// <summary>The byte offset of the name of the member just read.</summary>
    public long NameAt { get; private set; }

    /// <summary>True when the member of <paramref name="index"/> has been read.</summary>
    public readonly bool Has(int index) => (_seen & (1UL << index)) != 0;

    /// <summary>Takes the member just read: its index, or an error for a member given twice or one not allowed.</summary>
    internal string? Take(string name, long nameAt)
    {
        Name = name;
        NameAt = nameAt;
        Index = Array.IndexOf(_names, name);
        if (Index >= 0)
        {
            if (Has(Index))
            {
                return $"The member {InputExcerpt.Describe(name)} is given twice{_where}.";
            }

            _seen |= 1UL << Index;
            return null;
        }

        return _expected is null ? null : $"Unknown member {InputExcerpt.Describe(name)}{_where}: expected {_expected}.";
    }
}
