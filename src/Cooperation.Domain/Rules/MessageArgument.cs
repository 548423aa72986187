using System;
using System.Globalization;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A message argument that is more than a value: words in both languages (<see cref="Words"/>), or a circumstance
/// of the run that is not a fact of the finding (<see cref="Circumstance"/>), such as the as-of date.
/// </summary>
/// <remarks>
/// A diagnostic's <see cref="Diagnostic.Fingerprint"/> is made from the rule, the subject's path and the message
/// arguments. Plain arguments (identifiers, dates, numbers) are facts as they are; words enter in English whatever the
/// language of the messages, so switching the language does not change a fingerprint; circumstances do not enter at
/// all, so the same finding seen on another day keeps its fingerprint. Immutable.
/// </remarks>
public sealed class MessageArgument
{
    // Words: the two texts. The built-in rules' deferred words: two composite formats of one value, or two words after
    // a number, or a value and how to show it; they are put together only when a message or a fingerprint is made.
    private readonly string? _english;
    private readonly string? _spanish;
    private readonly object? _value;
    private readonly Func<MessageArgument, Language, string>? _render;

    private MessageArgument(string? english, string? spanish, object? value, Func<MessageArgument, Language, string>? render, bool isCircumstance)
    {
        _english = english;
        _spanish = spanish;
        _value = value;
        _render = render;
        IsCircumstance = isCircumstance;
    }

    /// <summary>True for a circumstance, which is not part of the fingerprint.</summary>
    public bool IsCircumstance { get; }

    /// <summary>Words of the message in English and Spanish: the message shows one, the fingerprint takes the English.</summary>
    /// <param name="english">The English words.</param>
    /// <param name="spanish">The Spanish words.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentException">Either text is empty.</exception>
    public static MessageArgument Words(string english, string spanish)
    {
        ArgumentException.ThrowIfNullOrEmpty(english);
        ArgumentException.ThrowIfNullOrEmpty(spanish);
        return new MessageArgument(english, spanish, null, null, isCircumstance: false);
    }

    /// <summary>A value the message shows that is not a fact of the finding (the as-of date, a date computed from it).</summary>
    /// <param name="value">The value, formatted with the invariant culture.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Circumstance(object? value) => new(null, null, value, null, isCircumstance: true);

    // Words around one value, such as "The meeting {0}" and "La reunión {0}": formatted when shown. The formats are
    // the built-in rules' own literals.
    internal static MessageArgument WordsAround(string englishFormat, string spanishFormat, object? value)
        => new(englishFormat, spanishFormat, value, static (a, language) => string.Format(CultureInfo.InvariantCulture, language == Language.Spanish ? a._spanish! : a._english!, a._value), isCircumstance: false);

    // "3 participants": a number and the words that follow it.
    internal static MessageArgument Count(int count, string english, string spanish)
        => new(english, spanish, count, static (a, language) => string.Concat(((int)a._value!).ToString(CultureInfo.InvariantCulture), " ", language == Language.Spanish ? a._spanish! : a._english!), isCircumstance: false);

    // A value shown by a function of the language (a vocabulary label, an ordinal): called when shown. The function
    // is static (it captures nothing), so making the argument allocates only the argument.
    internal static MessageArgument Shown(object value, Func<MessageArgument, Language, string> render) => new(null, null, value, render, isCircumstance: false);

    /// <summary>The value given to the function of <see cref="Shown"/>.</summary>
    internal object? Value => _value;

    /// <summary>The text the message shows in <paramref name="language"/>.</summary>
    /// <param name="language">English or Spanish.</param>
    public string Render(Language language)
        => IsCircumstance ? Convert.ToString(_value, CultureInfo.InvariantCulture) ?? string.Empty
            : _render is { } render ? render(this, language)
            : language == Language.Spanish ? _spanish! : _english!;

    /// <summary>The English words, or the circumstance's invariant text.</summary>
    public override string ToString() => Render(Language.English);
}
