namespace Cooperation.Domain.Internal;

/// <summary>How a path came to be read: it decides what kinds of file are read (<see cref="InputFile.Open"/>).</summary>
internal enum FileOrigin
{
    /// <summary>
    /// Named by the user (an argument, an option, a library call): a regular file, or a stream the user chose to give,
    /// a FIFO or a character device (<c>/dev/stdin</c>, a process substitution), read to its end within the reader's limit.
    /// </summary>
    Named,

    /// <summary>
    /// Found rather than named (a configuration found upward, the file a configuration names, an archived copy): only
    /// a regular file is read; anything else is not available, with the reason.
    /// </summary>
    Found,
}
