using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>Where an element of a catalog's collection starts in the document.</summary>
/// <param name="Line">Zero-based, counting LF only (as <see cref="JsonException.LineNumber"/> does).</param>
/// <param name="Column">Zero-based byte position in that line.</param>
/// <param name="Breaks">Line breaks before it counting LF, CRLF and a lone CR (as subject lines do).</param>
internal readonly record struct ElementPosition(long Line, long Column, long Breaks);
