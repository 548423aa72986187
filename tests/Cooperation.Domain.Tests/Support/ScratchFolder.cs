using System;
using System.IO;

namespace Cooperation.Domain.Tests.Support;

/// <summary>A fresh folder under the temporary directory, deleted with its contents on dispose.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cooperation-{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
