using System;
using System.IO;

namespace Cooperation.Domain.Rules;

/// <summary>
/// A document's key in baselines: its path relative to a root folder, normalised, so that one file has one key
/// whatever the working directory, the checkout's folder and the spelling of its path.
/// </summary>
/// <remarks>
/// The path is made full against the working directory and normalised lexically (<c>.</c> and repeated separators
/// dropped, <c>..</c> resolved; links are not followed), then made relative to the root: the folder of the
/// configuration file that says <c>"root": true</c>, else the working directory. Separators are <c>/</c>. A
/// document outside the root keeps a relative key that climbs out of it (<c>../shared/catalog.json</c>); on Windows, a
/// document on another drive than the root's has its full path as key. A document that names no file (the embedded
/// reference catalog) is keyed by its name.
/// </remarks>
internal static class DocumentKey
{
    /// <summary>The member of a JSON report, and the property of a SARIF artifact location, that gives <see cref="ValidationReport.DocumentKey"/>.</summary>
    internal const string PropertyName = "documentKey";

    internal static string Of(string name, bool isFile, string? root)
    {
        if (!isFile)
        {
            return name;
        }

        try
        {
            var full = Path.GetFullPath(name);
            var relative = Path.GetRelativePath(root ?? Directory.GetCurrentDirectory(), full);
            return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or IOException or UnauthorizedAccessException)
        {
            // A name that is no valid path (or a working directory that is gone) keeps its spelling.
            return name.Replace('\\', '/');
        }
    }
}
