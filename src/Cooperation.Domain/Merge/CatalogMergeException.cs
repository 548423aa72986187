using System;

namespace Cooperation.Domain.Merge;

/// <summary>
/// A catalog or a draft that cannot be merged: an identifier used twice (COOP1001), or a draft that refers to an entity
/// neither it nor the catalog has. Nothing is merged. The message names the document, its line when known, and the
/// subject path.
/// </summary>
public sealed class CatalogMergeException : ArgumentException
{
    internal CatalogMergeException(string reason, int? draft, string? document, string path, int? line)
        : base(Compose(reason, document, line), draft is null ? "catalog" : "drafts")
    {
        _message = Compose(reason, document, line);
        Reason = reason;
        Draft = draft;
        Document = document;
        Path = path;
        Line = line;
    }

    private readonly string _message;

    /// <summary>"document:line: reason", or the reason alone when no document is named (without the parameter name an <see cref="ArgumentException"/> would add).</summary>
    public override string Message => _message;

    /// <summary>The reason alone, without the document and line.</summary>
    public string Reason { get; }

    /// <summary>The draft at fault (its position among the drafts, from 0), or null for the catalog.</summary>
    public int? Draft { get; }

    /// <summary>The name of the document at fault (<see cref="CatalogDocument.Name"/>), when merged from documents.</summary>
    public string? Document { get; }

    /// <summary>The subject path (<c>meetings[talks-1]</c>, <c>meetings[x].mechanism</c>).</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the subject in the document, when known.</summary>
    public int? Line { get; }

    private static string Compose(string reason, string? document, int? line)
        => document is null ? reason : line is { } l ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{document}:{l}: {reason}") : $"{document}: {reason}";
}
