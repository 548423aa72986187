using System;
using System.Collections.Generic;
using System.Text;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Internal.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// The quotes of a draft's citations: the text's own words, as a <see cref="Citation"/> accepts them and as
/// <c>check --sources</c> finds them again. A stretch of the text becomes a quote by turning every run of white space
/// (line breaks included) into one space and trimming it, which is the form quotes are compared in
/// (docs/json-format.md, "Citations"), so a quote taken this way is always found in the text it came from.
/// </summary>
internal static class DraftQuotes
{
    private const int Limit = Citation.MaxQuoteLength;

    /// <summary>
    /// The words of <paramref name="text"/> from <paramref name="start"/> to <paramref name="end"/> as a quote, or null
    /// when they cannot be one: nothing but white space, longer than a quote may be, or holding control or invisible
    /// characters that a quote refuses. Stops reading as soon as the quote is too long.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">The offset of the first character.</param>
    /// <param name="end">The offset after the last character.</param>
    /// <param name="known">
    /// Quotes already taken from this text, each its own key: words already quoted give the same string again, found by
    /// their characters without building the quote, and a new quote is added. Null to keep none.
    /// </param>
    public static string? Of(string text, int start, int end, Dictionary<string, string>? known = null)
    {
        start = Math.Max(0, start);
        end = Math.Min(text.Length, end);
        if (known is not null && start < end && end - start <= Limit && IsQuoteForm(text.AsSpan(start, end - start))
            && known.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(start, end - start), out var same))
        {
            return same;
        }

        var builder = new StringBuilder(Math.Clamp(end - start, 0, Limit + 1));
        if (!QuoteText.AppendCollapsed(text.AsSpan(start, end - start), builder, Limit, WorkMeter.Current))
        {
            return null;
        }

        if (builder.Length == 0)
        {
            return null;
        }

        var quote = builder.ToString();
        if (!HumanText.TryCheck(quote, Limit, "too long", out _, out _))
        {
            return null;
        }

        if (known is not null)
        {
            if (known.TryGetValue(quote, out var earlier))
            {
                return earlier;
            }

            known[quote] = quote;
        }

        return quote;
    }

    /// <summary>The words of a span (<see cref="Of(string, int, int, Dictionary{string, string}?)"/>).</summary>
    public static string? Of(string text, TextSpan span, Dictionary<string, string>? known = null) => Of(text, span.Start, span.End, known);

    // Words already in the form of a quote: no white space but single spaces between words.
    private static bool IsQuoteForm(ReadOnlySpan<char> words)
    {
        if (char.IsWhiteSpace(words[0]) || char.IsWhiteSpace(words[^1]))
        {
            return false;
        }

        for (var i = 1; i < words.Length - 1; i++)
        {
            if (char.IsWhiteSpace(words[i]) && (words[i] != ' ' || words[i + 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A quote of <paramref name="outer"/> (a sentence) when it fits, else of as much of it around
    /// <paramref name="focus"/> (the words the fact rests on) as fits, cut between words; else of the focus alone; null
    /// when not even the focus can be quoted. Work is bounded by the length of a quote, whatever the sentence's length.
    /// </summary>
    public static string? Around(string text, TextSpan outer, TextSpan focus, Dictionary<string, string>? known = null)
    {
        outer = new TextSpan(Math.Min(outer.Start, focus.Start), Math.Max(outer.End, focus.End));
        if (outer.Length <= Limit && Of(text, outer, known) is { } whole)
        {
            return whole;
        }

        if (focus.Length > Limit)
        {
            return null;
        }

        // The focus in the middle of what fits, in characters as written (which white space only shortens).
        var budget = Limit - focus.Length;
        var end = Math.Min(outer.End, focus.End + (budget / 2));
        var start = Math.Max(outer.Start, focus.Start - (budget - (end - focus.End)));
        end = Math.Min(outer.End, focus.End + (budget - (focus.Start - start)));
        while (start < focus.Start && start > outer.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start++;
        }

        while (end > focus.End && end < outer.End && !char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return Of(text, start, end, known) ?? Of(text, focus, known);
    }
}
