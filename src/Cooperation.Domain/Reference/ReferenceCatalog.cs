using System;
using System.IO;
using System.Threading;

namespace Cooperation.Domain;

/// <summary>
/// The curated reference catalog that ships in the package: every mechanism, meeting, delegation, person, institution
/// and agreement in the five public source documents the project is built from, each citing its source
/// (<c>docs/reference-data.md</c> lists what it holds and every judgement call made).
/// </summary>
/// <remarks>
/// The data is the embedded resource <see cref="ResourceName"/>, in the catalog JSON format. It is read on first
/// use and the result is kept and shared: any number of threads may ask for it at once (threads arriving together
/// before it is kept may each read it; one result wins and all get that one). If the resource cannot be read (a
/// damaged assembly), the failure is not kept: every access throws an <see cref="InvalidOperationException"/> that
/// names the resource and the error, rather than leaving a broken type initializer behind.
/// </remarks>
public static class ReferenceCatalog
{
    /// <summary>The manifest name of the embedded JSON document.</summary>
    public const string ResourceName = "Cooperation.Domain.Reference.reference-catalog.json";

    /// <summary>
    /// The name of the reference catalog's <see cref="Document"/>, and so of its validation reports: "reference
    /// catalog (ReferenceCatalog.Default)". It names no file, so SARIF gives the document a description instead of a URI.
    /// </summary>
    public const string DocumentName = "reference catalog (ReferenceCatalog.Default)";

    private static CatalogDocument? s_document;

    /// <summary>The reference catalog.</summary>
    /// <exception cref="InvalidOperationException">The embedded resource is missing or not a valid catalog.</exception>
    public static CooperationCatalog Default => Document.Catalog;

    /// <summary>The reference catalog with its JSON document, so that validation can name lines.</summary>
    /// <exception cref="InvalidOperationException">The embedded resource is missing or not a valid catalog.</exception>
    public static CatalogDocument Document
        => GetOrLoad(ref s_document, static () => typeof(ReferenceCatalog).Assembly.GetManifestResourceStream(ResourceName), ResourceName, DocumentName);

    // Returns the kept document, or reads one and keeps it; a failure is thrown and nothing is kept, so the next
    // access tries again and reports the same way.
    internal static CatalogDocument GetOrLoad(ref CatalogDocument? slot, Func<Stream?> open, string name, string? documentName = null)
    {
        var document = Volatile.Read(ref slot);
        if (document is not null)
        {
            return document;
        }

        var loaded = Load(open, name, documentName);
        return Interlocked.CompareExchange(ref slot, loaded, null) ?? loaded;
    }

    // Reads a catalog resource into a document named documentName (the resource's name when none is given); the error
    // names the resource and what is wrong with it.
    internal static CatalogDocument Load(Func<Stream?> open, string name, string? documentName = null)
    {
        byte[] bytes;
        try
        {
            using var stream = open() ?? throw new InvalidOperationException($"The reference catalog resource \"{name}\" is missing from the Cooperation.Domain assembly.");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"The reference catalog resource \"{name}\" cannot be read: {e.Message}", e);
        }

        try
        {
            return CatalogDocument.ParseEmbedded(bytes, documentName ?? name);
        }
        catch (CooperationJsonException e)
        {
            throw new InvalidOperationException($"The reference catalog resource \"{name}\" is corrupt: {e.Message}", e);
        }
    }
}
