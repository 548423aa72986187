using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Cooperation.Domain.Internal;

/// <summary>
/// What the file system says of one file: its kind, its identity (device and inode), its length, last write time and
/// permission bits. Taken from an open handle (<see cref="Of(SafeFileHandle, string)"/>: the file actually opened, not
/// what the path names now) or from a path without opening it (<see cref="OfPath"/>, which never blocks).
/// </summary>
/// <remarks>
/// On Linux the facts come from <c>statx(2)</c>. Elsewhere (Windows, or a C library without <c>statx</c>) they come from
/// the managed file APIs: a file is a directory or a regular file, and its identity is its full path.
/// </remarks>
/// <param name="Kind">What the file is.</param>
/// <param name="Device">The device that holds it (major in the high 32 bits, minor in the low ones).</param>
/// <param name="Inode">Its inode on that device.</param>
/// <param name="Length">Its length in bytes (0 for anything but a regular file, whatever the system says).</param>
/// <param name="LastWriteNanoseconds">Its last write time, in nanoseconds since the Unix epoch.</param>
/// <param name="Permissions">Its permission bits.</param>
internal readonly record struct FileFacts(FileKind Kind, ulong Device, ulong Inode, long Length, long LastWriteNanoseconds, UnixFileMode Permissions)
{
    /// <summary>True when <paramref name="other"/> is the same file: the same device and inode, however it is named.</summary>
    public bool IsSameFile(FileFacts other) => Device == other.Device && Inode == other.Inode;

    /// <summary>True when <paramref name="other"/> is the same file with the same kind, length and last write time.</summary>
    public bool IsUnchanged(FileFacts other) => IsSameFile(other) && Kind == other.Kind && Length == other.Length && LastWriteNanoseconds == other.LastWriteNanoseconds;

    /// <summary>True when anyone may write the file (a file with no write bit is read-only, even for an administrator).</summary>
    public bool IsWritable => (Permissions & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) != 0;

    /// <summary>The kind in words, for messages: "a regular file", "a FIFO (named pipe)", "a character device".</summary>
    public string KindInWords => Describe(Kind);

    /// <summary>A kind in words, for messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO or pipe",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.SymbolicLink => "a symbolic link",
        _ => "not a regular file",
    };

    /// <summary>The facts of the file <paramref name="handle"/> has open.</summary>
    /// <param name="handle">An open handle.</param>
    /// <param name="path">The path it was opened by (used only where the system cannot tell the facts from the handle).</param>
    /// <exception cref="IOException">The system refuses to tell.</exception>
    public static FileFacts Of(SafeFileHandle handle, string path)
    {
        if (NativeFiles.IsAvailable)
        {
            return NativeFiles.StatHandle(handle, path);
        }

        return Managed(path, followLinks: true) ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
    }

    /// <summary>The facts of what <paramref name="path"/> names, without opening it; null when nothing is there.</summary>
    /// <param name="path">The path.</param>
    /// <param name="followLinks">Whether a symbolic link is followed to its final target, or described itself.</param>
    /// <exception cref="IOException">The path cannot be looked at (a loop of links, a folder that cannot be searched).</exception>
    /// <exception cref="UnauthorizedAccessException">The path cannot be looked at for want of permission.</exception>
    public static FileFacts? OfPath(string path, bool followLinks)
        => NativeFiles.IsAvailable ? NativeFiles.StatPath(path, followLinks) : Managed(path, followLinks);

    // Windows, or no statx: the managed view. A file is a directory or a regular file; its identity is its full path.
    private static FileFacts? Managed(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (followLinks && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }

        if (!info.Exists)
        {
            return null;
        }

        var kind = info.LinkTarget is not null && !followLinks ? FileKind.SymbolicLink
            : (info.Attributes & FileAttributes.Directory) != 0 ? FileKind.Directory
            : (info.Attributes & FileAttributes.Device) != 0 ? FileKind.CharacterDevice
            : FileKind.Regular;
        var permissions = OperatingSystem.IsWindows()
            ? (info.Attributes & FileAttributes.ReadOnly) != 0 ? UnixFileMode.UserRead : UnixFileMode.UserRead | UnixFileMode.UserWrite
            : info.UnixFileMode;
        var name = OperatingSystem.IsWindows() ? info.FullName.ToUpperInvariant() : info.FullName;
        return new FileFacts(
            kind,
            0,
            PathIdentity(name),
            kind == FileKind.Regular ? ((FileInfo)info).Length : 0,
            (info.LastWriteTimeUtc - DateTime.UnixEpoch).Ticks * 100,
            permissions);
    }

    // FNV-1a over the full path: an identity for systems whose inodes .NET does not show.
    private static ulong PathIdentity(string fullPath)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in fullPath)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
