using System;
using System.Collections.Generic;

namespace Cooperation.Domain.Text;

/// <summary>
/// A mention while the stages are still at work: its kind, tokens and character span, and the value its stage gave it.
/// Becomes a <see cref="Mention"/> at the end.
/// </summary>
internal sealed class Found
{
    public Found(MentionKind kind, int firstToken, int endToken, int start, int end)
    {
        Kind = kind;
        FirstToken = firstToken;
        EndToken = endToken;
        Start = start;
        End = end;
    }

    public MentionKind Kind { get; }

    /// <summary>The first token of the mention.</summary>
    public int FirstToken { get; set; }

    /// <summary>The token after the last.</summary>
    public int EndToken { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    /// <summary>A date's value, once resolved.</summary>
    public PartialDate? Date { get; set; }

    /// <summary>A date range's value, once resolved.</summary>
    public PartialDateRange? DateRange { get; set; }

    /// <summary>A date still to resolve (relative, or without its year).</summary>
    public DateExpression? Expression { get; set; }

    public CountryCode? Country { get; set; }

    public Ordinal? Ordinal { get; set; }

    public string? Name { get; set; }

    public string? Position { get; set; }

    /// <summary>For a person: the tokens of the position, first and last (inclusive); -1 when there is none.</summary>
    public int PositionFirst { get; set; } = -1;

    public int PositionLast { get; set; } = -1;

    public PersonId? Person { get; set; }

    public InstitutionId? Institution { get; set; }

    public MechanismId? Mechanism { get; set; }

    /// <summary>For an acronym: the mention of the full name it abbreviates, when the text gives it.</summary>
    public Found? LongForm { get; set; }

    /// <summary>True for an acronym ("SRE", "GANSEG").</summary>
    public bool IsAcronym { get; set; }

    /// <summary>For an ordinal: the meeting noun it numbers ("Reunión", "meeting"), as a token index; -1 when none.</summary>
    public int NounToken { get; set; } = -1;

    /// <summary>The name's folded key (case, accents, punctuation and spacing dropped), computed once.</summary>
    public string NameKey => _nameKey ??= Lexicon.Fold(Name ?? string.Empty);

    private string? _nameKey;

    /// <summary>The public mention made of it (<see cref="Analysis.MentionOf"/>), once; null until then.</summary>
    public Mention? Mention { get; set; }

    /// <summary>For a person: the canonical (fullest) name of the same person in the text.</summary>
    public string? Canonical { get; set; }

    /// <summary>
    /// The mentions in text order: by start, then (when <paramref name="thenByEnd"/>) by end, then by kind, and those
    /// alike in the order found (a stable sort, on keys taken once, without LINQ's comparer chain).
    /// </summary>
    public static Found[] InTextOrder(List<Found> found, bool thenByEnd)
    {
        var items = found.ToArray();
        var keys = new OrderKey[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = new OrderKey(items[i].Start, thenByEnd ? items[i].End : 0, items[i].Kind, i);
        }

        Array.Sort(keys, items);
        return items;
    }

    // The key of InTextOrder, compared field by field (a tuple's comparison goes through a comparer per field).
    private readonly record struct OrderKey(int Start, int End, MentionKind Kind, int Index) : IComparable<OrderKey>
    {
        public int CompareTo(OrderKey other)
            => Start != other.Start ? (Start < other.Start ? -1 : 1)
                : End != other.End ? (End < other.End ? -1 : 1)
                : Kind != other.Kind ? (Kind < other.Kind ? -1 : 1)
                : Index.CompareTo(other.Index);
    }

    /// <summary>The mention as the public type.</summary>
    public Mention ToMention(string text) => new(Kind, new TextSpan(Start, End), text.Substring(Start, End - Start))
    {
        Date = Date,
        DateRange = DateRange,
        Country = Country,
        Ordinal = Ordinal,
        Name = Name,
        Position = Position,
        Person = Person,
        Institution = Institution,
        Mechanism = Mechanism,
    };
}
