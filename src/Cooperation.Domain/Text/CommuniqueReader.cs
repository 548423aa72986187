using System;

namespace Cooperation.Domain.Text;

/// <summary>
/// Reads a communiqué or news report in Spanish or English: text in, <see cref="CommuniqueReading"/> out (mentions of
/// dates, countries, people, institutions, meeting numbers and mechanisms; the meetings reported or announced; a draft
/// catalog). No I/O of its own; safe to use from many threads at once.
/// </summary>
/// <remarks>
/// <para>
/// The work is linear in the length of the text, whatever its shape (one 50 MB line, a name of 10,000 capitalised
/// words, long runs of digits), and the results do not depend on the current culture. Stages: the text is cut into
/// sentences and tokens with their offsets; dates, countries and demonyms, ordinals, institutions and mechanisms, and
/// people with their positions are found in that order, each stage seeing what the earlier ones found; meetings are
/// built from the mentions of each sentence; the draft stage builds a catalog from the meetings.
/// docs/text-extraction.md describes each stage and its rules.
/// </para>
/// <para>Readers are cheap: the catalog's names are indexed once per catalog and shared by every reader.</para>
/// </remarks>
/// <example>
/// <code>
/// var reader = new CommuniqueReader(CommuniqueReaderOptions.Default.WithLanguage(Language.Spanish));
/// var reading = reader.Read("Ciudad de México, 13 de mayo de 2021. Hoy se realizó una reunión …");
/// foreach (var mention in reading.Mentions) Console.WriteLine(mention); // date [18..36) "13 de mayo de 2021" = 2021-05-13 …
/// </code>
/// </example>
public sealed class CommuniqueReader
{
    /// <summary>A reader with <see cref="CommuniqueReaderOptions.Default"/>.</summary>
    public CommuniqueReader()
        : this(CommuniqueReaderOptions.Default)
    {
    }

    /// <summary>A reader with the given options.</summary>
    /// <param name="options">The language, document date and catalog.</param>
    public CommuniqueReader(CommuniqueReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
    }

    /// <summary>The options every text is read with.</summary>
    public CommuniqueReaderOptions Options { get; }

    /// <summary>Reads one text.</summary>
    /// <param name="text">The text, as decoded (a leading byte order mark is removed and not counted in offsets).</param>
    /// <returns>The mentions, meetings and draft.</returns>
    public CommuniqueReading Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ExtractionPipeline.Run(text, Options);
    }
}
