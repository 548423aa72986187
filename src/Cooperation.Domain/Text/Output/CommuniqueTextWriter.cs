using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// The reading form of a <see cref="CommuniqueReading"/>: the text with each mention marked
/// <c>[words]{kind value}</c> (mentions inside others nest: <c>[Public Safety [Canada]{country CA}]{institution …}</c>),
/// then the meetings, one per line.
/// </summary>
internal static class CommuniqueTextWriter
{
    public static void Write(CommuniqueReading reading, TextWriter writer)
    {
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
        if (reading.Meetings.IsEmpty)
        {
            writer.Write("Meetings: none.\n");
            return;
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
                writer.Write(ordinal.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
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
        }
    }

    private static void Close(Stack<Mention> open, int upTo, string text, ref int position, TextWriter writer)
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
