using System;
using System.Globalization;
using Cooperation.Domain.Tests.Support;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>Parsing and formatting without allocating.</summary>
public class PartialDateAllocationTests
{
    // ---- Allocation ---------------------------------------------------------------------------------------------

    [Fact]
    public void TryParse_does_not_allocate_on_success_or_failure()
    {
        string[] inputs =
        [
            "2017-04-25", "2008-07", "2013", "9999-12-31",
            "", " ", " 2024", "2024-13", "2023-02-29", "2024-1-5", "03/02/2024", "+2024", "\uFF12\uFF10\uFF12\uFF14",
            "\u0662\u0660\u0662\u0664", "2024-01-01T10:00", "2013/..", "\u200B2024", MakeHuge("date-then-garbage"),
        ];

        for (var i = 0; i < 200; i++)
        {
            ParseAll(inputs);
        }

        Assert.Equal(0, Allocations.Measure(() => ParseAll(inputs), iterations: 1000));

        static void ParseAll(string[] inputs)
        {
            foreach (var input in inputs)
            {
                PartialDate.TryParse(input, out _);
                PartialDate.TryParse(input.AsSpan(), CultureInfo.InvariantCulture, out _);
            }
        }
    }

    [Fact]
    public void TryFormat_does_not_allocate()
    {
        var dates = new[] { PartialDate.Parse("2017-04-25"), PartialDate.Parse("2008-07"), PartialDate.Parse("2013") };
        var buffer = new char[16];
        for (var i = 0; i < 200; i++)
        {
            foreach (var date in dates)
            {
                date.TryFormat(buffer, out _, default, null);
            }
        }

        Assert.Equal(0, Allocations.Measure(
            () =>
            {
                foreach (var date in dates)
                {
                    date.TryFormat(buffer, out _, default, null);
                }
            },
            iterations: 1000));
    }
}
