using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The domain's own guard clauses, written as extensions of Ardalis.GuardClauses' <see cref="IGuardClause"/> so that
/// every argument check reads <c>Guard.Against.…</c> (docs/architecture.md, "Argument checks"). Each one throws
/// <see cref="ArgumentException"/> with the library's wording, which is part of its contract. None allocates when
/// the argument is valid: messages are constants, or are formatted only when the check fails.
/// </summary>
internal static class DomainGuards
{
    /// <summary>
    /// Throws <see cref="ArgumentException"/> ("The PartialDate is the uninitialized default value.") when a
    /// value-type argument is <c>default(T)</c>. The check is the built-in <c>Default</c> guard; only the message is
    /// the library's.
    /// </summary>
    /// <remarks>
    /// Every value type of the library compares equal to <c>default(T)</c> exactly when its <c>IsDefault</c> is true.
    /// </remarks>
    public static T Uninitialized<T>(
        this IGuardClause guardClause,
        T input,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, IEquatable<T>
        => guardClause.Default(input, parameterName, UninitializedMessage<T>.Text);

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with <paramref name="message"/> when an optional value-type argument is
    /// given but is <c>default(T)</c>; null passes.
    /// </summary>
    public static T? UninitializedOptional<T>(
        this IGuardClause guardClause,
        T? input,
        string message,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where T : struct, IEquatable<T>
    {
        if (input is { } value && value.Equals(default))
        {
            throw new ArgumentException(message, parameterName);
        }

        return input;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> ("7 is not a severity.") when <paramref name="input"/> is not a named
    /// member of <typeparamref name="TEnum"/>. Unlike the built-in <c>EnumOutOfRange</c>, it keeps the parameter name
    /// with a custom message, throws <see cref="ArgumentException"/> rather than InvalidEnumArgumentException, and
    /// uses the generic <see cref="Enum.IsDefined{TEnum}(TEnum)"/>, which neither boxes nor needs a
    /// <see cref="Type"/> object.
    /// </summary>
    /// <param name="guardClause">The guard.</param>
    /// <param name="input">The value.</param>
    /// <param name="expected">What it should be, with its article: "a severity".</param>
    /// <param name="parameterName">The parameter's name.</param>
    public static TEnum Undefined<TEnum>(
        this IGuardClause guardClause,
        TEnum input,
        string expected,
        [CallerArgumentExpression(nameof(input))] string? parameterName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(input))
        {
            throw new ArgumentException($"{input} is not {expected}.", parameterName);
        }

        return input;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="requirement"/> is
    /// false: the domain's invariants between arguments ("A relation has exactly one target") and its range checks
    /// in its own wording. The built-in <c>Expression</c> guard would need a delegate (a closure allocated on every
    /// call when it captures) and formats its message before the check.
    /// </summary>
    public static void Unmet(
        this IGuardClause guardClause,
        [DoesNotReturnIf(false)] bool requirement,
        string message,
        string? parameterName)
    {
        if (!requirement)
        {
            throw new ArgumentException(message, parameterName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with an interpolated <paramref name="message"/> when
    /// <paramref name="requirement"/> is false; the message is only formatted then.
    /// </summary>
    public static void Unmet(
        this IGuardClause guardClause,
        [DoesNotReturnIf(false)] bool requirement,
        [InterpolatedStringHandlerArgument(nameof(requirement))] ref ConditionalMessage message,
        string? parameterName)
    {
        if (!requirement)
        {
            throw new ArgumentException(message.ToStringAndClear(), parameterName);
        }
    }

    // One message per value type, built once: the successful check passes a cached string.
    private static class UninitializedMessage<T>
    {
        public static readonly string Text = $"The {typeof(T).Name} is the uninitialized default value.";
    }
}
