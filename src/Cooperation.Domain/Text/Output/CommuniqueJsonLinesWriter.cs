using System.Buffers;
using System.Collections.Generic;

namespace Cooperation.Domain.Text;

/// <summary>
/// A reading as one line of JSON Lines (<c>jsonl</c>, <c>application/jsonl</c>, <c>.jsonl</c>): the document of
/// <see cref="CommuniqueJsonWriter"/> on one line (the draft included), then a line end, so that the readings of many
/// texts written one after another are one JSON document per line (<c>cooperation extract --format jsonl</c>).
/// </summary>
public sealed class CommuniqueJsonLinesWriter : DocumentWriter<CommuniqueReading>
{
    /// <inheritdoc/>
    public override string Name => "jsonl";

    /// <inheritdoc/>
    public override string MediaType => "application/jsonl";

    /// <inheritdoc/>
    public override string FileExtension => ".jsonl";

    private protected override IEnumerable<DocumentPart> WriteParts(CommuniqueReading value, IBufferWriter<byte> destination)
        => CommuniqueJsonWriter.WriteDocument(value, destination, indented: false);
}
