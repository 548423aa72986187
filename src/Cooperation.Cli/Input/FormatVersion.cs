using System;
using System.Text.Json;
using Cooperation.Domain;

namespace Cooperation.Cli.Input;

/// <summary>The format version a catalog document declares (its top-level <c>format</c> member), and the line it is on.</summary>
internal static class FormatVersion
{
    /// <summary>
    /// 1 when the document says it is of format 1, 2 otherwise, with the 1-based line of its <c>format</c> member (1
    /// when it has none). The document has been read: it is valid JSON.
    /// </summary>
    public static (int Version, int Line) Of(ReadOnlySpan<byte> document)
    {
        var json = document;
        if (json.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            json = json[3..];
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = CooperationJson.MaxDepth + 1 });
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isFormat = reader.ValueTextEquals("format"u8);
            var at = reader.TokenStartIndex;
            reader.Read();
            if (isFormat && reader.TokenType == JsonTokenType.String)
            {
                return (reader.ValueTextEquals("cooperation-catalog/1"u8) ? 1 : 2, json[..(int)at].Count((byte)'\n') + 1);
            }

            reader.Skip();
        }

        return (2, 1);
    }
}
