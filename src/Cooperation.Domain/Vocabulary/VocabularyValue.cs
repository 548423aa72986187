using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Text;
using Ardalis.GuardClauses;
using Ardalis.SmartEnum;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// A value of one of the library's closed vocabularies (mechanism kinds, topics, roles, statuses…): a
/// <see cref="SmartEnum{TEnum}"/> with a kebab-case name, a stable number, English and Spanish labels and a
/// one-sentence definition.
/// </summary>
/// <typeparam name="TSelf">The vocabulary type itself, such as <see cref="MechanismKind"/>.</typeparam>
/// <remarks>
/// <para>
/// <b>Names</b> are kebab-case ASCII (<c>head-of-delegation</c>) and are the JSON form. They and the numbers are
/// stable: a value, once published, is never renamed, renumbered or reused; retiring one is a breaking change.
/// </para>
/// <para>
/// <b>Parsing</b> (<see cref="Parse(string)"/>, <see cref="TryParse(ReadOnlySpan{char}, out TSelf)"/>) accepts the
/// name in any ASCII letter case, without surrounding white space; it does not allocate. JSON reading is stricter and
/// takes the exact name only, so that stored data has one spelling.
/// </para>
/// <para>
/// <b>Equality and ordering</b> are those of <see cref="SmartEnum{TEnum, TValue}"/>: by number, which follows
/// declaration order. There is no default value: every instance is one of the declared values, and <c>null</c> is
/// not a value.
/// </para>
/// </remarks>
[DebuggerDisplay("{Name,nq}")]
public abstract class VocabularyValue<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TSelf> : SmartEnum<TSelf>, ISpanParsable<TSelf>, ISpanFormattable
    where TSelf : VocabularyValue<TSelf>
{
    /// <summary>Declares a value.</summary>
    /// <param name="name">The kebab-case name: lowercase ASCII letters and digits in words joined by single hyphens.</param>
    /// <param name="value">The stable number, unique within the vocabulary.</param>
    /// <param name="english">The English label, as a heading would show it ("Head of delegation").</param>
    /// <param name="spanish">The Spanish label ("Jefatura de delegación").</param>
    /// <param name="definition">What the value means, in one English sentence.</param>
    /// <exception cref="ArgumentException">The name is not kebab-case, or a label or the definition is empty.</exception>
    protected VocabularyValue(string name, int value, string english, string spanish, string definition)
        : base(name, value)
    {
        Guard.Against.Unmet(Slug.TryValidate(name, out _), $"\"{name}\" is not a kebab-case name.", nameof(name));
        ArgumentException.ThrowIfNullOrWhiteSpace(english);
        ArgumentException.ThrowIfNullOrWhiteSpace(spanish);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        Label = LocalizedText.Create(spanish, english);
        Definition = definition;
    }

    /// <summary>Every value of the vocabulary, in declaration order. Cached: reading it does not allocate.</summary>
    public static ImmutableArray<TSelf> All => Declared.Values;

    /// <summary>The English and Spanish labels.</summary>
    public LocalizedText Label { get; }

    /// <summary>What the value means, in one English sentence.</summary>
    public string Definition { get; }

    /// <summary>The names of every value, for error messages: <c>"ordinary", "mid-term", …</c>.</summary>
    internal static string ExpectedNames => string.Join(", ", All.Select(static v => $"\"{v.Name}\""));

    /// <summary>Finds the value with this name, in any ASCII letter case.</summary>
    /// <param name="s">The name, such as "head-of-delegation".</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ValueFormatException">No value has this name; the message lists the names.</exception>
    public static TSelf Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <summary>Finds the value with this name, in any ASCII letter case.</summary>
    /// <param name="s">The name, such as "head-of-delegation".</param>
    /// <exception cref="ValueFormatException">No value has this name; the message lists the names.</exception>
    public static TSelf Parse(ReadOnlySpan<char> s) => ParseOrThrow(s);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored: names are culture-invariant.</param>
    public static TSelf Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseOrThrow(s);
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored: names are culture-invariant.</param>
    public static TSelf Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseOrThrow(s);

    private static TSelf ParseOrThrow(ReadOnlySpan<char> s)
        => TryParse(s, out var result) ? result : throw Error(s).ToException();

    private static ValueFormatError Error(ReadOnlySpan<char> s)
        => ValueFormatError.Create(typeof(TSelf), s, s.IsEmpty ? "the text is empty" : "no value has this name", "one of " + ExpectedNames);

    /// <summary>
    /// Finds the value with this name, in any ASCII letter case; never throws. On failure <paramref name="error"/> says
    /// why, with the same message as the <see cref="ValueFormatException"/> that <see cref="Parse(string)"/> throws; on
    /// success it is null and nothing is allocated.
    /// </summary>
    /// <param name="s">The name; null gives false, with an error saying that no text was given.</param>
    /// <param name="result">The value, or null.</param>
    /// <param name="error">Null on success; otherwise why no value has this name, listing the names.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, [NotNullWhen(true)] out TSelf? result, [NotNullWhen(false)] out ValueFormatError? error)
    {
        if (s is null)
        {
            result = null;
            error = ValueFormatError.ForNull(typeof(TSelf), "one of " + ExpectedNames);
            return false;
        }

        return TryParse(s.AsSpan(), out result, out error);
    }

    /// <summary>
    /// Finds the value with this name, in any ASCII letter case; never throws. On failure <paramref name="error"/> says
    /// why, with the same message as the <see cref="ValueFormatException"/> that <see cref="Parse(ReadOnlySpan{char})"/>
    /// throws; on success it is null and nothing is allocated. An empty span is empty text, not null.
    /// </summary>
    /// <param name="s">The name.</param>
    /// <param name="result">The value, or null.</param>
    /// <param name="error">Null on success; otherwise why no value has this name, listing the names.</param>
    public static bool TryParse(ReadOnlySpan<char> s, [NotNullWhen(true)] out TSelf? result, [NotNullWhen(false)] out ValueFormatError? error)
    {
        if (TryParse(s, out result))
        {
            error = null;
            return true;
        }

        error = Error(s);
        return false;
    }

    /// <summary>Finds the value with this name, in any ASCII letter case; never throws and never allocates.</summary>
    /// <param name="s">The name.</param>
    /// <param name="result">The value, or null.</param>
    public static bool TryParse(ReadOnlySpan<char> s, [NotNullWhen(true)] out TSelf? result)
    {
        foreach (var candidate in All)
        {
            if (Ascii.EqualsIgnoreCase(s, candidate.Name))
            {
                result = candidate;
                return true;
            }
        }

        result = null;
        return false;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out TSelf)"/>
    /// <param name="s">The name; null gives false.</param>
    /// <param name="provider">Ignored: names are culture-invariant.</param>
    /// <param name="result">The value, or null.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result)
        => TryParse(s.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out TSelf)"/>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored: names are culture-invariant.</param>
    /// <param name="result">The value, or null.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result)
        => TryParse(s, out result);

    /// <summary>Finds the value with exactly this name (the JSON form); never throws and never allocates.</summary>
    internal static bool TryParseExact(ReadOnlySpan<char> s, [NotNullWhen(true)] out TSelf? result)
    {
        foreach (var candidate in All)
        {
            if (s.SequenceEqual(candidate.Name))
            {
                result = candidate;
                return true;
            }
        }

        result = null;
        return false;
    }

    /// <summary>The kebab-case name.</summary>
    public override string ToString() => Name;

    /// <summary>Formats the value: "G" (default) the kebab-case name, "E" the English label, "S" the Spanish label.</summary>
    /// <param name="format">null, "", "G", "E" or "S".</param>
    /// <param name="formatProvider">Ignored: the forms are culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => Select(format);

    /// <summary>Formats the value into <paramref name="destination"/>; false when it does not fit.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">Empty, "G", "E" or "S".</param>
    /// <param name="provider">Ignored: the forms are culture-invariant.</param>
    /// <exception cref="FormatException">The format is not one of those.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ValueText.TryCopy(Select(format), destination, out charsWritten);

    private string Select(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty || format is "G")
        {
            return Name;
        }

        return format switch
        {
            "E" => Label.English!,
            "S" => Label.Spanish!,
            _ => throw new FormatException($"The format \"{format.ToString()}\" is not supported by {typeof(TSelf).Name}; use \"G\" (name), \"E\" (English label) or \"S\" (Spanish label)."),
        };
    }

    // Built once, on first use, from the public static readonly fields, ordered by number (= declaration order).
    // A nested class so that the runtime's type initialization makes it thread-safe without locks.
    private static class Declared
    {
        public static readonly ImmutableArray<TSelf> Values =
        [
            .. typeof(TSelf).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(static field => field.FieldType == typeof(TSelf))
                .Select(static field => (TSelf)field.GetValue(null)!)
                .OrderBy(static value => value.Value),
        ];
    }
}
