using System;
using System.Collections.Immutable;
using System.Linq;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain;

/// <summary>
/// The formats of one family by name (<c>ReportFormats</c>, <c>DiffFormats</c>, …): each name once, found by its exact
/// lower-case spelling, and an error that lists the names when one is not there.
/// </summary>
/// <typeparam name="T">What the family's formats write.</typeparam>
/// <typeparam name="TOptions">The family's options.</typeparam>
internal sealed class FormatTable<T, TOptions>
    where TOptions : DocumentWriterOptions
{
    private readonly string _family;
    private readonly TOptions _defaults;
    private readonly ImmutableArray<Func<TOptions, DocumentWriter<T>>> _create;

    /// <summary>The table of a family's formats, in the order they are listed, each made once with the default options.</summary>
    /// <param name="family">What the formats write, for messages ("report").</param>
    /// <param name="defaults">The options of <see cref="All"/>, and of <see cref="Create"/> without options.</param>
    /// <param name="formats">Each format's constructor.</param>
    public FormatTable(string family, TOptions defaults, params ReadOnlySpan<Func<TOptions, DocumentWriter<T>>> formats)
    {
        _family = family;
        _defaults = defaults;
        _create = [.. formats];
        All = [.. _create.Select(create => create(defaults))];
        if (All.Select(static w => w.Name).Distinct(StringComparer.Ordinal).Count() != All.Length)
        {
            throw new InvalidOperationException($"Two {family} formats have one name.");
        }

        Names = string.Join(", ", All.Select(static w => w.Name));
    }

    /// <summary>Every format, with the default options.</summary>
    public ImmutableArray<DocumentWriter<T>> All { get; }

    /// <summary>The names, comma-separated, for messages.</summary>
    public string Names { get; }

    /// <summary>The writer of the format named <paramref name="name"/>, or an error that names the family's formats.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No format has that name.</exception>
    public DocumentWriter<T> Create(string name, TOptions? options)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < All.Length; i++)
        {
            if (string.Equals(All[i].Name, name, StringComparison.Ordinal))
            {
                return options is null || options == _defaults ? All[i] : _create[i](options);
            }
        }

        throw new ArgumentException($"There is no {_family} format named {InputExcerpt.Describe(name)}; the formats are {Names}.", nameof(name));
    }
}
