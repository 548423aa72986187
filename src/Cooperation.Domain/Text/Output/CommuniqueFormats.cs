using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.Text;

/// <summary>
/// The formats of a reading, by name: <c>text</c> (<see cref="CommuniqueTextWriter"/>), <c>json</c>
/// (<see cref="CommuniqueJsonWriter"/>) and <c>jsonl</c> (<see cref="CommuniqueJsonLinesWriter"/>). The tool's
/// <c>extract --format</c> takes these names.
/// </summary>
public static class CommuniqueFormats
{
    private static readonly FormatTable<CommuniqueReading, DocumentWriterOptions> Table = new(
        "reading",
        DocumentWriterOptions.Default,
        static _ => new CommuniqueTextWriter(),
        static o => new CommuniqueJsonWriter(o),
        static _ => new CommuniqueJsonLinesWriter());

    /// <summary>Every format of a reading, with the default options, in the order above.</summary>
    public static ImmutableArray<DocumentWriter<CommuniqueReading>> All => Table.All;

    /// <summary>The writer of the format named <paramref name="name"/> (<c>text</c>, <c>json</c>, <c>jsonl</c>).</summary>
    /// <param name="name">The format's name, in lower case.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No format of a reading has that name; the message lists those there are.</exception>
    public static DocumentWriter<CommuniqueReading> Create(string name, DocumentWriterOptions? options = null) => Table.Create(name, options);
}
