using System.IO;
using Cooperation.Cli.Input;

namespace Cooperation.Cli.Tests;

/// <summary>The texts <c>extract --format jsonl</c> holds at once: bounded by a count and by bytes.</summary>
public sealed class TextWindowTests
{
    private const long MiB = 1024 * 1024;

    [Fact]
    public void Many_small_texts_are_held_up_to_the_count()
    {
        var window = new TextWindow(maxTexts: 4, maxBytes: 16 * MiB);
        var admitted = 0;
        while (admitted < 100 && window.TryAdmit(3_000))
        {
            admitted++;
        }

        Assert.Equal(4, admitted);
        Assert.Equal(12_000, window.PeakBytes);
    }

    [Fact]
    public void Large_texts_are_held_by_bytes_not_by_count()
    {
        // Room for four texts: two files of 10 MiB are never held together (20 MiB), 10 and 5 MiB are.
        var window = new TextWindow(maxTexts: 4, maxBytes: 16 * MiB);
        var sizes = new[] { 10 * MiB, 10 * MiB, 5 * MiB, 10 * MiB, 1 * MiB, 1 * MiB };
        var held = new System.Collections.Generic.Queue<long>();
        var next = 0;
        while (next < sizes.Length || held.Count > 0)
        {
            while (next < sizes.Length && window.TryAdmit(sizes[next]))
            {
                held.Enqueue(sizes[next++]);
            }

            window.Release(held.Dequeue());
        }

        Assert.Equal(6, next);
        Assert.Equal(16 * MiB, window.PeakBytes);
        Assert.Equal(3, window.PeakTexts);
        Assert.Equal(0, window.Texts);
    }

    [Fact]
    public void A_text_larger_than_the_bound_is_still_admitted_alone()
    {
        var window = new TextWindow(maxTexts: 4, maxBytes: 1 * MiB);
        Assert.True(window.TryAdmit(2 * MiB));
        Assert.False(window.TryAdmit(1));
        window.Release(2 * MiB);
        Assert.True(window.TryAdmit(1));
    }

    [Fact]
    public void A_path_is_sized_by_one_look_and_what_will_be_refused_costs_nothing()
    {
        var directory = Directory.CreateTempSubdirectory("cooperation-window-");
        try
        {
            var file = Path.Combine(directory.FullName, "a.txt");
            File.WriteAllText(file, "México y Guatemala.");
            Assert.Equal(new FileInfo(file).Length, TextWindow.SizeOf(file));
            Assert.Equal(0, TextWindow.SizeOf(Path.Combine(directory.FullName, "missing.txt")));
            Assert.Equal(0, TextWindow.SizeOf(directory.FullName));
            Assert.Equal(TextInput.MaxBytes, TextWindow.SizeOf("-"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
