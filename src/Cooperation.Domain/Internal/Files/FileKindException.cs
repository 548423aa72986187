using System.IO;

namespace Cooperation.Domain.Internal;

/// <summary>
/// A path that names a kind of file that is not read there (a directory, a FIFO found rather than named, a block
/// device): the message names the path and what it is, and callers pass it on as it is.
/// </summary>
internal sealed class FileKindException(string message, FileKind kind) : IOException(message)
{
    /// <summary>What the path names.</summary>
    public FileKind Kind { get; } = kind;
}
