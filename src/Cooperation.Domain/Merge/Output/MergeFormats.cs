using System;
using System.Collections.Immutable;

namespace Cooperation.Domain.Merge;

/// <summary>
/// The formats of a merge's report, by name: <c>text</c> (<see cref="MergeTextWriter"/>), <c>json</c>
/// (<see cref="MergeJsonWriter"/>) and <c>markdown</c> (<see cref="MergeMarkdownWriter"/>). The tool's
/// <c>merge --format</c> takes these names.
/// </summary>
public static class MergeFormats
{
    private static readonly FormatTable<CatalogMerge, DocumentWriterOptions> Table = new(
        "merge report",
        DocumentWriterOptions.Default,
        static _ => new MergeTextWriter(),
        static o => new MergeJsonWriter(o),
        static _ => new MergeMarkdownWriter());

    /// <summary>Every format of a merge's report, with the default options, in the order above.</summary>
    public static ImmutableArray<DocumentWriter<CatalogMerge>> All => Table.All;

    /// <summary>The writer of the format named <paramref name="name"/> (<c>text</c>, <c>json</c>, <c>markdown</c>).</summary>
    /// <param name="name">The format's name, in lower case.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No format of a merge's report has that name; the message lists those there are.</exception>
    public static DocumentWriter<CatalogMerge> Create(string name, DocumentWriterOptions? options = null) => Table.Create(name, options);
}
