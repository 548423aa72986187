using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// A reading for a person to read (<c>text</c>, <c>text/plain</c>, <c>.txt</c>): the text with each mention marked
/// <c>[words]{kind value}</c> (mentions inside others nest: <c>[Public Safety [Canada]{country CA}]{institution …}</c>),
/// then the meetings, one per line.
/// </summary>
public sealed class CommuniqueTextWriter : DocumentWriter<CommuniqueReading>
{
    /// <inheritdoc/>
    public override string Name => "text";

    /// <inheritdoc/>
    public override string MediaType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    public override string FileExtension => ".txt";

    private protected override IEnumerable<DocumentPart> WriteParts(CommuniqueReading reading, IBufferWriter<byte> destination)
    {
        var writer = new Utf8Text(destination);
        var text = reading.Text;
        var ordered = reading.Mentions.OrderBy(static m => m.Start).ThenByDescending(static m => m.End).ToList();
        var open = new Stack<Mention>();
        var position = 0;
        foreach (var mention in ordered)
        {
            Close(open, mention.Start, text, ref position, writer);

            // A mention that crosses the end of an enclosing one cannot be bracketed; it is left unmarked.
            if (open.Count > 0 && mention.End > open.Peek().End)
            {
                continue;
            }

            writer.Write(text.AsSpan(position, mention.Start - position));
            writer.Write('[');
            position = mention.Start;
            open.Push(mention);
        }

        Close(open, text.Length, text, ref position, writer);
        writer.Write(text.AsSpan(position));
        if (text.Length > 0 && text[^1] != '\n')
        {
            writer.Write('\n');
        }

        writer.Write('\n');
        yield return default;
        if (reading.Meetings.IsEmpty)
        {
            writer.Write("Meetings: none.\n");
            yield break;
        }

        writer.Write("Meetings:\n");
        foreach (var meeting in reading.Meetings)
        {
            writer.Write("  ");
            writer.Write(meeting.Status.Name);
            writer.Write(' ');
            writer.Write(meeting.DateValue ?? "(no date)");
            writer.Write(' ');
            writer.Write(meeting.Countries.IsEmpty ? "(no countries)" : string.Join(' ', meeting.Countries.Select(static c => c.Alpha2)));
            if (meeting.Ordinal is { } ordinal)
            {
                writer.Write(" #");
                writer.Write(ordinal.Value);
            }

            if (meeting.Mechanism is { } mechanism)
            {
                writer.Write(" — ");
                writer.Write(mechanism);
            }

            if (meeting.Place is { } place)
            {
                writer.Write(" — in ");
                writer.Write(place);
            }

            writer.Write('\n');
            yield return default;
        }
    }

    private static void Close(Stack<Mention> open, int upTo, string text, ref int position, Utf8Text writer)
    {
        while (open.Count > 0 && open.Peek().End <= upTo)
        {
            var done = open.Pop();
            writer.Write(text.AsSpan(position, done.End - position));
            writer.Write("]{");
            writer.Write(CommuniqueJsonWriter.KindName(done.Kind));
            writer.Write(' ');
            writer.Write(done.Value ?? "null");
            writer.Write('}');
            position = done.End;
        }
    }
}
