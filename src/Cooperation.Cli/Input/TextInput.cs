using System;
using System.Globalization;
using System.IO;
using System.Text;
using Cooperation.Cli.Terminal;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Text;

namespace Cooperation.Cli.Input;

/// <summary>
/// Reads the text files of <c>extract</c>: a path or "-" for standard input, decoded as strict UTF-8. The one place the
/// tool opens a text, so that it can move to the hardened file opening with the rest of the tool. Every failure is a
/// <see cref="CliException"/> that names the file and what is wrong with it.
/// </summary>
/// <remarks>
/// A path is opened without waiting in open(2) and judged by the file actually opened, whatever link led to it: a FIFO
/// or a device could wait for a writer for ever or never end, so only a regular file is read (an empty one is refused
/// with them: read it from standard input to get an empty reading), up to <see cref="MaxBytes"/>. Bytes that are not UTF-8, and NUL bytes
/// (binary data), are refused with the offset of the first.
/// </remarks>
internal static class TextInput
{
    /// <summary>The largest text read (16 MiB): a communiqué is a few kilobytes, a long report a few hundred.</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The argument that stands for standard input.</summary>
    public const string StandardInput = "-";

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of <paramref name="path"/>, or of standard input for "-".</summary>
    public static string Read(string path, CliConsole console) => Decode(ReadBytes(path, console), path);

    /// <summary>The bytes of <paramref name="path"/>, or of standard input for "-", bounded as the tool bounds every input.</summary>
    private static byte[] ReadBytes(string path, CliConsole console)
    {
        if (path != StandardInput)
        {
            return ReadFile(path);
        }

        using var input = console.OpenStandardInput();
        return ReadBounded(input, path);
    }

    /// <summary>
    /// Reads <paramref name="path"/> (or standard input for "-") with <paramref name="reader"/> from its bytes, so that the
    /// draft's source names its archived copy: the file's name and the SHA-256 of exactly the bytes read
    /// (<c>cooperation check --sources</c> with the file in the folder then finds every quote). Standard input, and a name
    /// that cannot name an archived copy, give a draft whose source names none. The checks and messages are
    /// <see cref="Read"/>'s.
    /// </summary>
    public static CommuniqueReading ReadWith(CommuniqueReader reader, string path, CliConsole console)
    {
        var bytes = ReadBytes(path, console);
        RefuseBinary(bytes, path);
        var name = path == StandardInput ? null : Path.GetFileName(path);
        try
        {
            return reader.Read(bytes, name);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e, path);
        }
        catch (ArgumentException e) when (e.ParamName == "fileName")
        {
            return reader.Read(bytes, null);
        }
    }

    /// <summary>The name a file is reported under: "(standard input)" for "-".</summary>
    public static string DisplayName(string path) => path == StandardInput ? "(standard input)" : path;

    // The decision is taken on the file actually opened (without waiting in open(2)), never on the path's look before:
    // a link's own length is not its target's, so a link to a FIFO or to /dev/zero is refused like the FIFO or device.
    private static byte[] ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a text file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: no such file.");
        }

        try
        {
            using var file = InputFile.Open(path, FileOrigin.Named, "a text file");
            if (file.IsStream || file.Facts.Length == 0)
            {
                throw new CliException($"{path}: is empty, or not a regular file (a FIFO, a device); give a text file, or - to read standard input.");
            }

            return file.ReadAll(MaxBytes, length => new CliException($"{path}: is {Progress.Megabytes(length)}; extract reads texts of up to {Progress.Megabytes(MaxBytes)}."));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    // Reads to the end, refusing more than MaxBytes (a file that grows, a pipe that never ends).
    private static byte[] ReadBounded(Stream stream, string path)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > MaxBytes)
            {
                throw new CliException($"{DisplayName(path)}: is larger than {Progress.Megabytes(MaxBytes)}, the largest text extract reads.");
            }

            memory.Write(buffer, 0, read);
        }

        return memory.ToArray();
    }

    private static string Decode(byte[] bytes, string path)
    {
        RefuseBinary(bytes, path);
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw NotUtf8(e, path);
        }
    }

    private static void RefuseBinary(byte[] bytes, string path)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{DisplayName(path)}: is binary data, not text (a NUL byte at byte {nul})."));
        }
    }

    private static CliException NotUtf8(DecoderFallbackException e, string path)
    {
        var at = e.Index >= 0 ? string.Create(CultureInfo.InvariantCulture, $" (at byte {e.Index})") : string.Empty;
        return new CliException($"{DisplayName(path)}: is not valid UTF-8{at}; extract reads UTF-8 text.", e);
    }
}
