using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// The one source of a draft: the text itself. What its head states is read from it: its kind ("Comunicado conjunto"
/// a joint communiqué, "Comunicado", "Boletín" or "Readout" a press release, else a news article), its number
/// ("Comunicado No. 176"), its title (a heading, or a standalone line that reads as one), its publisher (a head line
/// that is only the name of a body: "Secretaría de Relaciones Exteriores | 24 de abril de 2023 | Comunicado") and its
/// date (its dateline's), each cited with its words. A title or publisher the text does not state is written as a
/// bracketed note for the reviewer ("[sin título en el texto]", "[editor no indicado en el texto]"), never guessed.
/// </summary>
internal static class SourceDrafter
{
    // How far the head of a text reaches: the lines before its first paragraph of body text, within these bounds.
    private const int MaxHeadLines = 30;
    private const int MaxHeadChars = 4000;
    private const int BodyWords = 25;
    private const int MinTitleWords = 6;
    private const int MaxTitleWords = 40;

    /// <summary>What the head of the text says about the text.</summary>
    public sealed class Head
    {
        public SourceKind Kind { get; set; } = SourceKind.NewsArticle;

        public TextSpan? KindWords { get; set; }

        public string? Number { get; set; }

        public TextSpan? Title { get; set; }

        public Mention? Publisher { get; set; }

        public Mention? Date { get; set; }
    }

    /// <summary>Reads the head of the reading's text.</summary>
    public static Head Read(DraftContext context)
    {
        var reading = context.Reading;
        var text = context.Text;
        var head = new Head();
        if (reading.DatelineDate is { } dateline)
        {
            head.Date = reading.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Date && m.Date is { Precision: PartialDatePrecision.Day } d && d.Earliest == dateline && m.Start < MaxHeadChars);
        }

        var lines = HeadLines(text);
        var previousEmpty = true;
        var firstContent = true;
        TextSpan? heading = null;
        TextSpan? standalone = null;
        foreach (var (start, end) in lines)
        {
            var content = Trim(text, start, end);
            if (content.Length == 0)
            {
                previousEmpty = true;
                continue;
            }

            var isHeading = text.AsSpan(start, end - start).TrimStart().StartsWith("#");
            var segments = Segments(text, content);
            foreach (var segment in segments)
            {
                ReadKind(context, head, segment);
                head.Publisher ??= context.MentionsIn(new TextSpan(segment.Start, segment.Start + 1), MentionKind.Institution).FirstOrDefault(m => m.End == segment.End);
            }

            if (isHeading)
            {
                heading ??= content;
            }
            else if (standalone is null && (previousEmpty || firstContent) && IsTitle(context, head, content, segments.Count))
            {
                standalone = content;
            }

            previousEmpty = false;
            firstContent = false;
        }

