using System;
using System.IO;
using System.Text;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Internal.Files;

/// <summary>
/// The one opener: what it reads of every kind of file, named or found, directly or through links; it never waits in
/// open(2), never reads a device without end, and a second look accepts only the same regular file, unchanged.
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private readonly ScratchFolder _folder = new("opener");

    public void Dispose() => _folder.Dispose();

    private string At(string name) => Path.Combine(_folder.Path, name);

    private static Exception Tall(long length) => new InvalidDataException($"too large: {length}");

    [Fact]
    public void A_regular_file_is_read_up_to_the_length_it_had_when_opened()
    {
        var path = At("a.txt");
        File.WriteAllText(path, "hello");
        using var file = InputFile.Open(path, FileOrigin.Found, "a text");
        Assert.Equal(FileKind.Regular, file.Facts.Kind);
        Assert.Equal(5, file.Facts.Length);
        File.AppendAllText(path, " and more");
        Assert.Equal("hello", Encoding.UTF8.GetString(file.ReadAll(100, Tall)));
        Assert.Equal("too large: 5", Assert.Throws<InvalidDataException>(() => file.ReadAll(4, Tall)).Message);
    }

    [Fact]
    public void A_fifo_without_a_writer_opens_at_once_when_named_and_is_refused_when_found()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("pipe"));
        var named = FileKinds.Guarded("opening a FIFO without a writer", () =>
        {
            using var file = InputFile.Open(fifo, FileOrigin.Named, "a catalog file");
            return (file.Facts.Kind, file.IsStream, file.ReadAll(100, Tall).Length);
        }, fifo);
        Assert.Equal((FileKind.Fifo, true, 0), named);

        var link = FileKinds.Link(At("link-to-pipe"), fifo);
        var found = FileKinds.Guarded("opening a link to a FIFO", () => Assert.Throws<FileKindException>(() => InputFile.Open(link, FileOrigin.Found, "an archived copy")), fifo);
        Assert.Equal($"\"{link}\" is a FIFO or pipe, not a regular file: a file that is found rather than named is read only when it is a regular file.", found.Message);
    }

    [Fact]
    public void A_fifo_with_a_writer_is_read_as_a_stream_within_the_limit()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var fifo = FileKinds.Fifo(At("pipe"));
        using (FileKinds.Fill(fifo, Encoding.UTF8.GetBytes(new string('x', 200_000))))
        {
            var bytes = FileKinds.Guarded("reading a FIFO", () =>
            {
                using var file = InputFile.Open(fifo, FileOrigin.Named, "a baseline file");
                return file.ReadAll(1 << 20, Tall);
            }, fifo);
            Assert.Equal(200_000, bytes.Length);
        }

        using (FileKinds.Fill(fifo, Encoding.UTF8.GetBytes(new string('x', 200_000))))
        {
            var error = FileKinds.Guarded("reading a FIFO past the limit", () =>
            {
                using var file = InputFile.Open(fifo, FileOrigin.Named, "a baseline file");
                return Assert.Throws<InvalidDataException>(() => file.ReadAll(100_000, Tall));
            }, fifo);
            Assert.StartsWith("too large: ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_link_to_dev_zero_is_never_read_without_end()
    {
        if (!FileKinds.Supported)
        {
            return;
        }

        var link = FileKinds.Link(At("zero.json"), "/dev/zero");
        var error = FileKinds.Guarded("reading /dev/zero", () =>
        {
            using var file = InputFile.Open(link, FileOrigin.Named, "a catalog file");
            Assert.Equal(FileKind.CharacterDevice, file.Facts.Kind);
            return Assert.Throws<InvalidDataException>(() => file.ReadAll(1 << 20, Tall));
        });
        Assert.StartsWith("too large: ", error.Message, StringComparison.Ordinal);
        Assert.Throws<FileKindException>(() => InputFile.Open(link, FileOrigin.Found, "an archived copy"));
    }

    [Fact]
    public void Directories_block_devices_dangling_links_and_loops_are_refused_with_their_reason()
    {
        Assert.Equal($"\"{_folder.Path}\" is a directory, not a catalog file.", Assert.Throws<FileKindException>(() => InputFile.Open(_folder.Path, FileOrigin.Named, "a catalog file")).Message);
        Assert.Throws<FileNotFoundException>(() => InputFile.Open(At("missing"), FileOrigin.Named, "a catalog file"));
        if (!FileKinds.Supported)
        {
            return;
        }

        Assert.Throws<FileNotFoundException>(() => InputFile.Open(FileKinds.Link(At("dangling"), "nowhere"), FileOrigin.Named, "a catalog file"));
        FileKinds.Link(At("loop-a"), "loop-b");
        FileKinds.Link(At("loop-b"), "loop-a");
        Assert.Contains("loop of symbolic links", Assert.Throws<IOException>(() => InputFile.Open(At("loop-a"), FileOrigin.Named, "a catalog file")).Message, StringComparison.Ordinal);
        Assert.ThrowsAny<IOException>(() => InputFile.Open(Path.Combine(At("loop-a"), "x"), FileOrigin.Named, "a catalog file"));
        Assert.Throws<DirectoryNotFoundException>(() => InputFile.Open(Path.Combine(At("missing"), "x"), FileOrigin.Named, "a catalog file"));
        if (File.Exists("/dev/loop0") && FileFacts.OfPath("/dev/loop0", followLinks: true)?.Kind == FileKind.BlockDevice)
        {
            Assert.Contains("is a block device", Assert.ThrowsAny<IOException>(() => InputFile.Open("/dev/loop0", FileOrigin.Named, "a catalog file")).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_second_look_accepts_only_the_same_regular_file_unchanged()
    {
        var path = At("a.json");
        File.WriteAllText(path, "{}");
        FileFacts first;
        using (var file = InputFile.Open(path, FileOrigin.Named, "a catalog file"))
        {
            first = file.Facts;
        }

        using (var same = InputFile.Reopen(path, first))
        {
            Assert.NotNull(same);
        }

        // The same bytes in another file (another inode): not the file read.
        var other = At("b.json");
        File.WriteAllText(other, "{}");
        File.Move(other, path, overwrite: true);
        Assert.Null(InputFile.Reopen(path, first));
        if (!FileKinds.Supported)
        {
            return;
        }

        // Swapped for a FIFO or a link to /dev/zero: refused without waiting or reading.
        File.Delete(path);
        FileKinds.Fifo(path);
        Assert.Null(FileKinds.Guarded("a second look at a FIFO", () => InputFile.Reopen(path, first), path));
        File.Delete(path);
        FileKinds.Link(path, "/dev/zero");
        Assert.Null(FileKinds.Guarded("a second look at /dev/zero", () => InputFile.Reopen(path, first)));
    }

    [Fact]
    public void Facts_tell_a_file_from_its_other_names()
    {
        var path = At("a.json");
        File.WriteAllText(path, "{}");
        var facts = FileFacts.OfPath(path, followLinks: true)!.Value;
        Assert.True(facts.IsSameFile(FileFacts.OfPath(Path.Combine(_folder.Path, ".", "a.json"), followLinks: true)!.Value));
        Assert.Null(FileFacts.OfPath(At("missing"), followLinks: true));
        if (!FileKinds.Supported)
        {
            return;
        }

        var link = FileKinds.Link(At("link.json"), "a.json");
        Assert.True(facts.IsSameFile(FileFacts.OfPath(link, followLinks: true)!.Value));
        Assert.Equal(FileKind.SymbolicLink, FileFacts.OfPath(link, followLinks: false)!.Value.Kind);
        File.SetUnixFileMode(path, UnixFileMode.UserRead);
        Assert.False(FileFacts.OfPath(path, followLinks: true)!.Value.IsWritable);
        Assert.Equal(UnixFileMode.UserRead, FileFacts.OfPath(path, followLinks: true)!.Value.Permissions);
    }
}
