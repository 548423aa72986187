using System;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Rules;

/// <summary>
/// The message arguments of a rule's finding, kept inside its <see cref="Diagnostic"/> so that a finding is one object:
/// up to eight references (as many as any built-in rule passes) and up to three values as bits (numbers, dates, deferred
/// words; see <see cref="ReportArgument"/>). A value beyond the third is kept boxed; more than eight arguments do not
/// fit, and the diagnostic keeps them in an array instead.
/// </summary>
internal struct FindingArguments
{
    /// <summary>How many arguments fit.</summary>
    internal const int Capacity = 8;

    private References _references;
    private Values _values;

    // Four bits per argument: its ReportArgumentKind (Reference for all arguments given as objects).
    private uint _kinds;
    private byte _count;

    /// <summary>The number of arguments.</summary>
    internal readonly int Count => _count;

    /// <summary>Keeps <paramref name="arguments"/> (at most <see cref="Capacity"/>).</summary>
    internal static FindingArguments Of(ReadOnlySpan<ReportArgument> arguments)
    {
        var kept = default(FindingArguments);
        var values = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            var argument = arguments[i];
            if (argument.Kind == ReportArgumentKind.Reference)
            {
                kept._references[i] = argument.Reference;
            }
            else if (values < Values.Capacity)
            {
                kept._references[i] = argument.Reference;
                kept._values[values++] = argument.Bits;
                kept._kinds |= (uint)argument.Kind << (4 * i);
            }
            else
            {
                kept._references[i] = argument.ToObject();
            }
        }

        kept._count = (byte)arguments.Length;
        return kept;
    }

    /// <summary>Keeps <paramref name="arguments"/> as they are (at most <see cref="Capacity"/>).</summary>
    internal static FindingArguments Of(ReadOnlySpan<object?> arguments)
    {
        var kept = default(FindingArguments);
        arguments.CopyTo(kept._references);
        kept._count = (byte)arguments.Length;
        return kept;
    }

    /// <summary>The arguments as the rule passed them (<see cref="ReportArgument.ToObject"/>), for a message or a fingerprint.</summary>
    internal readonly object?[] ToObjects()
    {
        var objects = new object?[_count];
        var values = 0;
        for (var i = 0; i < objects.Length; i++)
        {
            var kind = (ReportArgumentKind)((_kinds >> (4 * i)) & 0xF);
            objects[i] = kind == ReportArgumentKind.Reference
                ? _references[i]
                : ReportArgument.From(_references[i], _values[values++], kind).ToObject();
        }

        return objects;
    }

    [InlineArray(FindingArguments.Capacity)]
    private struct References
    {
        private object? _first;
    }

    [InlineArray(Capacity)]
    private struct Values
    {
        internal const int Capacity = 3;

        private long _first;
    }
}
