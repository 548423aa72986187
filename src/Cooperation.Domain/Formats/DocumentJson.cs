using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain;

/// <summary>How the JSON formats of reports, diffs and merges are written: one set of writer options.</summary>
internal static class DocumentJson
{
    private static readonly JsonWriterOptions IndentedOptions = Make(indented: true);

    private static readonly JsonWriterOptions CompactOptions = Make(indented: false);

    /// <summary>Indented by two spaces with LF, or on one line; text unescaped (<c>"Reunión"</c>, not <c>"Reuni\u00f3n"</c>).</summary>
    public static JsonWriterOptions Options(bool indented) => indented ? IndentedOptions : CompactOptions;

    private static JsonWriterOptions Make(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 64,
    };
}
