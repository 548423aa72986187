using System;
using System.Diagnostics.CodeAnalysis;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// The one implementation behind every value type's <c>TryParse(text, out value, out error)</c>: the type's own parse
/// routine, and on failure a <see cref="ValueFormatError"/> built from the same reason and expected form as the
/// exception of <c>Parse</c>.
/// </summary>
internal static class ValueParsing
{
    /// <summary>Parses a span; the value types that hold text copy it on success, as their other span overloads do.</summary>
    public static bool TryParse<T>(ReadOnlySpan<char> text, out T value, [NotNullWhen(false)] out ValueFormatError? error)
        where T : struct, IValue<T>
    {
        if (T.TryParseCore(text, out value, out var reason))
        {
            error = null;
            return true;
        }

        error = ValueFormatError.Create(typeof(T), text, reason ?? "the value is invalid", T.ExpectedForm);
        return false;
    }

    /// <summary>
    /// Parses a string through the type's string overload, which keeps a string that is already canonical, so that
    /// success allocates nothing; the reason is asked for only on failure. Null gives an error, not an exception.
    /// </summary>
    public static bool TryParse<T>([NotNullWhen(true)] string? text, out T value, [NotNullWhen(false)] out ValueFormatError? error)
        where T : struct, IValue<T>
    {
        if (text is null)
        {
            value = default;
            error = ValueFormatError.ForNull(typeof(T), T.ExpectedForm);
            return false;
        }

        if (TryParseString(text, out value))
        {
            error = null;
            return true;
        }

        return TryParse(text.AsSpan(), out value, out error);
    }

    // Constrained to IParsable<T> alone on purpose. Under ISpanParsable<T> (which IValue<T> extends), T.TryParse(string, ...)
    // binds to the span overload: C# drops candidates declared in a base interface (IParsable<T>) when one declared in
    // the derived interface applies, and a string converts to a span implicitly. The span overload would copy the text.
    private static bool TryParseString<T>(string text, out T value)
        where T : IParsable<T>
        => T.TryParse(text, null, out value!);
}
