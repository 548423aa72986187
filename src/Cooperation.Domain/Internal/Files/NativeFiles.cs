using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Cooperation.Domain.Internal;

/// <summary>
/// The few calls of the C library that .NET does not offer, on Linux: <c>open(2)</c> with <c>O_NONBLOCK</c> and
/// <c>O_NOFOLLOW</c> (.NET's own open waits for a FIFO's writer and always follows links), <c>fcntl(2)</c> to clear
/// <c>O_NONBLOCK</c> once open, and <c>statx(2)</c> for the kind, device and inode of a handle or a path (whose buffer has
/// one layout on every architecture, unlike <c>struct stat</c>). Source-generated <c>LibraryImport</c>s, so Native AOT
/// compiles them.
/// </summary>
internal static partial class NativeFiles
{
    private const string LibC = "libc";

    private const int ReadOnlyAccess = 0;
    private const int WriteOnlyAccess = 1;
    private const int NoControllingTerminal = 0x100; // O_NOCTTY
    private const int NonBlocking = 0x800; // O_NONBLOCK
    private const int CloseOnExec = 0x80000; // O_CLOEXEC
    private const int GetStatusFlags = 3; // F_GETFL
    private const int SetStatusFlags = 4; // F_SETFL
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const int NoFollow = 0x100; // AT_SYMLINK_NOFOLLOW
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH
    private const uint BasicStats = 0x7FF; // STATX_BASIC_STATS

    private const int NoSuchFile = 2; // ENOENT
    private const int Interrupted = 4; // EINTR
    private const int NoSuchDevice = 6; // ENXIO: a FIFO opened for writing without a reader
    private const int PermissionDenied = 13; // EACCES
    private const int NotADirectory = 20; // ENOTDIR
    private const int NameTooLong = 36; // ENAMETOOLONG
    private const int TooManyLinks = 40; // ELOOP: a loop of links, or O_NOFOLLOW on a link

    private static readonly Lazy<bool> Available = new(HasStatx);

    /// <summary>True on Linux when the C library has <c>statx</c> (glibc 2.28 and later, musl 1.2.5 and later).</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux() && Available.Value;

    // O_NOFOLLOW is 0100000 on the ARM family and PowerPC, 0400000 on the others Linux runs .NET on.
    private static int NoFollowOpen => RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Armv6 or Architecture.Ppc64le
        ? 0x8000
        : 0x20000;

    /// <summary>
    /// Opens <paramref name="path"/> without ever waiting in <c>open(2)</c>: a FIFO without a writer opens at once (and
    /// reads as ended), a FIFO without a reader refuses to open for writing. The handle is then made blocking again, so
    /// that reads and writes behave as usual.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="write">Open for writing (without creating or truncating) instead of reading.</param>
    /// <param name="followLinks">False to refuse a symbolic link as the last component (<c>O_NOFOLLOW</c>).</param>
    /// <exception cref="FileNotFoundException">Nothing is there.</exception>
    /// <exception cref="DirectoryNotFoundException">A folder of the path does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">Permission is denied.</exception>
    /// <exception cref="IOException">Any other refusal, said in the system's words.</exception>
    public static SafeFileHandle Open(string path, bool write, bool followLinks)
    {
        var flags = (write ? WriteOnlyAccess : ReadOnlyAccess) | NonBlocking | CloseOnExec | NoControllingTerminal | (followLinks ? 0 : NoFollowOpen);
        int fd;
        do
        {
            fd = OpenFile(path, flags);
        }
        while (fd < 0 && Marshal.GetLastPInvokeError() == Interrupted);

        if (fd < 0)
        {
            throw Failure(Marshal.GetLastPInvokeError(), path, write);
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var status = ControlFile(fd, GetStatusFlags, 0);
        if (status < 0 || ControlFile(fd, SetStatusFlags, status & ~NonBlocking) < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            handle.Dispose();
            throw Failure(errno, path, write);
        }

        return handle;
    }

    /// <summary>The facts of the file a handle has open.</summary>
    public static FileFacts StatHandle(SafeFileHandle handle, string path)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return StatxOf((int)handle.DangerousGetHandle(), string.Empty, EmptyPath, path) ?? throw new FileNotFoundException($"Could not find file '{path}'.", path);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>The facts of what a path names, or null when nothing is there (or a folder of it is missing).</summary>
    public static FileFacts? StatPath(string path, bool followLinks)
        => StatxOf(CurrentDirectory, path, followLinks ? 0 : NoFollow, path);

    private static FileFacts? StatxOf(int directory, string path, int flags, string shownPath)
    {
        int result;
        Statx buffer;
        do
        {
            result = StatxCall(directory, path, flags, BasicStats, out buffer);
        }
        while (result < 0 && Marshal.GetLastPInvokeError() == Interrupted);

        if (result < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            return errno is NoSuchFile or NotADirectory ? null : throw Failure(errno, shownPath, write: false);
        }

        var kind = (buffer.Mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
        return new FileFacts(
            kind,
            ((ulong)buffer.DeviceMajor << 32) | buffer.DeviceMinor,
            buffer.Inode,
            kind == FileKind.Regular ? (long)buffer.Size : 0,
            (buffer.LastWriteSeconds * 1_000_000_000L) + buffer.LastWriteNanoseconds,
            (UnixFileMode)(buffer.Mode & 0xFFF));
    }

    private static Exception Failure(int errno, string path, bool write) => errno switch
    {
        // As .NET's own open says it: a missing folder on the way is not a missing file.
        NoSuchFile when Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder) => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
        NoSuchFile => new FileNotFoundException($"Could not find file '{path}'.", path),
        NotADirectory => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
        PermissionDenied => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
        NoSuchDevice when write => new IOException($"'{path}' is a FIFO that no process is reading."),
        TooManyLinks => new IOException($"'{path}' is a symbolic link where none is followed, or a loop of symbolic links."),
        NameTooLong => new PathTooLongException($"The path '{path}' is too long."),
        _ => new IOException($"'{path}': {Marshal.GetPInvokeErrorMessage(errno)}"),
    };

    private static bool HasStatx()
    {
        try
        {
            return StatxCall(CurrentDirectory, "/", 0, BasicStats, out _) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport(LibC, EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFile(string path, int flags);

    [LibraryImport(LibC, EntryPoint = "fcntl", SetLastError = true)]
    private static partial int ControlFile(int fd, int command, int argument);

    [LibraryImport(LibC, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int StatxCall(int directory, string path, int flags, uint mask, out Statx buffer);

    // struct statx (linux/stat.h): the same 256 bytes on every architecture.
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(112)]
        public long LastWriteSeconds;

        [FieldOffset(120)]
        public uint LastWriteNanoseconds;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
