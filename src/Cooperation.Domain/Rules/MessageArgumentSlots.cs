using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Rules;

/// <summary>
/// Room for a diagnostic's message arguments inside the diagnostic itself, so that a finding keeps its arguments
/// without an array of its own: six, as many as any built-in rule passes (a rule that passes more gets an array).
/// </summary>
[InlineArray(Capacity)]
internal struct MessageArgumentSlots
{
    /// <summary>How many arguments fit.</summary>
    internal const int Capacity = 6;

    private object? _first;
}
