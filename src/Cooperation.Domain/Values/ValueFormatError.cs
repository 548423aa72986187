using System;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// Why text is not a value of one of this library's value types: what <see cref="ValueFormatException"/> says, as a
/// value, for callers that report errors without exceptions (a service answering 400 with the reason).
/// </summary>
/// <remarks>
/// <para>
/// Given by the <c>TryParse(text, out value, out error)</c> overload of every value type and vocabulary. On success the
/// error is <see langword="null"/> and nothing is allocated for it; on failure it is created once, with the same
/// <see cref="Message"/> as the exception <c>Parse</c> throws for the same text.
/// </para>
/// <para>
/// Like the exception, it names the input shortened and escaped (<see cref="Input"/>): a 1 MB string or a bidi control
/// cannot flood or scramble a log or a response. The text is culture-invariant English.
/// </para>
/// </remarks>
public sealed class ValueFormatError
{
    private const string NullInput = "null";
    private const string NullReason = "no text was given (null)";

    private ValueFormatError(Type valueType, string input, string reason, string expectedForm, bool inputIsNull = false)
    {
        InputIsNull = inputIsNull;
        ValueType = valueType;
        Input = input;
        Reason = reason;
        ExpectedForm = expectedForm;
        Message = BuildMessage(valueType, input, reason, expectedForm);
    }

    /// <summary>The value type that could not be parsed, for example <c>typeof(CountryCode)</c>.</summary>
    public Type ValueType { get; }

    /// <summary>
    /// The input as it appears in the message: quoted, at most 64 characters (longer input is cut and its length
    /// given), with control, format and non-ASCII whitespace characters written as <c>\uXXXX</c>; <c>null</c>,
    /// unquoted, when no text was given.
    /// </summary>
    public string Input { get; }

    /// <summary>What was wrong with the input, for example <c>"the month must be 01 to 12"</c>.</summary>
    public string Reason { get; }

    /// <summary>The form the type accepts, for example <c>"yyyy, yyyy-MM or yyyy-MM-dd"</c>.</summary>
    public string ExpectedForm { get; }

    /// <summary>
    /// The whole sentence, as <see cref="ValueFormatException"/> has it: the input, the type, the reason and the
    /// expected form.
    /// </summary>
    public string Message { get; }

    /// <summary>True when the input was <see langword="null"/> (the string overloads report it instead of throwing).</summary>
    public bool InputIsNull { get; }

    /// <summary>The exception <c>Parse</c> throws for the same text, with the same message, for callers that want to throw it.</summary>
    public ValueFormatException ToException() => new(this);

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;

    internal static ValueFormatError Create(Type valueType, ReadOnlySpan<char> input, string reason, string expectedForm)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(expectedForm);
        return new ValueFormatError(valueType, InputExcerpt.Describe(input), reason, expectedForm);
    }

    internal static ValueFormatError ForNull(Type valueType, string expectedForm) => new(valueType, NullInput, NullReason, expectedForm, inputIsNull: true);

    internal static string BuildMessage(Type valueType, string inputExcerpt, string reason, string expectedForm)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        return $"{inputExcerpt} is not a valid {valueType.Name}: {reason}. Expected {expectedForm}.";
    }
}
