namespace Cooperation.Domain.Internal;

/// <summary>
/// Counts steps of work (an element visited by a rule, a JSON token read to locate a subject), for tests that tell
/// linear from quadratic work by counting, which timings cannot do reliably. Null everywhere except in those tests.
/// </summary>
internal sealed class WorkMeter
{
    /// <summary>The steps counted so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts <paramref name="steps"/> more.</summary>
    public void Add(long steps = 1) => Steps += steps;

    /// <summary>
    /// The meter of the validation (or the draft stage) running on this thread, for look-ups of the model that scan (a
    /// few elements) or use an index (many), so that a scan left over a large array shows in the count, and for the
    /// draft stage's reads of the text. Read once per look-up.
    /// </summary>
    [System.ThreadStatic]
    internal static WorkMeter? Current;
}
