using System;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Internal;

/// <summary>
/// An interpolated-string handler for <see cref="DomainGuards.Unmet(Ardalis.GuardClauses.IGuardClause, bool, ref ConditionalMessage, string?)"/>:
/// the message is formatted only when the check fails, so validating a valid entity allocates nothing for messages.
/// </summary>
[InterpolatedStringHandler]
internal ref struct ConditionalMessage
{
    private DefaultInterpolatedStringHandler _builder;
    private readonly bool _enabled;

    public ConditionalMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        _enabled = !condition;
        shouldAppend = _enabled;
        _builder = _enabled ? new DefaultInterpolatedStringHandler(literalLength, formattedCount, System.Globalization.CultureInfo.InvariantCulture) : default;
    }

    public void AppendLiteral(string value) => _builder.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _builder.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _builder.AppendFormatted(value, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _builder.AppendFormatted(value);

    public void AppendFormatted(string? value) => _builder.AppendFormatted(value);

    public string ToStringAndClear() => _enabled ? _builder.ToStringAndClear() : string.Empty;
}
