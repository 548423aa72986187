using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// Names to find in running text, matched token by token: institutions, mechanisms and people by any recorded name,
/// spelling or acronym. A name is cut into tokens as the text is, and found where the text's tokens have the same
/// folded words (case and accents ignored) and the same punctuation. Acronyms match only in the case they are written
/// in; a name of up to three words needs its capitals where the name has them ("Seguridad Pública" is a body,
/// "seguridad pública" is not); longer names match in any case ("grupo de trabajo de movilidad laboral").
/// </summary>
internal sealed class Gazetteer
{
    private readonly Dictionary<ulong, Entry[]> _byFirstWord;

    public Gazetteer(IEnumerable<GazetteerName> names)
    {
        var lists = new Dictionary<ulong, List<Entry>>();
        foreach (var name in names)
        {
            if (Cut(name) is not { } entry)
            {
                continue;
            }

            if (!lists.TryGetValue(entry.Pieces[0].Hash, out var list))
            {
                lists[entry.Pieces[0].Hash] = list = [];
            }

            list.Add(entry);
        }

        // Longest first, so that the first match is the longest.
        _byFirstWord = lists.ToDictionary(static p => p.Key, static p => p.Value.OrderByDescending(static e => e.Pieces.Length).ToArray());
    }

    /// <summary>The number of names.</summary>
    public int Count => _byFirstWord.Values.Sum(static list => list.Length);

    /// <summary>
    /// The longest names that start at token <paramref name="k"/>: all those of that length (several when two entities
    /// share a name), and the token after them.
    /// </summary>
    public bool TryMatch(Analysis a, int k, List<GazetteerName> matches, out int end)
    {
        matches.Clear();
        end = k;
        ref readonly var first = ref a.Tokens[k];
        if (first.Kind != TokenKind.Word || !_byFirstWord.TryGetValue(first.Hash, out var entries))
        {
            return false;
        }

        var length = 0;
        foreach (var entry in entries)
        {
            a.Steps++;
            if (length > 0 && entry.Pieces.Length < length)
            {
                break;
            }

            if (Matches(a, k, entry))
            {
                length = entry.Pieces.Length;
                matches.Add(entry.Name);
            }
        }

        end = k + length;
        return matches.Count > 0;
    }

    private static bool Matches(Analysis a, int k, Entry entry)
    {
        if (k + entry.Pieces.Length > a.Count)
        {
            return false;
        }

        var sentence = a.Tokens[k].Sentence;
        for (var i = 0; i < entry.Pieces.Length; i++)
        {
            a.Steps++;
            ref readonly var token = ref a.Tokens[k + i];
            var piece = entry.Pieces[i];
            if (token.Kind != piece.Kind || (i > 0 && (token.Gap > 2 || (token.Sentence != sentence && token.Gap > 1))))
            {
                return false;
            }

            if (token.Kind == TokenKind.Punct)
            {
                if (token.Number != piece.Char && !(IsDash(token.Number) && IsDash(piece.Char)))
                {
                    return false;
                }

                continue;
            }

            if (token.Hash != piece.Hash)
            {
                return false;
            }

            if (entry.ExactCase)
            {
                if (!a.Span(k + i).SequenceEqual(piece.Text))
                {
                    return false;
                }
            }
            else if (entry.Capitals && piece.Capitalized && !token.Has(TokenFlags.Capitalized))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDash(int c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    private static Entry? Cut(GazetteerName name)
    {
        var tokens = Tokenizer.Tokenize(name.Text, out var count);
        try
        {
            if (count == 0 || tokens[0].Kind != TokenKind.Word)
            {
                return null;
            }

            var pieces = new Piece[count];
            var words = 0;
            for (var i = 0; i < count; i++)
            {
                ref readonly var t = ref tokens[i];
                if (t.Kind == TokenKind.Word)
                {
                    words++;
                }

                pieces[i] = new Piece(t.Kind, t.Hash, t.Kind == TokenKind.Punct ? (char)t.Number : '\0', t.Has(TokenFlags.Capitalized), name.Text[t.Start..t.End]);
            }

            var exactCase = count == 1 && (name.IsAcronym || tokens[0].Has(TokenFlags.AllCaps));
            return new Entry(pieces, name, exactCase, Capitals: words <= 3);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    private sealed record Piece(TokenKind Kind, ulong Hash, char Char, bool Capitalized, string Text);

    private sealed record Entry(Piece[] Pieces, GazetteerName Name, bool ExactCase, bool Capitals);
}
