using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>The text form, and the uninitialized default value.</summary>
public class PartialDateFormattingTests
{
    // ---- Formatting ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void Formats_the_general_form_only(string text)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(text, date.ToString(null, null));
        Assert.Equal(text, date.ToString("", CultureInfo.InvariantCulture));
        Assert.Equal(text, date.ToString("G", CultureInfo.InvariantCulture));
        Assert.Equal(text, $"{date}");
        Assert.Equal($"[{text}]", string.Create(CultureInfo.InvariantCulture, $"[{date}]"));
        Assert.Throws<FormatException>(() => date.ToString("D", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => date.ToString("yyyy", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => date.TryFormat(new char[16], out _, "d", null));
    }

    [Theory]
    [InlineData("2013")]
    [InlineData("2008-07")]
    [InlineData("2017-04-25")]
    public void TryFormat_writes_into_an_exact_buffer_and_refuses_a_short_one(string text)
    {
        var date = PartialDate.Parse(text);

        var exact = new char[text.Length];
        Assert.True(date.TryFormat(exact, out var written, default, null));
        Assert.Equal(text.Length, written);
        Assert.Equal(text, new string(exact));

        var shortBuffer = new char[text.Length - 1];
        Assert.False(date.TryFormat(shortBuffer, out written, default, null));
        Assert.Equal(0, written);
        Assert.All(shortBuffer, c => Assert.Equal('\0', c));
    }

    // ---- Default value ------------------------------------------------------------------------------------------

    [Fact]
    public void Default_value_is_uninitialized()
    {
        var value = default(PartialDate);

        Assert.True(value.IsDefault);
        Assert.Equal("(uninitialized)", value.ToString());
        Assert.Equal("(uninitialized)", value.ToString("G", null));
        Assert.Equal(default, value);
        Assert.Equal(0, value.GetHashCode());
        Assert.Throws<InvalidOperationException>(() => value.Precision);
        Assert.Throws<InvalidOperationException>(() => value.Year);
        Assert.Throws<InvalidOperationException>(() => value.Month);
        Assert.Throws<InvalidOperationException>(() => value.Day);
        Assert.Throws<InvalidOperationException>(() => value.Earliest);
        Assert.Throws<InvalidOperationException>(() => value.Latest);
        Assert.Throws<InvalidOperationException>(() => value.ToDateInterval());
        Assert.Throws<InvalidOperationException>(() => value.RelationTo(PartialDate.FromYear(2000)));
        Assert.Throws<InvalidOperationException>(() => value.Contains(new LocalDate(2000, 1, 1)));

        var buffer = new char[32];
        Assert.True(value.TryFormat(buffer, out var written, default, null));
        Assert.Equal("(uninitialized)", new string(buffer, 0, written));

        var ex = Assert.Throws<InvalidOperationException>(() => value.Year);
        Assert.Contains("uninitialized", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_value_is_refused_as_an_argument()
    {
        var date = PartialDate.FromYear(2000);

        Assert.Equal("other", Assert.Throws<ArgumentException>(() => date.RelationTo(default)).ParamName);
        Assert.Throws<ArgumentException>(() => date.IsDefinitelyBefore(default));
        Assert.Throws<ArgumentException>(() => date.IsDefinitelyAfter(default));
        Assert.Throws<ArgumentException>(() => date.Overlaps(default));
        Assert.Throws<ArgumentException>(() => date.Contains(default(PartialDate)));
    }
}
