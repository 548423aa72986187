using System;
using System.Runtime.InteropServices;

namespace Cooperation.Domain.Text;

/// <summary>What a token is.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters (with apostrophes inside, "d'Ivoire", and dotted abbreviations, "EE.UU.").</summary>
    Word = 1,

    /// <summary>ASCII digits, with an ordinal suffix when one is attached ("8ª", "24th", "1er").</summary>
    Number = 2,

    /// <summary>One punctuation or symbol character.</summary>
    Punct = 3,

    /// <summary>A web address, as one token that no stage looks into.</summary>
    Url = 4,
}

/// <summary>The shape of a token's letters and its place.</summary>
[Flags]
internal enum TokenFlags : ushort
{
    None = 0,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1 << 0,

    /// <summary>Every letter is upper case (and there are two or more).</summary>
    AllCaps = 1 << 1,

    /// <summary>The word has letters in lower case.</summary>
    HasLower = 1 << 2,

    /// <summary>A dotted abbreviation ("U.S.", "EE.UU.", "a.m.").</summary>
    Dotted = 1 << 3,

    /// <summary>A number with an ordinal suffix ("8ª", "24th").</summary>
    OrdinalSuffix = 1 << 4,

    /// <summary>The first token of its line.</summary>
    LineStart = 1 << 5,

    /// <summary>Touches the previous token with no space, and that token is a word or a number ("COVID-19", "H2").</summary>
    Glued = 1 << 6,

    /// <summary>Every letter of its line is upper case (a headline in capitals).</summary>
    CapsLine = 1 << 7,
}

/// <summary>
/// One token of the text: its offsets, kind and shape, the white space before it, and for words the lexicon entry and
/// a hash of the folded form (which the gazetteer compares).
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct Token
{
    /// <summary>The offset of the first character.</summary>
    public int Start;

    /// <summary>The offset after the last character.</summary>
    public int End;

    /// <summary>What the token is.</summary>
    public TokenKind Kind;

    /// <summary>The white space before it: 0 none, 1 spaces, 2 a line break, 3 a blank line.</summary>
    public byte Gap;

    /// <summary>Its shape.</summary>
    public TokenFlags Flags;

    /// <summary>The value of a number (-1 when it has more than nine digits); the character of a punctuation token.</summary>
    public int Number;

    /// <summary>The index of its sentence.</summary>
    public int Sentence;

    /// <summary>A hash of a word's folded form (0 for other tokens).</summary>
    public ulong Hash;

    /// <summary>What the lexicon knows of a word.</summary>
    public LexEntry Lex;

    /// <summary>The number of characters.</summary>
    public readonly int Length => End - Start;

    /// <summary>True when the token has any of the flags.</summary>
    public readonly bool Has(TokenFlags flags) => (Flags & flags) != 0;

    /// <summary>True for a word of any of these classes.</summary>
    public readonly bool Is(LexClass classes) => (Lex.Classes & classes) != 0;

    /// <summary>True for this punctuation character.</summary>
    public readonly bool IsPunct(char c) => Kind == TokenKind.Punct && Number == c;

    /// <summary>True for a word with an upper-case first letter.</summary>
    public readonly bool IsCapitalizedWord => Kind == TokenKind.Word && (Flags & TokenFlags.Capitalized) != 0;
}
