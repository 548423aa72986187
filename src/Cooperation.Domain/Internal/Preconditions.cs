using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain;

/// <summary>
/// Argument checks that the BCL throw helpers do not cover. Kept in one place so that every public entry point
/// reports bad arguments the same way.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> when <paramref name="condition"/> is false.</summary>
    public static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        string message,
        [CallerArgumentExpression(nameof(condition))] string? paramName = null)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> with an interpolated <paramref name="message"/> when
    /// <paramref name="condition"/> is false; the message is only formatted then.
    /// </summary>
    public static void CheckArgument(
        [DoesNotReturnIf(false)] bool condition,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref ConditionalMessage message,
        string? paramName)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> when a value-type argument is its uninitialized default.</summary>
    public static void CheckInitialized(
        bool isDefault,
        string typeName,
        [CallerArgumentExpression(nameof(isDefault))] string? paramName = null)
    {
        if (isDefault)
        {
            throw new ArgumentException($"The {typeName} is the uninitialized default value.", TrimMemberAccess(paramName));
        }
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> when an instance member is used on a default value.</summary>
    public static void CheckState(bool isDefault, string typeName)
    {
        if (isDefault)
        {
            throw new InvalidOperationException($"This {typeName} is the uninitialized default value; create one with Parse, TryParse or a factory method.");
        }
    }

    // "code.IsDefault" -> "code"
    private static string? TrimMemberAccess(string? expression)
    {
        if (expression is null)
        {
            return null;
        }

        var dot = expression.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 ? expression[..dot] : expression;
    }
}
