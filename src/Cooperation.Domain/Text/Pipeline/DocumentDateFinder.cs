using System;
using NodaTime;

namespace Cooperation.Domain.Text;

/// <summary>
/// Finds the date a text was written on. Before the dates are read: a crawler's leading <c> date YYYY-MM-DD</c> token,
/// which is not a mention. After: the dateline or date line at the head of the text, a full date on one of its first
/// lines with nothing before it but a place and a comma ("Ciudad de México, 13 de mayo de 2021", "WASHINGTON, Oct. 8,
/// 2010"), markup ("**02 de mayo de 2017**"), or a separator ("Secretaría de Relaciones Exteriores | 24 de abril de
/// 2023 | Comunicado"), and after it nothing, a separator or a clock time ("26 de junio de 2025 a las 06:40"). A date
/// given by the caller wins over both.
/// </summary>
internal static class DocumentDateFinder
{
    /// <summary>Lines from the start of the text in which a dateline is looked for.</summary>
    public const int HeadLines = 12;

    /// <summary>The crawler's token: its tokens are skipped by every stage and its date may become the document date.</summary>
    public static void FindCrawlerToken(Analysis a)
    {
        if (a.Count < 6 || !a.IsWord(0, Words.Date) || a.Tokens[0].Has(TokenFlags.Capitalized))
        {
            return;
        }

        // "date 2022-10-17": the word, then four digits, dash, two digits, dash, two digits, with no space inside.
        ref readonly var y = ref a.Tokens[1];
        if (y.Kind != TokenKind.Number || y.Length != 4 || !a.IsPunct(2, '-') || a.Tokens[3].Kind != TokenKind.Number || a.Tokens[3].Length != 2
            || !a.IsPunct(4, '-') || a.Tokens[5].Kind != TokenKind.Number || a.Tokens[5].Length != 2
            || a.Tokens[2].Gap != 0 || a.Tokens[3].Gap != 0 || a.Tokens[4].Gap != 0 || a.Tokens[5].Gap != 0)
        {
            return;
        }

        if (PartialDate.TryParse(a.Text.AsSpan(y.Start, a.Tokens[5].End - y.Start), out var date) && date.Precision == PartialDatePrecision.Day)
        {
            a.SkipUntil = 6;
            if (a.DocumentDate is null)
            {
                a.DocumentDate = date.Earliest;
                a.DocumentDateSource = DocumentDateSource.CrawlerToken;
            }
        }
    }

    /// <summary>The dateline among the date mentions found; sets the document date when none is known yet.</summary>
    public static void FindDateline(Analysis a)
    {
        var headEnd = HeadEnd(a);
        Found? dateline = null;
        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.Kind != MentionKind.Date || found.Expression is not { Day: > 0, Month: > 0, Year: > 0, IsRange: false }
                || found.FirstToken >= headEnd)
            {
                continue;
            }

            if (IsDateline(a, found) && (dateline is null || found.Start < dateline.Start))
            {
                dateline = found;
            }
        }

        if (dateline?.Expression is not { } e)
        {
            return;
        }

        var date = new LocalDate(e.Year, e.Month, e.Day);
        a.DatelineDate = date;
        a.Dateline = dateline;
        if (a.DocumentDate is null)
        {
            a.DocumentDate = date;
            a.DocumentDateSource = DocumentDateSource.Dateline;
        }
    }

    // The first token after the head of the text (its first lines, or its first 400 tokens when they are long).
    private static int HeadEnd(Analysis a)
    {
        var lines = 0;
        for (var k = 1; k < a.Count && k < 400; k++)
        {
            a.Steps++;
            if (a.Tokens[k].Has(TokenFlags.LineStart) && ++lines >= HeadLines)
            {
                return k;
            }
        }

        return System.Math.Min(a.Count, 400);
    }

    private static bool IsDateline(Analysis a, Found found)
    {
        // Before the date on its line: nothing, markup, a place and a comma, or a separator.
        var lineStart = found.FirstToken;
        while (lineStart > 0 && !a.Tokens[lineStart].Has(TokenFlags.LineStart))
        {
            a.Steps++;
            lineStart--;
        }

        var placeAndComma = false;
        var before = found.FirstToken - 1;
        if (before >= lineStart)
        {
            ref readonly var last = ref a.Tokens[before];
            if (last.IsPunct(','))
            {
                // "Ciudad de México," / "WASHINGTON," / "Ottawa, Canadá,": words in capitals and connectors only.
                placeAndComma = true;
                for (var k = lineStart; k < before; k++)
                {
                    a.Steps++;
                    ref readonly var t = ref a.Tokens[k];
                    var ok = (t.Kind == TokenKind.Word && (t.Has(TokenFlags.Capitalized | TokenFlags.AllCaps) || t.Is(LexClass.Connector)))
                        || t.IsPunct(',') || t.IsPunct('.') || IsMarkup(t);
                    if (!ok || before - lineStart > 10)
                    {
                        placeAndComma = false;
                        break;
                    }
                }
            }
            else if (!(IsMarkup(last) || last.IsPunct('|') || (last.Kind == TokenKind.Word && last.Is(LexClass.Weekday))))
            {
                return false;
            }
        }

        if (placeAndComma)
        {
            return true;
        }

        // After it: the end of the line, markup, a separator, or a clock time.
        var after = found.EndToken;
        if (after >= a.Count || a.Tokens[after].Has(TokenFlags.LineStart))
        {
            return true;
        }

        ref readonly var next = ref a.Tokens[after];
        return IsMarkup(next) || next.IsPunct('|') || next.IsPunct('.') || next.IsPunct('-') || next.IsPunct('\u2013') || next.IsPunct('\u2014')
            || next.IsPunct(':') || (a.IsWord(after, Words.A) && a.IsWord(after + 1, Words.Las)) || a.IsWord(after, Words.At)
            || (next.Kind == TokenKind.Number && a.IsPunct(after + 1, ':'));
    }

    private static bool IsMarkup(in Token t) => t.Kind == TokenKind.Punct && t.Number is '*' or '_' or '#' or '>' or '[' or ']' or '\u2022';
}
