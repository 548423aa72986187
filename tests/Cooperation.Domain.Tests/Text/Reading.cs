using System.Linq;
using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text;

/// <summary>Reads a text the way the tests need it: with or without a language, document date and catalog.</summary>
internal static class Reading
{
    public static CommuniqueReading Of(string text, Language? language = null, LocalDate? date = null, CooperationCatalog? catalog = null)
        => new CommuniqueReader(CommuniqueReaderOptions.Default.WithLanguage(language).WithDocumentDate(date).WithCatalog(catalog)).Read(text);

    /// <summary>The mentions of one kind as "text=value" strings, in text order.</summary>
    public static string[] Values(this CommuniqueReading reading, MentionKind kind)
        => [.. reading.MentionsOf(kind).Select(static m => $"{m.Text}={m.Value ?? "null"}")];

    /// <summary>The meetings as "status date countries" strings.</summary>
    public static string[] MeetingLines(this CommuniqueReading reading)
        => [.. reading.Meetings.Select(static m => $"{m.Status.Name} {m.DateValue ?? "null"} {string.Join(',', m.Countries.Select(static c => c.Alpha2))}")];

    /// <summary>Every mention's text is the text at its span.</summary>
    public static void AssertSpans(this CommuniqueReading reading)
    {
        foreach (var mention in reading.Mentions)
        {
            Assert.Equal(mention.Text, reading.Text[mention.Start..mention.End]);
        }
    }
}
