using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Interop.Tests.Support;
using NodaTime;

namespace Cooperation.Domain.Interop.Tests.Writing;

/// <summary>
/// Every text export is one of the library's <see cref="DocumentWriter{T}"/>s: the same bytes to a buffer, to a stream
/// synchronously, to a stream that refuses synchronous I/O, and as a string; names that the tool's <c>--format</c>
/// takes, one each.
/// </summary>
public sealed class DocumentWriterTests
{
    private static readonly LocalDate AsOf = new(2026, 11, 27);

    private static IEnumerable<DocumentWriter<CooperationCatalog>> Writers() =>
        [new PopoloWriter(), new FollowTheMoneyWriter(), new ICalendarWriter(AsOf), new TimelineWriter(AsOf), .. CsvExport.Tables];

    public static TheoryData<int> Indexes => [.. Enumerable.Range(0, Writers().Count())];

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task Every_destination_gets_the_same_bytes(int index)
    {
        var writer = Writers().ElementAt(index);
        var catalog = HostileCatalog.Build();
        var bytes = Exported.Bytes(o => writer.Write(catalog, o));
        Assert.NotEmpty(bytes);

        using var stream = new MemoryStream();
        writer.Write(catalog, stream);
        Assert.Equal(bytes, stream.ToArray());
        Assert.Equal(bytes, await Exported.BytesAsync((s, c) => writer.WriteAsync(catalog, s, c)));
        Assert.True(writer.IsText);
        Assert.Equal(Encoding.UTF8.GetString(bytes), writer.WriteToString(catalog));
        Assert.Equal(writer.Name, writer.ToString());
    }

    [Fact]
    public async Task A_cancelled_write_stops_before_the_first_byte()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        foreach (var writer in Writers())
        {
            using var stream = new MemoryStream();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer.WriteAsync(ReferenceCatalog.Default, stream, cancelled.Token));
            Assert.Equal(0, stream.Length);
        }
    }

    [Fact]
    public void The_names_are_the_tools_formats_and_a_null_catalog_is_refused()
    {
        Assert.Equal(["popolo", "ftm", "ics", "html"], Writers().Take(4).Select(w => w.Name));
        Assert.All(CsvExport.Tables, t => Assert.Equal("csv", t.Name));
        Assert.Equal(CsvExport.Tables.Count, CsvExport.Tables.Select(t => t.Table).Distinct().Count());
        Assert.All(Writers(), w => Assert.Throws<ArgumentNullException>(() => w.WriteToString(null!)));
    }
}
