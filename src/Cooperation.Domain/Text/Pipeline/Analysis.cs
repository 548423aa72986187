using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Cooperation.Domain.Text;

/// <summary>
/// One text while the stages read it: the text, its tokens and sentences, the language and document date, the mentions
/// found so far and which tokens they claim. Each stage reads what the earlier ones left and adds its own.
/// </summary>
internal sealed class Analysis
{
    private readonly MentionKinds[] _claims;

    public Analysis(string text, Token[] tokens, int count, ImmutableArray<TextSpan> sentences, CatalogNames? catalog)
    {
        Text = text;
        Tokens = tokens;
        Count = count;
        Sentences = sentences;
        Catalog = catalog;
        _claims = new MentionKinds[count];
    }

    public string Text { get; }

    /// <summary>The tokens (a rented array: only the first <see cref="Count"/> are the text's).</summary>
    public Token[] Tokens { get; }

    public int Count { get; }

    public ImmutableArray<TextSpan> Sentences { get; }

    /// <summary>The names of the options' catalog, or null.</summary>
    public CatalogNames? Catalog { get; }

    public Language Language { get; set; }

    public LocalDate? DocumentDate { get; set; }

    public DocumentDateSource DocumentDateSource { get; set; }

    public LocalDate? DatelineDate { get; set; }

    /// <summary>The date mention of the dateline, when the text has one.</summary>
    public Found? Dateline { get; set; }

    /// <summary>The tokens of a crawler's date token, which no stage reads (its end token; 0 when none).</summary>
    public int SkipUntil { get; set; }

    /// <summary>
    /// Steps of work done by the stages (a token looked at, a candidate compared), which the linear-work tests count
    /// through <see cref="Internal.WorkMeter"/>.
    /// </summary>
    public long Steps { get; set; }

    /// <summary>Every mention found, in no particular order until the end.</summary>
    public List<Found> Found { get; } = [];

    /// <summary>Acronyms the text defines ("(GANSEG)" after its name), by word hash.</summary>
    public Dictionary<ulong, Found> DefinedAcronyms { get; } = [];

    /// <summary>The token's text.</summary>
    public ReadOnlySpan<char> Span(int token) => Text.AsSpan(Tokens[token].Start, Tokens[token].End - Tokens[token].Start);

    /// <summary>The text from the start of one token to the end of another.</summary>
    public string Slice(int first, int lastInclusive) => Text[Tokens[first].Start..Tokens[lastInclusive].End];

    /// <summary>
    /// The words from one token to another as a name: the text between them with each run of white space (a line break
    /// of a hard-wrapped text) made one space.
    /// </summary>
    public string Words(int first, int lastInclusive)
    {
        var raw = Text.AsSpan(Tokens[first].Start, Tokens[lastInclusive].End - Tokens[first].Start);
        if (!raw.ContainsAny(OtherSpace) && !raw.Contains("  ", StringComparison.Ordinal))
        {
            return raw.ToString();
        }

        var builder = new System.Text.StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (Tokenizer.IsSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }

    // White space other than the plain space.
    private static readonly System.Buffers.SearchValues<char> OtherSpace = System.Buffers.SearchValues.Create("\t\n\r\u00A0\f\v\u2028\u2029");

    /// <summary>True when token <paramref name="k"/> exists and is the word with this hash.</summary>
    public bool IsWord(int k, ulong hash) => (uint)k < (uint)Count && Tokens[k].Kind == TokenKind.Word && Tokens[k].Hash == hash;

    /// <summary>True when token <paramref name="k"/> exists and is this punctuation character.</summary>
    public bool IsPunct(int k, char c) => (uint)k < (uint)Count && Tokens[k].IsPunct(c);

    /// <summary>True when token <paramref name="k"/> exists and is a word of any of these classes.</summary>
    public bool Is(int k, LexClass classes) => (uint)k < (uint)Count && Tokens[k].Kind == TokenKind.Word && Tokens[k].Is(classes);

    /// <summary>The kinds of mention that claim a token.</summary>
    public MentionKinds ClaimsOf(int k) => _claims[k];

    /// <summary>True when any of the tokens from <paramref name="first"/> to before <paramref name="end"/> is claimed by one of <paramref name="kinds"/>.</summary>
    public bool IsClaimed(int first, int end, MentionKinds kinds)
    {
        for (var k = Math.Max(0, first); k < end && k < Count; k++)
        {
            Steps++;
            if ((_claims[k] & kinds) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a mention and claims its tokens.</summary>
    public Found Add(MentionKind kind, int first, int end)
    {
        var found = new Found(kind, first, end, Tokens[first].Start, Tokens[end - 1].End);
        Found.Add(found);
        var bit = Bit(kind);
        for (var k = first; k < end; k++)
        {
            _claims[k] |= bit;
        }

        return found;
    }

    /// <summary>The public mention of a found one, made once, so that the reading and its meetings share it.</summary>
    public Mention MentionOf(Found found) => found.Mention ??= found.ToMention(Text);

    /// <summary>The claim bit of a kind.</summary>
    public static MentionKinds Bit(MentionKind kind) => (MentionKinds)(1 << (int)kind);
}
