using System;

namespace Cooperation.Domain.Tests.Support;

/// <summary>Measures managed allocations of an action on the current thread (after a warm-up run).</summary>
public static class Allocations
{
    public static long Measure(Action action, int iterations = 100)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < iterations; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
