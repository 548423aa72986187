using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The one way the library and the tool open a file for reading. The path is opened without ever waiting in
/// <c>open(2)</c> (a FIFO without a writer opens at once), and the decision is taken on the file actually opened,
/// never on what the path or a link named a moment before: a regular file is read up to the length it had when opened;
/// a FIFO or a character device is read as a stream only when the user named it (<see cref="FileOrigin.Named"/>), and
/// then within the reader's byte limit, so <c>/dev/zero</c> is never read without end; anything else is refused with
/// the reason. A second look (<see cref="Reopen"/>) accepts only the same regular file, unchanged.
/// </summary>
internal sealed class InputFile : IDisposable
{
    private readonly SafeFileHandle _handle;

    private InputFile(string path, SafeFileHandle handle, FileFacts facts)
    {
        Path = path;
        _handle = handle;
        Facts = facts;
    }

    /// <summary>The path, as given.</summary>
    public string Path { get; }

    /// <summary>The facts of the file opened.</summary>
    public FileFacts Facts { get; }

    /// <summary>True for a FIFO or a character device: read once, to its end.</summary>
    public bool IsStream => Facts.Kind is FileKind.Fifo or FileKind.CharacterDevice;

    /// <summary>Opens <paramref name="path"/> for reading, following links, and keeps it when its kind may be read.</summary>
    /// <param name="path">The path.</param>
    /// <param name="origin">Whether the user named the path, or it was found.</param>
    /// <param name="what">What the file should be, for messages: "a catalog file".</param>
    /// <exception cref="FileNotFoundException">Nothing is there.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder of the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    /// <exception cref="IOException">The path names a directory, or a kind of file that <paramref name="origin"/> does not read; or the system refuses.</exception>
    public static InputFile Open(string path, FileOrigin origin, string what)
    {
        var handle = NativeFiles.IsAvailable ? NativeFiles.Open(path, write: false, followLinks: true) : OpenManaged(path, what);
        FileFacts facts;
        try
        {
            facts = FileFacts.Of(handle, path);
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        if (facts.Kind != FileKind.Regular && (origin == FileOrigin.Found || facts.Kind is not (FileKind.Fifo or FileKind.CharacterDevice)))
        {
            handle.Dispose();
            throw NotReadable(path, facts.Kind, origin, what);
        }

        return new InputFile(path, handle, facts);
    }

    /// <summary>
    /// Every byte of the file at <paramref name="path"/>, opened as <see cref="Open"/> opens it and read as
    /// <see cref="ReadAll"/> reads it; a permission refused is an <see cref="IOException"/> naming the file.
    /// </summary>
    /// <exception cref="IOException">The file is missing, refused (its kind, its permissions) or cannot be read.</exception>
    public static byte[] ReadAllBytes(string path, FileOrigin origin, string what, long maxBytes, Func<long, Exception> tooLarge)
    {
        try
        {
            using var file = Open(path, origin, what);
            return file.ReadAll(maxBytes, tooLarge);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new IOException($"Cannot read \"{path}\": {e.Message}", e);
        }
    }

    /// <summary>
    /// Opens <paramref name="path"/> again for a second look: the file, if it is still the regular file of
    /// <paramref name="first"/> (the same device and inode, length and last write time); null when it is not, or cannot
    /// be opened. It never waits, whatever the path has become.
    /// </summary>
    /// <param name="path">The path read the first time.</param>
    /// <param name="first">The facts of the first read.</param>
    public static InputFile? Reopen(string path, FileFacts first)
    {
        try
        {
            var file = Open(path, FileOrigin.Found, "the file read before");
            if (file.Facts.IsUnchanged(first))
            {
                return file;
            }

            file.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// A stream of the file's bytes: a regular file's up to the length it had when opened, a stream's to its end. The
    /// stream owns the handle.
    /// </summary>
    public Stream OpenStream()
    {
        var stream = new FileStream(_handle, FileAccess.Read, bufferSize: 1);
        return IsStream ? stream : new BoundedReadStream(stream, Facts.Length);
    }

    /// <summary>Every byte of the file: a regular file's (as long as it was when opened), a stream's up to its end.</summary>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="tooLarge">The error for a file of more bytes, given the length known (a stream's is the bytes read so far).</param>
    public byte[] ReadAll(long maxBytes, Func<long, Exception> tooLarge)
    {
        ArgumentNullException.ThrowIfNull(tooLarge);
        if (!IsStream)
        {
            if (Facts.Length > Math.Min(maxBytes, Array.MaxLength))
            {
                throw tooLarge(Facts.Length);
            }

            var bytes = new byte[Facts.Length];
            var filled = 0;
            int read;
            while (filled < bytes.Length && (read = RandomAccess.Read(_handle, bytes.AsSpan(filled), filled)) > 0)
            {
                filled += read;
            }

            // A file cut short since it was opened gives what it still has.
            return filled == bytes.Length ? bytes : bytes[..filled];
        }

        using var stream = new FileStream(_handle, FileAccess.Read, bufferSize: 1);
        using var copy = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int count;
        while ((count = stream.Read(chunk)) > 0)
        {
            if (copy.Length + count > maxBytes)
            {
                throw tooLarge(copy.Length + count);
            }

            copy.Write(chunk, 0, count);
        }

        return copy.ToArray();
    }

    /// <inheritdoc/>
    public void Dispose() => _handle.Dispose();

    private static FileKindException NotReadable(string path, FileKind kind, FileOrigin origin, string what) => new(
        kind switch
        {
            FileKind.Directory => $"\"{path}\" is a directory, not {what}.",
            _ when origin == FileOrigin.Found => $"\"{path}\" is {FileFacts.Describe(kind)}, not a regular file: a file that is found rather than named is read only when it is a regular file.",
            _ => $"\"{path}\" is {FileFacts.Describe(kind)}, not {what}.",
        },
        kind);

    // Where the C library's calls are not available: .NET's own open (which may wait for a FIFO's writer on a Unix
    // system other than Linux; Windows has no FIFOs in its file system).
    private static SafeFileHandle OpenManaged(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw NotReadable(path, FileKind.Directory, FileOrigin.Named, what);
        }

        return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
    }
}
