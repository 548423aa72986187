using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;
using static Cooperation.Domain.Tests.Values.PartialDateSamples;

namespace Cooperation.Domain.Tests.Values;

/// <summary>The same text and JSON under every culture.</summary>
public class PartialDateCultureTests
{
    // ---- Culture independence -----------------------------------------------------------------------------------

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    [InlineData("fa-IR")]
    public void Text_and_json_ignore_the_current_culture(string cultureName)
    {
        var culture = TestCultures.GetOrInvariant(cultureName);
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var date = PartialDate.Parse("2017-04-25");
            Assert.Equal("2017-04-25", date.ToString());
            Assert.Equal("2017-04-25", $"{date}");
            Assert.Equal("\"2017-04-25\"", JsonSerializer.Serialize(date));
            Assert.Equal(date, TypeDescriptor.GetConverter(typeof(PartialDate)).ConvertFromString("2017-04-25"));
            Assert.False(PartialDate.TryParse("\u0662\u0660\u0661\u0667", out _));
            Assert.Contains("1 to 28 in 2023-02", Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.FromDate(2023, 2, 29)).Message, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
