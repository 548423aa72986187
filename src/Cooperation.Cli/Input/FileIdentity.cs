using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Cooperation.Cli.Input;

/// <summary>
/// What makes a file the same file whatever the path that names it (a link, a hard link, "./a" and "a"): its device
/// and inode, and whether it is a regular file. Read with Linux's <c>statx</c>, from an open handle (the file actually
/// read) or from a path without opening it (so a FIFO is never opened). Where <c>statx</c> is not available (another
/// system), <see cref="Of(string)"/> and <see cref="Of(SafeFileHandle, string)"/> fall back to the full path with
/// every link resolved, which a hard link defeats (docs/cli.md).
/// </summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string? Path, bool IsRegular)
{
    private const int AtFdCwd = -100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxMode = 0x2;
    private const uint StatxIno = 0x100;
    private const ushort TypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    /// <summary>The identity of the file a path names (links followed), or null when nothing is there.</summary>
    public static FileIdentity? Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            try
            {
                return NativeMethods.statx(AtFdCwd, path, 0, StatxType | StatxMode | StatxIno, out var status) == 0 ? From(status) : null;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // An old C library without statx: the path stands in.
            }
        }

        var resolved = Resolved(path);
        return File.Exists(resolved) ? new FileIdentity(0, 0, resolved, IsRegular: true) : Directory.Exists(resolved) ? new FileIdentity(0, 0, resolved, IsRegular: false) : null;
    }

    /// <summary>The identity of an open file, the one actually read; <paramref name="path"/> stands in where statx is not available.</summary>
    public static FileIdentity Of(SafeFileHandle handle, string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var added = false;
            try
            {
                handle.DangerousAddRef(ref added);
                if (NativeMethods.statx((int)handle.DangerousGetHandle(), string.Empty, AtEmptyPath, StatxType | StatxMode | StatxIno, out var status) == 0)
                {
                    return From(status);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                // As above.
            }
            finally
            {
                if (added)
                {
                    handle.DangerousRelease();
                }
            }
        }

        return new FileIdentity(0, 0, Resolved(path), IsRegular: true);
    }

    /// <summary>True when both name one file.</summary>
    public bool IsSameFileAs(FileIdentity other)
        => Path is null && other.Path is null
            ? Device == other.Device && Inode == other.Inode
            : string.Equals(Path, other.Path, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static FileIdentity From(StatX status)
        => new(((ulong)status.DeviceMajor << 32) | status.DeviceMinor, status.Inode, null, (status.Mode & TypeMask) == RegularFile);

    // The full path with the final target of a link.
    private static string Resolved(string path)
    {
        try
        {
            var full = System.IO.Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? System.IO.Path.GetFullPath(target.FullName) : full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return path;
        }
    }

    // Linux's struct statx (256 bytes, the same layout on every architecture): the members read here.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct StatX
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, out StatX statxbuf);
    }
}
