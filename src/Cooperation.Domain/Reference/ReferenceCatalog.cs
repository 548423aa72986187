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
/// use, once, and shared: any number of threads may ask for it at once. If the resource cannot be read (a damaged
/// assembly), every access throws an <see cref="InvalidOperationException"/> that names the resource and the JSON
/// error, rather than leaving a broken type initializer behind.
/// </remarks>
public static class ReferenceCatalog
{
    /// <summary>The manifest name of the embedded JSON document.</summary>
    public const string ResourceName = "Cooperation.Domain.Reference.reference-catalog.json";

    private static CatalogDocument? s_document;

    /// <summary>The reference catalog.</summary>
    /// <exception cref="InvalidOperationException">The embedded resource is missing or not a valid catalog.</exception>
    public static CooperationCatalog Default => Document.Catalog;

    /// <summary>The reference catalog with its JSON document, so that validation can name lines.</summary>
    /// <exception cref="InvalidOperationException">The embedded resource is missing or not a valid catalog.</exception>
    public static CatalogDocument Document
    {
        get
        {
            var document = Volatile.Read(ref s_document);
            if (document is not null)
            {
                return document;
            }

            // Two threads may both read it the first time; one result wins and both return it. A failure is not
            // remembered, so it is reported the same way on every access.
            var loaded = Load(() => typeof(ReferenceCatalog).Assembly.GetManifestResourceStream(ResourceName), ResourceName);
            return Interlocked.CompareExchange(ref s_document, loaded, null) ?? loaded;
        }
    }

    // Reads a catalog resource; the error names the resource and what is wrong with it.
    internal static CatalogDocument Load(Func<Stream?> open, string name)
    {
        using var stream = open() ?? throw new InvalidOperationException($"The reference catalog resource \"{name}\" is missing from the Cooperation.Domain assembly.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        try
        {
            return CatalogDocument.Parse(buffer.ToArray(), name);
        }
        catch (CooperationJsonException e)
        {
            throw new InvalidOperationException($"The reference catalog resource \"{name}\" is corrupt: {e.Message}", e);
        }
    }
}
