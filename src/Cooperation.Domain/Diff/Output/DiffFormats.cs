using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.Diff;

/// <summary>
/// The formats of a catalog diff, by name: <c>text</c> (<see cref="DiffTextWriter"/>), <c>json</c>
/// (<see cref="DiffJsonWriter"/>) and <c>markdown</c> (<see cref="DiffMarkdownWriter"/>). The tool's
/// <c>diff --format</c> takes these names.
/// </summary>
public static class DiffFormats
{
    private static readonly FormatTable<CatalogDiff, DocumentWriterOptions> Table = new(
        "diff",
        DocumentWriterOptions.Default,
        static _ => new DiffTextWriter(),
        static o => new DiffJsonWriter(o),
        static _ => new DiffMarkdownWriter());

    /// <summary>Every diff format, with the default options, in the order above.</summary>
    public static ImmutableArray<DocumentWriter<CatalogDiff>> All => Table.All;

    /// <summary>The writer of the format named <paramref name="name"/> (<c>text</c>, <c>json</c>, <c>markdown</c>).</summary>
    /// <param name="name">The format's name, in lower case.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No diff format has that name; the message lists those there are.</exception>
    public static DocumentWriter<CatalogDiff> Create(string name, DocumentWriterOptions? options = null) => Table.Create(name, options);
}
