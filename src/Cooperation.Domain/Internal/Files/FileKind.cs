namespace Cooperation.Domain.Internal;

/// <summary>What the file system says a file is (the <c>S_IFMT</c> bits of its mode).</summary>
internal enum FileKind
{
    /// <summary>A kind this code does not know, or one the system could not tell.</summary>
    Unknown,

    /// <summary>A regular file: it has a length, and reading it ends.</summary>
    Regular,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A FIFO or a pipe (<c>/dev/stdin</c> when standard input is piped, a process substitution).</summary>
    Fifo,

    /// <summary>A character device (<c>/dev/null</c>, <c>/dev/zero</c>, a terminal).</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix domain socket.</summary>
    Socket,

    /// <summary>A symbolic link (seen only when links are not followed).</summary>
    SymbolicLink,
}
