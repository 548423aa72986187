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
/// all, so the same finding seen on another day keeps its fingerprint.
/// </remarks>
public sealed class MessageArgument
{
    private readonly string? _english;
    private readonly string? _spanish;
    private readonly object? _circumstance;

    private MessageArgument(string? english, string? spanish, object? circumstance)
    {
        _english = english;
        _spanish = spanish;
        _circumstance = circumstance;
    }

    /// <summary>True for a circumstance, which is not part of the fingerprint.</summary>
    public bool IsCircumstance => _english is null;

    /// <summary>Words of the message in English and Spanish: the message shows one, the fingerprint takes the English.</summary>
    /// <param name="english">The English words.</param>
    /// <param name="spanish">The Spanish words.</param>
    /// <returns>The argument.</returns>
    /// <exception cref="ArgumentException">Either text is empty.</exception>
    public static MessageArgument Words(string english, string spanish)
    {
        ArgumentException.ThrowIfNullOrEmpty(english);
        ArgumentException.ThrowIfNullOrEmpty(spanish);
        return new MessageArgument(english, spanish, null);
    }

    /// <summary>A value the message shows that is not a fact of the finding (the as-of date, a date computed from it).</summary>
    /// <param name="value">The value, formatted with the invariant culture.</param>
    /// <returns>The argument.</returns>
    public static MessageArgument Circumstance(object? value) => new(null, null, value);

    /// <summary>The text the message shows in <paramref name="language"/>.</summary>
    /// <param name="language">English or Spanish.</param>
    public string Render(Language language) => IsCircumstance
        ? Convert.ToString(_circumstance, CultureInfo.InvariantCulture) ?? string.Empty
        : language == Language.Spanish ? _spanish! : _english!;

    /// <summary>The English words, or the circumstance's invariant text.</summary>
    public override string ToString() => Render(Language.English);
}
