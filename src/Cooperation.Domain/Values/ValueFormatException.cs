using System;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// The error raised when text cannot be parsed as one of this library's value types.
/// </summary>
/// <remarks>
/// The message always names the input (shortened and with invisible characters escaped, so that a 1 MB string
/// or a bidi control cannot flood or scramble a log), the target type, what was wrong, and the expected form.
/// The same information is available as properties for callers that report errors themselves.
/// <c>TryParse</c> methods never throw this exception: they return <see langword="false"/> instead, and the
/// <c>TryParse(text, out value, out error)</c> overloads give the same information as a <see cref="ValueFormatError"/>.
/// </remarks>
public sealed class ValueFormatException : FormatException
{
    /// <summary>Creates an exception for a failed parse.</summary>
    /// <param name="valueType">The type that was being parsed.</param>
    /// <param name="input">The input text, as given (it is shortened and escaped for display).</param>
    /// <param name="reason">What was wrong with the input, as a sentence fragment.</param>
    /// <param name="expectedForm">The form the type accepts.</param>
    public ValueFormatException(Type valueType, ReadOnlySpan<char> input, string reason, string expectedForm)
        : this(valueType, InputExcerpt.Describe(input), reason, expectedForm, innerException: null)
    {
    }

    internal ValueFormatException(ValueFormatError error)
        : base(error.Message)
    {
        ValueType = error.ValueType;
        Input = error.Input;
        Reason = error.Reason;
        ExpectedForm = error.ExpectedForm;
    }

    private ValueFormatException(Type valueType, string inputExcerpt, string reason, string expectedForm, Exception? innerException)
        : base(BuildMessage(valueType, inputExcerpt, reason, expectedForm), innerException)
    {
        ValueType = valueType;
        Input = inputExcerpt;
        Reason = reason;
        ExpectedForm = expectedForm;
    }

    /// <summary>The value type that could not be parsed, for example <c>typeof(CountryCode)</c>.</summary>
    public Type ValueType { get; }

    /// <summary>
    /// The input as it appears in the message: quoted, at most 64 characters (longer input is cut and its length
    /// given), with control, format and non-ASCII whitespace characters written as <c>\uXXXX</c>.
    /// </summary>
    public string Input { get; }

    /// <summary>What was wrong with the input, for example <c>"month 13 is outside 01 to 12"</c>.</summary>
    public string Reason { get; }

    /// <summary>The form the type accepts, for example <c>"yyyy, yyyy-MM or yyyy-MM-dd"</c>.</summary>
    public string ExpectedForm { get; }

    private static string BuildMessage(Type valueType, string inputExcerpt, string reason, string expectedForm)
        => ValueFormatError.BuildMessage(valueType, inputExcerpt, reason, expectedForm);
}
