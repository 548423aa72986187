using System;
using System.Globalization;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Where a built-in rule's finding is, kept as the parts of its subject path so that reporting builds no string:
/// <c>{collection}[{entity}]</c>, then <c>.{member}</c>, then <c>[{key}]</c>, then <c>[{index}]</c> (or, after a key,
/// <c>.participants[{index}]</c>: <c>meetings[x].delegations[MX].participants[2]</c>). The path is written when a
/// consumer first reads <see cref="Diagnostic.Path"/>; the report orders findings by comparing the parts, exactly as
/// comparing the paths would (<see cref="Compare"/>). A path given as a string (the rarer shapes) is kept whole.
/// </summary>
internal readonly struct SubjectLocation
{
    // Longer paths than this are compared as strings (made then): identifiers are slugs of a few dozen characters.
    private const int StackLength = 256;

    private const string Participants = ".participants[";

    private SubjectLocation(string collection, string entity, string? member = null, string? key = null, int index = -1)
    {
        Collection = collection;
        Entity = entity;
        Member = member;
        Key = key;
        Index = index;
    }

    private SubjectLocation(string path)
    {
        Path = path;
        Index = -1;
    }

    /// <summary>The path given whole; null when the location is kept in parts.</summary>
    internal string? Path { get; }

    /// <summary>The collection (<c>meetings</c>); null for a path given whole.</summary>
    internal string? Collection { get; }

    /// <summary>The entity's identifier.</summary>
    internal string? Entity { get; }

    /// <summary>The member, without its dot, or null.</summary>
    internal string? Member { get; }

    /// <summary>The key of the member's element, or null.</summary>
    internal string? Key { get; }

    /// <summary>The index of the member's element (a participant's, after a key), or -1.</summary>
    internal int Index { get; }

    public static implicit operator SubjectLocation(string path) => new(path);

    internal static SubjectLocation Of(Source source) => new(CatalogCollections.Sources, source.Id.ToString());

    internal static SubjectLocation Of(Institution institution) => new(CatalogCollections.Institutions, institution.Id.ToString());

    internal static SubjectLocation Of(Mechanism mechanism) => new(CatalogCollections.Mechanisms, mechanism.Id.ToString());

    internal static SubjectLocation Of(Meeting meeting) => new(CatalogCollections.Meetings, meeting.Id.ToString());

    internal static SubjectLocation Of(Mechanism mechanism, string member) => new(CatalogCollections.Mechanisms, mechanism.Id.ToString(), member);

    internal static SubjectLocation Of(Meeting meeting, string member) => new(CatalogCollections.Meetings, meeting.Id.ToString(), member);

    /// <summary><c>meetings[x].venues[0]</c>.</summary>
    internal static SubjectLocation Of(Meeting meeting, string member, int index) => new(CatalogCollections.Meetings, meeting.Id.ToString(), member, index: index);

    /// <summary><c>meetings[x].citations[source-id]</c>.</summary>
    internal static SubjectLocation Of(string collection, string entity, string member, string key) => new(collection, entity, member, key);

    internal static SubjectLocation Of(Meeting meeting, Delegation delegation) => new(CatalogCollections.Meetings, meeting.Id.ToString(), "delegations", delegation.Party.ToString());

    internal static SubjectLocation Of(Meeting meeting, Delegation delegation, int participant)
        => new(CatalogCollections.Meetings, meeting.Id.ToString(), "delegations", delegation.Party.ToString(), participant);

    internal static SubjectLocation Party(Mechanism mechanism, Membership membership) => new(CatalogCollections.Mechanisms, mechanism.Id.ToString(), "parties", membership.Party.ToString());

    internal static SubjectLocation Presidency(Mechanism mechanism, int index) => new(CatalogCollections.Mechanisms, mechanism.Id.ToString(), "presidencies", index: index);

    /// <summary>The path: <c>meetings[x].delegations[MX].participants[2]</c>.</summary>
    public override string ToString()
    {
        if (Path is not null)
        {
            return Path;
        }

        Span<char> stack = stackalloc char[StackLength];
        if (TryWrite(stack, out var written))
        {
            return stack[..written].ToString();
        }

        var text = new char[Length()];
        TryWrite(text, out written);
        return new string(text, 0, written);
    }

    /// <summary>
    /// Orders two locations as <see cref="string.CompareOrdinal(string, string)"/> orders their paths, without writing
    /// them when the collection or the entity decides (as it does for nearly every pair a report's sort compares).
    /// </summary>
    internal static int Compare(in SubjectLocation x, in SubjectLocation y)
    {
        if (x.Path is not null || y.Path is not null)
        {
            return CompareWritten(x, y, tailsOnly: false);
        }

        // The same up to "[", then up to "]": the rest decides, from the member on.
        var byCollection = CompareBefore(x.Collection!, y.Collection!, '[');
        if (byCollection != 0)
        {
            return byCollection;
        }

        var byEntity = CompareBefore(x.Entity!, y.Entity!, ']');
        return byEntity != 0 ? byEntity : CompareWritten(x, y, tailsOnly: true);
    }

    // Writes both (or what follows "{collection}[{entity}]" in both) and compares the text; apart from the fast path
    // above, so that its buffers are not cleared on every comparison.
    private static int CompareWritten(in SubjectLocation x, in SubjectLocation y, bool tailsOnly)
    {
        Span<char> left = stackalloc char[StackLength];
        Span<char> right = stackalloc char[StackLength];
        int leftLength, rightLength;
        var fits = tailsOnly
            ? x.TryWriteTail(left, out leftLength) & y.TryWriteTail(right, out rightLength)
            : x.TryWrite(left, out leftLength) & y.TryWrite(right, out rightLength);
        return fits ? left[..leftLength].SequenceCompareTo(right[..rightLength]) : string.CompareOrdinal(x.ToString(), y.ToString());
    }

    // Compares a + end with b + end, ordinally.
    private static int CompareBefore(string a, string b, char end)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var common = a.AsSpan().CommonPrefixLength(b);
        var nextA = common < a.Length ? a[common] : end;
        var nextB = common < b.Length ? b[common] : end;
        return nextA.CompareTo(nextB);
    }

    private int Length()
        => Path?.Length ?? Collection!.Length + Entity!.Length + 2 + (Member is null ? 0 : Member.Length + 1) + (Key is null ? 0 : Key.Length + 2)
            + (Index < 0 ? 0 : 11 + (Key is null ? 2 : Participants.Length + 1));

    private bool TryWrite(Span<char> destination, out int written)
    {
        if (Path is not null)
        {
            written = Path.Length;
            return Path.TryCopyTo(destination);
        }

        written = 0;
        if (!Append(destination, ref written, Collection!) || !Append(destination, ref written, "[") || !Append(destination, ref written, Entity!)
            || !Append(destination, ref written, "]"))
        {
            return false;
        }

        if (!TryWriteTail(destination[written..], out var tail))
        {
            return false;
        }

        written += tail;
        return true;
    }

    // Everything after "{collection}[{entity}]".
    private bool TryWriteTail(Span<char> destination, out int written)
    {
        written = 0;
        if (Member is not null && !(Append(destination, ref written, ".") && Append(destination, ref written, Member)))
        {
            return false;
        }

        if (Key is not null && !(Append(destination, ref written, "[") && Append(destination, ref written, Key) && Append(destination, ref written, "]")))
        {
            return false;
        }

        if (Index >= 0)
        {
            if (!Append(destination, ref written, Key is null ? "[" : Participants)
                || !Index.TryFormat(destination[written..], out var digits, default, CultureInfo.InvariantCulture))
            {
                return false;
            }

            written += digits;
            return Append(destination, ref written, "]");
        }

        return true;
    }

    private static bool Append(Span<char> destination, ref int written, string text)
    {
        if (!text.TryCopyTo(destination[written..]))
        {
            return false;
        }

        written += text.Length;
        return true;
    }
}
