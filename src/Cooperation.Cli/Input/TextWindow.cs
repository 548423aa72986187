using System;
using System.IO;

namespace Cooperation.Cli.Input;

/// <summary>
/// The texts <c>extract --format jsonl</c> holds at once: at most a count (a few per core) and at most a number of
/// bytes of text, whichever is reached first, so that many small files keep every core busy while a few large ones are
/// read one or two at a time. A text is held from the moment its file is started until its line is written (a line
/// that waits for the files before it is held too). One text is always admitted, whatever its size, so that no file
/// waits for ever; <see cref="TextInput.MaxBytes"/> bounds that one.
/// </summary>
/// <param name="maxTexts">The most texts held at once (at least one).</param>
/// <param name="maxBytes">The most bytes of text held at once, a text alone excepted.</param>
internal sealed class TextWindow(int maxTexts, long maxBytes)
{
    private long _bytes;

    /// <summary>The texts held now.</summary>
    public int Texts { get; private set; }

    /// <summary>The most bytes of text held at once so far.</summary>
    public long PeakBytes { get; private set; }

    /// <summary>The most texts held at once so far.</summary>
    public int PeakTexts { get; private set; }

    /// <summary>Holds a text of <paramref name="bytes"/> bytes when the window has room for it (always when it is empty).</summary>
    public bool TryAdmit(long bytes)
    {
        if (Texts > 0 && (Texts >= Math.Max(1, maxTexts) || _bytes + bytes > maxBytes))
        {
            return false;
        }

        Texts++;
        _bytes += bytes;
        PeakBytes = Math.Max(PeakBytes, _bytes);
        PeakTexts = Math.Max(PeakTexts, Texts);
        return true;
    }

    /// <summary>Lets go of a text admitted with <paramref name="bytes"/> bytes, once its line is written.</summary>
    public void Release(long bytes)
    {
        Texts--;
        _bytes -= bytes;
    }

    /// <summary>
    /// The bytes a path will hold, as far as one look before opening it tells: a regular file's length; the largest text
    /// for standard input; nothing for a path that will be refused without being read (a directory, a missing file, a
    /// path of no length such as a FIFO). The read itself checks the file it opens and refuses more than
    /// <see cref="TextInput.MaxBytes"/>, so a file swapped for a larger one after this look is held alone at worst at
    /// that size.
    /// </summary>
    public static long SizeOf(string path)
    {
        if (path == TextInput.StandardInput)
        {
            return TextInput.MaxBytes;
        }

        try
        {
            var info = new FileInfo(path);
            return info.Exists ? Math.Min(info.Length, TextInput.MaxBytes) : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