        head.Title = heading ?? standalone;
        return head;
    }

    /// <summary>The source: the head's facts, the text's language, the publisher's institution as its issuer, and, when given, its archived copy.</summary>
    public static Source Draft(DraftContext context, Head head, ArchivedCopy? archive, InstitutionId? issuer)
    {
        var language = context.Language;
        var english = language == Language.English;
        var title = (head.Title is { } t ? context.Localized(DraftQuotes.Of(context.Text, t)) : null)
            ?? (english ? LocalizedText.FromEnglish("[no title in the text]") : LocalizedText.FromSpanish("[sin título en el texto]"));
        var publisher = (head.Publisher is { } p ? context.Localized(p.Name ?? p.Text) : null)
            ?? (english ? LocalizedText.FromEnglish("[publisher not stated in the text]") : LocalizedText.FromSpanish("[editor no indicado en el texto]"));
        var citations = DraftContext.Citations(
        [
            head.Title is { } titleSpan ? context.Cite(titleSpan) : null,
            head.Date is { } date ? context.Cite(date.Span) : null,
            head.KindWords is { } kindSpan ? context.Cite(kindSpan) : null,
            head.Publisher is { } publisherMention ? context.Cite(publisherMention.Span) : null,
        ]);
        return new Source(
            context.Source,
            title,
            publisher,
            head.Date?.Date,
            language,
            head.Kind,
            archive: archive,
            issuers: issuer is { } id ? [id] : [],
            number: head.Number,
            citations: citations);
    }

    /// <summary>
    /// The source's identifier: its kind, its date when the text states one, and the first eight hexadecimal digits of
    /// the SHA-256 of its bytes ("press-release-2023-04-24-45eed2cc"): the same text always gives the same identifier,
    /// and two texts of one kind and day do not share one.
    /// </summary>
    public static SourceId IdFor(Head head, string sha256)
        => SourceId.Parse(DraftIds.Compose(head.Kind.Name + (head.Date?.Date is { } date ? "-" + date.ToString() : string.Empty), sha256[..8]), CultureInfo.InvariantCulture);

    // "Comunicado conjunto …", "Comunicado No. 176", "Boletín No. 320/2019", "Readout from …" at the start of a head line or of one of its "|" parts.
    private static void ReadKind(DraftContext context, Head head, TextSpan segment)
    {
        if (head.KindWords is not null)
        {
            return;
        }

        var words = context.WordsIn(segment.Start, Math.Min(segment.End, segment.Start + 200));
        var kind = StartsWith(words, DraftLexicon.JointCues, out var used) ? SourceKind.JointCommunique
            : StartsWith(words, DraftLexicon.PressCues, out used) ? SourceKind.PressRelease
            : null;
        if (kind is null)
        {
            return;
        }

        head.Kind = kind;
        var end = words[used - 1].End;

        // "No. 176", "Núm. 320/2019": the number as written, up to the next white space.
        var k = used;
        if (k < words.Count && DraftLexicon.NumberWords.Contains(words[k].Key))
        {
            k++;
            if (k < words.Count && words[k].Key == ".")
            {
                k++;
            }

            if (k < words.Count)
            {
                var first = words[k].Start;
                var last = first;
                while (last < segment.End && !char.IsWhiteSpace(context.Text[last]) && context.Text[last] is not (',' or ';' or ':' or '|'))
                {
                    last++;
                }

                // A number has a digit ("176", "SRE-101/2024"); "Comunicado no oficial" has none.
                var number = context.Text[first..last].TrimEnd('.');
                if (IsNumber(number) && number.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    head.Number = number;
                    end = first + number.Length;
                }
            }
        }

        head.KindWords = new TextSpan(words[0].Start, end);
    }

    private static bool StartsWith(ArraySegment<DraftWord> words, string[][] cues, out int used)
    {
        foreach (var cue in cues)
        {
            if (words.Count >= cue.Length && cue.Select((w, i) => words[i].Key == w).All(static b => b))
            {
                used = cue.Length;
                return true;
            }
        }

        used = 0;
        return false;
    }

    // A line reads as a title when it has the words of one, is not the dateline, the kind line or a list item, and does
    // not end as a sentence or an introduction does (a final period is allowed after an abbreviation: "EE.UU.").
    private static bool IsTitle(DraftContext context, Head head, TextSpan content, int segments)
    {
        var words = context.WordsIn(content.Start, Math.Min(content.End, content.Start + 2000));
        var count = words.Count(static w => char.IsAsciiLetterOrDigit(w.Key[0]));
        if (segments > 1 || count is < MinTitleWords or > MaxTitleWords)
        {
            return false;
        }

        if (head.Date is { } date && content.Overlaps(date.Span))
        {
            return false;
        }

        if (head.KindWords is { } kind && content.Overlaps(kind) && count <= 5)
        {
            return false;
        }

        var first = context.Text[content.Start];
        if (first is '-' or '•' or '·' or '–' or '—' or '*')
        {
            return false;
        }

        var last = context.Text[content.End - 1];
        if (last is ':' or ',' or ';')
        {
            return false;
        }

        if (last == '.')
        {
            // "…de EE.UU." ends with an abbreviation, not a sentence.
            var lastWord = context.Text.LastIndexOf(' ', content.End - 1, content.Length);
            var word = context.Text.AsSpan(lastWord + 1, content.End - 1 - (lastWord + 1));
            return word.Contains('.');
        }

        return true;
    }

    // The lines of the head: up to the first line of body text (a paragraph of many words), within the bounds above.
    private static List<(int Start, int End)> HeadLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length && lines.Count < MaxHeadLines && start < MaxHeadChars)
        {
            var end = text.IndexOfAny(['\n', '\r'], start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (WordsAtLeast(text, start, end, BodyWords))
            {
                break;
            }

            // A title or a publisher's line is short: a longer line is read only as far as the head reaches.
            lines.Add((start, Math.Min(end, start + MaxHeadChars)));
            start = end + 1;
        }

        return lines;
    }

    private static bool WordsAtLeast(string text, int start, int end, int count)
    {
        var words = 0;
        var inWord = false;
        for (var i = start; i < end; i++)
        {
            var word = !char.IsWhiteSpace(text[i]);
            if (word && !inWord && ++words >= count)
            {
                return true;
            }

            inWord = word;
        }

        return false;
    }

    // The line without the white space and the markup around it ("## …", "**02 de mayo de 2017**", "> …").
    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '#' or '*' or '_' or '>'))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '#' or '*' or '_'))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    // The parts of a line separated by "|", each trimmed.
    private static List<TextSpan> Segments(string text, TextSpan line)
    {
        var segments = new List<TextSpan>();
        var start = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (i == line.End || text[i] == '|')
            {
                var segment = Trim(text, start, i);
                if (segment.Length > 0)
                {
                    segments.Add(segment);
                }

                start = i + 1;
            }
        }

        return segments;
    }

    private static bool IsNumber(string text)
        => text.Length is > 0 and <= 32 && !text.AsSpan().ContainsAnyExcept("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-./")
            && char.IsAsciiLetterOrDigit(text[0]) && char.IsAsciiLetterOrDigit(text[^1]);
}
