using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Cooperation.Domain.Rules;

/// <summary>
/// One message argument of a built-in rule's finding, as the rule passes it to <see cref="RuleContext"/>: a reference
/// (a string, an identifier's text, a shared <see cref="MessageArgument"/>) or a value kept as bits (a number, a date,
/// deferred words), so that reporting a finding boxes nothing and formats nothing. <see cref="ToObject"/> gives the
/// argument exactly as the rule used to pass it, boxed or formatted, when a message or a fingerprint is made.
/// </summary>
/// <remarks>
/// Identifiers, country codes and parties are kept as their text: their messages and fingerprints use only that text
/// (<c>string.Format</c> and <c>Convert.ToString</c> give the same for the value and for its text).
/// </remarks>
internal readonly struct ReportArgument
{
    private ReportArgument(object? reference, long bits, ReportArgumentKind kind)
    {
        Reference = reference;
        Bits = bits;
        Kind = kind;
    }

    /// <summary>The reference: the argument itself, or the value of deferred words.</summary>
    internal object? Reference { get; }

    /// <summary>The bits of a number, a date or deferred words.</summary>
    internal long Bits { get; }

    /// <summary>How to read <see cref="Reference"/> and <see cref="Bits"/>.</summary>
    internal ReportArgumentKind Kind { get; }

    public static implicit operator ReportArgument(string? text) => new(text, 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(MessageArgument? argument) => new(argument, 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(MeetingId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(MechanismId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(InstitutionId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(PersonId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(SourceId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(CommitmentId id) => new(id.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(InstitutionId? id) => new(id?.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(PersonId? id) => new(id?.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(PersonName? name) => new(name?.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(CountryCode country) => new(country.ToString(), 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(PartyRef party) => new(party.ToString(), 0, ReportArgumentKind.Reference);

    // A range is kept boxed, as it was passed before: only presidency findings show one.
    public static implicit operator ReportArgument(PartialDateRange range) => new(range, 0, ReportArgumentKind.Reference);

    public static implicit operator ReportArgument(int number) => new(null, number, ReportArgumentKind.Number);

    public static implicit operator ReportArgument(PartialDate date) => new(null, date.ToBits(), ReportArgumentKind.Date);

    /// <summary>A date's text, or a range's ("2017-04-25/2017-04-28"), made when shown.</summary>
    internal static ReportArgument DateText(PartialDate start, PartialDate? end = null)
        => new(null, (uint)start.ToBits() | ((long)(end?.ToBits() ?? 0) << 32), ReportArgumentKind.DateText);

    /// <summary>Words around one value (<see cref="MessageArgument.WordsAround"/>): the formats are kept once, by number.</summary>
    internal static ReportArgument WordsAround(string englishFormat, string spanishFormat, string value)
        => new(value, WordsTable.Number(englishFormat, spanishFormat), ReportArgumentKind.WordsAround);

    /// <summary>A number and the words that follow it (<see cref="MessageArgument.Count"/>).</summary>
    internal static ReportArgument Count(int count, string english, string spanish)
        => new(null, ((long)WordsTable.Number(english, spanish) << 32) | (uint)count, ReportArgumentKind.Count);

    /// <summary>The argument as the rule used to pass it: the reference, a boxed number or date, a date's text, or the words.</summary>
    internal object? ToObject()
    {
        switch (Kind)
        {
            case ReportArgumentKind.Number:
                return (int)Bits;
            case ReportArgumentKind.Date:
                return PartialDate.FromBits((int)Bits);
            case ReportArgumentKind.DateText:
                var start = PartialDate.FromBits((int)Bits).ToString();
                var end = (int)(Bits >>> 32);
                return end == 0 ? start : string.Concat(start, "/", PartialDate.FromBits(end).ToString());
            case ReportArgumentKind.WordsAround:
                var (english, spanish) = WordsTable.At((int)Bits);
                return MessageArgument.WordsAround(english, spanish, Reference);
            case ReportArgumentKind.Count:
                var (one, other) = WordsTable.At((int)(Bits >>> 32));
                return MessageArgument.Count((int)Bits, one, other);
            default:
                return Reference;
        }
    }

    /// <summary>The argument rebuilt from what a finding kept.</summary>
    internal static ReportArgument From(object? reference, long bits, ReportArgumentKind kind) => new(reference, bits, kind);

    // The English and Spanish words of deferred arguments, each pair kept once and named by its number: the built-in
    // rules pass a few dozen literal pairs, thousands of times on a broken catalog.
    private static class WordsTable
    {
        private static readonly ConcurrentDictionary<(string English, string Spanish), int> Numbers = new();
        private static readonly Lock Adding = new();
        private static (string English, string Spanish)[] s_pairs = new (string, string)[64];

        internal static int Number(string english, string spanish)
            => Numbers.TryGetValue((english, spanish), out var number) ? number : Add(english, spanish);

        internal static (string English, string Spanish) At(int number) => Volatile.Read(ref s_pairs)[number];

        private static int Add(string english, string spanish)
        {
            lock (Adding)
            {
                if (Numbers.TryGetValue((english, spanish), out var number))
                {
                    return number;
                }

                // The pair is stored before its number is published, so a reader that finds the number finds the pair.
                number = Numbers.Count;
                var pairs = s_pairs;
                if (number == pairs.Length)
                {
                    Array.Resize(ref pairs, pairs.Length * 2);
                }

                pairs[number] = (english, spanish);
                Volatile.Write(ref s_pairs, pairs);
                Numbers[(english, spanish)] = number;
                return number;
            }
        }
    }
}
