using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Cooperation.Domain.Tests.Documentation;

namespace Cooperation.Domain.Tests.Architecture;

/// <summary>
/// The folder, in its project, of a source document named by a PDB: the path after <c>src/PROJECT/</c> (a local build
/// gives the full path, a CI build the mapped <c>/_/src/…</c>), when that file is in the repository; a file linked into
/// the project from another (<c>Compile Include="…" Link="Files\…"</c>) is in the folder of its link. Anything else
/// (a source generator's output) is not a file of the project: null.
/// </summary>
internal static class SourceFolders
{
    /// <summary>The folder function of the project <c>src/<paramref name="project"/></c>.</summary>
    public static Func<string, string?> Of(string project)
    {
        var root = ReadmeExampleTests.RepositoryRoot();
        var links = Links(Path.Combine(root, "src", project, project + ".csproj"));
        return document =>
        {
            foreach (var (source, folder) in links)
            {
                var at = document.LastIndexOf("/src/" + source, StringComparison.Ordinal);
                if (at >= 0 && File.Exists(Path.Combine(root, "src", source, document[(at + 5 + source.Length)..])))
                {
                    return folder;
                }
            }

            var marker = "/src/" + project + "/";
            var start = document.LastIndexOf(marker, StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            var relative = document[(start + marker.Length)..];
            if (relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal) || !File.Exists(Path.Combine(root, "src", project, relative)))
            {
                return null;
            }

            var slash = relative.LastIndexOf('/');
            return slash < 0 ? string.Empty : relative[..(slash + 1)];
        };
    }

    /// <summary>The folders of a project that are linked from another: ("Cooperation.Domain/Internal/Files/", "Files/").</summary>
    public static List<(string Source, string Folder)> LinksOf(string project) => Links(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "src", project, project + ".csproj"));

    // Compile items linked from another project: ("Cooperation.Domain/Internal/Files/", "Files/").
    private static List<(string Source, string Folder)> Links(string project)
    {
        var links = new List<(string, string)>();
        foreach (Match m in Regex.Matches(File.ReadAllText(project), @"<Compile\s+Include=""\.\.[\\/]([^""*]+?)[\\/]?\*\.cs""\s+Link=""([^""%]+?)[\\/]?%"))
        {
            links.Add((m.Groups[1].Value.Replace('\\', '/') + "/", m.Groups[2].Value.Replace('\\', '/') + "/"));
        }

        return links;
    }
}
