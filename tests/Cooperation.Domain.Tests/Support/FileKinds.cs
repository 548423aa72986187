using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// Files of every kind a path can name (FIFOs, links to devices, loops of links) for the tests of every path the library
/// and the tool read or write, and a guard that turns a hang into a failure: a test that would wait for ever fails after
/// a generous time instead (never a timing assertion: a passing run takes no time to speak of).
/// </summary>
public static class FileKinds
{
    /// <summary>How long a guarded call may take before it counts as a hang.</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    /// <summary>True where the file-kind cases run: Linux, which has FIFOs, /dev/zero and the opener's system calls.</summary>
    [System.Runtime.Versioning.SupportedOSPlatformGuard("linux")]
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>Makes a FIFO at <paramref name="path"/>.</summary>
    public static string Fifo(string path)
    {
        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Makes a hard link at <paramref name="path"/> to the file <paramref name="target"/>: another name of the same file.</summary>
    public static string HardLink(string path, string target)
    {
        if (MakeHardLink(target, path) != 0)
        {
            throw new IOException($"link {target} {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        return path;
    }

    /// <summary>Waits for <paramref name="task"/> within <see cref="HangGuard"/>, failing the test on a hang.</summary>
    public static T Finish<T>(Task<T> task, string what) => task.Wait(HangGuard) ? task.Result : throw new Xunit.Sdk.XunitException($"{what} did not end within {HangGuard.TotalSeconds} s.");

    /// <summary>Waits for <paramref name="task"/> within <see cref="HangGuard"/>, failing the test on a hang.</summary>
    public static void Finish(Task task, string what)
    {
        if (!task.Wait(HangGuard))
        {
            throw new Xunit.Sdk.XunitException($"{what} did not end within {HangGuard.TotalSeconds} s.");
        }
    }

    /// <summary>Makes a symbolic link at <paramref name="path"/> to <paramref name="target"/>.</summary>
    public static string Link(string path, string target)
    {
        File.CreateSymbolicLink(path, target);
        return path;
    }

    /// <summary>
    /// Runs <paramref name="call"/> on the thread pool and waits for it within <see cref="HangGuard"/>. On a hang, every
    /// FIFO of <paramref name="fifos"/> is opened for reading and writing (which never waits) so that a call blocked in
    /// open(2) returns, and the test fails naming what hung.
    /// </summary>
    public static T Guarded<T>(string what, Func<T> call, params string[] fifos)
    {
        var task = Task.Run(call);
        if (task.Wait(HangGuard))
        {
            return task.Result;
        }

        foreach (var fifo in fifos)
        {
            try
            {
                using (new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite))
                {
                }
            }
            catch (IOException)
            {
            }
        }

        throw new Xunit.Sdk.XunitException($"{what} did not return within {HangGuard.TotalSeconds} s: it waits for ever.");
    }

    /// <summary>Writes <paramref name="bytes"/> into a FIFO from another thread, once a reader opens it.</summary>
    public static Task Feed(string fifo, byte[] bytes) => Task.Run(() =>
    {
        using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
        stream.Write(bytes);
    });

    /// <summary>
    /// Puts <paramref name="bytes"/> (at most 1 MiB) into a FIFO before its reader comes, so that the reader finds them
    /// whatever the order: a reader opened by the test (without waiting) holds the FIFO open and its buffer is made large
    /// enough, a writer writes and closes, and a reader that opens later reads the bytes, then the FIFO's end. Dispose
    /// the result once the reader is done.
    /// </summary>
    public static IDisposable Fill(string fifo, byte[] bytes)
    {
        var keeper = OpenFile(fifo, 0x800);
        if (keeper < 0)
        {
            throw new IOException($"open {fifo} failed: errno {Marshal.GetLastPInvokeError()}");
        }

        var handle = new Microsoft.Win32.SafeHandles.SafeFileHandle(keeper, ownsHandle: true);
        _ = ControlFile(keeper, 1031, 1 << 20); // F_SETPIPE_SZ
        using (var writer = new FileStream(fifo, FileMode.Open, FileAccess.Write))
        {
            writer.Write(bytes);
        }

        return handle;
    }

    /// <summary>
    /// Ends a <see cref="Feed"/> whose reader is done: a writer that came after the reader (which then saw the FIFO's end
    /// at once) still waits for a reader in open(2), so one is given to it here and drained.
    /// </summary>
    public static void Release(string fifo, Task writer)
    {
        if (!writer.IsCompleted)
        {
            using var drain = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            drain.CopyTo(Stream.Null);
        }

        Finish(writer, "the FIFO's writer");
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenFile(string path, int flags);

    [DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int ControlFile(int fd, int command, int argument);

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int MakeHardLink(string target, string path);

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo(string path, uint mode);
}
