using System;
using System.Globalization;
using System.IO;

namespace Cooperation.Cli.Terminal;

/// <summary>
/// A one-line progress indicator on standard error, shown only when standard error is a terminal and the work is
/// large enough to take a while. Each update rewrites the line; <see cref="Dispose"/> clears it.
/// </summary>
internal sealed class Progress : IDisposable
{
    /// <summary>Files from this size on show progress.</summary>
    public const long Threshold = 4L * 1024 * 1024;

    private readonly TextWriter? _error;
    private int _lastLength;
    private int _lastPercent = -1;

    private Progress(TextWriter? error) => _error = error;

    public static Progress For(CliConsole console, long size)
        => new(console.IsErrorTerminal && size >= Threshold ? console.Error : null);

    public bool Visible => _error is not null;

    public void Report(string what, long done, long total)
    {
        if (_error is null || total <= 0)
        {
            return;
        }

        var percent = (int)(done * 100 / total);
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        Show(string.Create(CultureInfo.InvariantCulture, $"{what}: {percent,3}% of {Megabytes(total)}"));
    }

    public void Stage(string what)
    {
        _lastPercent = -1;
        Show(what);
    }

    public void Dispose() => Show(string.Empty);

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");

    private void Show(string text)
    {
        if (_error is null)
        {
            return;
        }

        // Pad with spaces over what the previous text left, then return to the start of the line.
        var padding = Math.Max(0, _lastLength - text.Length);
        _error.Write('\r' + text + new string(' ', padding) + (text.Length == 0 ? "\r" : string.Empty));
        _error.Flush();
        _lastLength = text.Length;
    }
}
