using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Archived copies: what is read, what is refused, and how quotes are compared.</summary>
public sealed class SourceTextsTests : IDisposable
{
    private readonly ScratchFolder _folder = new("sources");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Quotes_are_found_after_NFC_and_white_space_normalization_with_case_and_accents_kept()
    {
        var texts = SourceTexts.FromTexts([new("a.txt", "La semana  pasada se realizo\u0301 en las\ninstalaciones de la SRE.")]);
        Assert.True(texts.Contains("a.txt", "se realizó en las instalaciones"));
        Assert.False(texts.Contains("a.txt", "Se realizó en las instalaciones"));
        Assert.False(texts.Contains("a.txt", "se realizo en las instalaciones"));
        Assert.Null(texts.Contains("b.txt", "se realizó"));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("La semana  pasada se realizo\u0301 en las\ninstalaciones de la SRE."))), texts.Sha256Of("a.txt"));
    }

    [Fact]
    public void A_folder_gives_only_the_regular_UTF8_files_it_holds_by_bare_name()
    {
        Write("ok.txt", Encoding.UTF8.GetBytes("Comunicado No. 176"));
        Write("latin1.txt", [0x43, 0x61, 0x6E, 0x63, 0x69, 0xF3, 0x6E]);
        Write("empty.txt", []);
        var texts = SourceTexts.FromDirectory(_folder.Path);
        Assert.True(texts.Contains("ok.txt"));
        Assert.False(texts.Contains("latin1.txt"));
        Assert.False(texts.Contains("empty.txt"));
        Assert.False(texts.Contains("missing.txt"));
        Assert.False(texts.Contains("../" + Path.GetFileName(_folder.Path) + "/ok.txt"));
        Assert.False(texts.Contains(".."));
        Assert.Throws<DirectoryNotFoundException>(() => SourceTexts.FromDirectory(Path.Combine(_folder.Path, "nope")));
    }

    [Fact]
    public async System.Threading.Tasks.Task A_FIFO_is_never_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fifo = Path.Combine(_folder.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // Opening a FIFO for reading waits for a writer: a look-up that opened it would not return.
        var texts = SourceTexts.FromDirectory(_folder.Path);
        var lookup = System.Threading.Tasks.Task.Run(() => texts.Contains("pipe.txt"));
        var finished = await System.Threading.Tasks.Task.WhenAny(lookup, System.Threading.Tasks.Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == lookup, "the look-up opened the FIFO");
        Assert.False(await lookup);
    }

    [Fact]
    public void A_file_name_given_twice_in_memory_is_an_error()
    {
        var error = Assert.Throws<ArgumentException>(() => SourceTexts.FromTexts([new("a.txt", "uno"), new("a.txt", "dos")]));
        Assert.Contains("\"a.txt\" is given twice", error.Message, StringComparison.Ordinal);
    }
}
