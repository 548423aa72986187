using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Cooperation.Domain.Internal;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain;

/// <summary>
/// How a mechanism came about, in the sources' words and, where they give them, as a date and the event it refers to:
/// "uno de los compromisos de la Visita de Estado que el Presidente Enrique Peña Nieto realizó a Canadá en junio de
/// 2016" is the text, June 2016 the date, the State Visit (a meeting in the catalog) the event.
/// </summary>
/// <remarks>Immutable; validated on construction: the text is required.</remarks>
[JsonConverter(typeof(OriginJsonConverter))]
public sealed partial class Origin
{
    /// <summary>Creates an origin.</summary>
    /// <param name="text">How it came about, in Spanish and/or English.</param>
    /// <param name="date">When, as precisely as the sources say, if they do.</param>
    /// <param name="event">The meeting or visit it came from, when the catalog holds it.</param>
    /// <exception cref="ArgumentException">The text, date or event is the uninitialized default.</exception>
    public Origin(LocalizedText text, PartialDate? date = null, MeetingId? @event = null)
    {
        Guard.Against.Uninitialized(text);
        Guard.Against.UninitializedOptional(date, "The date is the uninitialized default value.");
        Guard.Against.UninitializedOptional(@event, "The event is the uninitialized default value.", nameof(@event));
        Text = text;
        Date = date;
        Event = @event;
    }

    /// <summary>How it came about.</summary>
    public LocalizedText Text { get; }

    /// <summary>When, if the sources say.</summary>
    public PartialDate? Date { get; }

    /// <summary>The meeting or visit it came from, if the catalog holds it.</summary>
    public MeetingId? Event { get; }

    /// <summary>The text, in English when there is English.</summary>
    public override string ToString() => Text.GetOrOther(Language.English);
}
