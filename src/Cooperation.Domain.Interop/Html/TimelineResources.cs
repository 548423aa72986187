using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Domain.Interop;

/// <summary>
/// The page's own script and styles, embedded in this assembly from <c>Html/timeline.js</c> and
/// <c>Html/timeline.css</c> (kept as files so that they are reviewed as code), with the hashes the page's
/// Content-Security-Policy allows them by.
/// </summary>
internal static class TimelineResources
{
    /// <summary>The script, as UTF-8.</summary>
    public static readonly byte[] Script = Load("timeline.js");

    /// <summary>The styles, as UTF-8.</summary>
    public static readonly byte[] Styles = Load("timeline.css");

    /// <summary>The CSP source of the script: <c>'sha256-…'</c>.</summary>
    public static readonly string ScriptHash = Hash(Script);

    /// <summary>The CSP source of the styles: <c>'sha256-…'</c>.</summary>
    public static readonly string StylesHash = Hash(Styles);

    private static byte[] Load(string name)
    {
        var resource = "Cooperation.Domain.Interop.Html." + name;
        using var stream = typeof(TimelineResources).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the assembly.");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();

        // Inline, the text must not end its own element: the page's test checks the files, this checks the build.
        var text = Encoding.UTF8.GetString(bytes);
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase) || text.Contains("</style", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<!--", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The resource {resource} contains text that would end its inline element.");
        }

        return bytes;
    }

    private static string Hash(byte[] bytes) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(bytes))}'";
}
