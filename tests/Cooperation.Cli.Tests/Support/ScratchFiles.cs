using System.IO;
using System.Text;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests.Support;

/// <summary>Writing test files into a <see cref="ScratchFolder"/> (shared with the library's tests).</summary>
internal static class ScratchFiles
{
    public static string Write(this ScratchFolder folder, string name, string text) => folder.Write(name, Encoding.UTF8.GetBytes(text));

    public static string Write(this ScratchFolder folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
