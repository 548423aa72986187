using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Cooperation.Domain.Shapes;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Many documents on one and on two cores, as <c>cooperation extract --format jsonl</c> reads them: 200 communiqués of
/// about 4 KB each, read in parallel and written as JSON lines to a null stream. Documents per second is 200 divided by
/// the mean; the baseline is one core.
/// </summary>
[MemoryDiagnoser]
public class ManyCommuniquesBenchmarks
{
    private const int Documents = 200;

    private string[] _texts = [];
    private readonly CommuniqueReader _reader = new(CommuniqueReaderOptions.Default.WithCatalog(ReferenceCatalog.Default));

    private static readonly CommuniqueJsonLinesWriter JsonLines = new();

    /// <summary>How many cores read at once.</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = CommuniqueTexts.Seeds();
        _texts = [.. Enumerable.Range(0, Documents).Select(i => seeds.Length > 0 && i % 2 == 0 ? seeds[i % seeds.Length] : CommuniqueShapes.Communique(4_000 + (i * 37)))];
        _reader.Read(_texts[0]);
    }

    /// <summary>Reads every document and writes its JSON line.</summary>
    [Benchmark]
    public long ReadAll()
    {
        long bytes = 0;
        Parallel.ForEach(_texts, new ParallelOptions { MaxDegreeOfParallelism = Cores }, text =>
        {
            using var sink = new CountingStream();
            JsonLines.Write(_reader.Read(text), sink);
            Interlocked.Add(ref bytes, sink.Length);
        });

        return bytes;
    }

    private sealed class CountingStream : System.IO.Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new System.NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(System.ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
