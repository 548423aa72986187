namespace Cooperation.Domain.Serialization;

/// <summary>The limits every reader of the library applies.</summary>
internal static class JsonLimits
{
    /// <summary>The deepest nesting of a document.</summary>
    public const int MaxDepth = 32;

    /// <summary>The default limit on a document's size: 64 MiB.</summary>
    public const int MaxDocumentBytes = 64 * 1024 * 1024;
}
