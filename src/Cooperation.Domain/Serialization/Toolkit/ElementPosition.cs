using System.Text.Json;

namespace Cooperation.Domain.Serialization;

/// <summary>A position in a document as <see cref="LineCounter"/> counts it: where an element of a catalog's collection starts, where an error is.</summary>
/// <param name="Line">Zero-based, counting LF only (as <see cref="JsonException.LineNumber"/> does).</param>
/// <param name="Column">Zero-based byte position in that line.</param>
/// <param name="Breaks">Line breaks before it counting LF, CRLF and a lone CR (as subject lines do).</param>
internal readonly record struct ElementPosition(long Line, long Column, long Breaks);
