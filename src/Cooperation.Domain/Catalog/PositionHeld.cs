using System;

namespace Cooperation.Domain;

/// <summary>
/// A position a person held at a meeting, as that meeting's source wrote it: one row of
/// <see cref="CooperationCatalog.PositionsOf(PersonId)"/>.
/// </summary>
/// <param name="Meeting">The meeting.</param>
/// <param name="Date">The meeting's first day, as precisely as known.</param>
/// <param name="Party">The party whose delegation the person was in.</param>
/// <param name="Role">The part the person played in the delegation.</param>
/// <param name="Name">The name as the source wrote it there.</param>
/// <param name="Institution">The institution given for the person there, if any.</param>
/// <param name="Position">The position as the source wrote it there, if given.</param>
public sealed record PositionHeld(MeetingId Meeting, PartialDate Date, PartyRef Party, DelegationRole Role, PersonName Name, InstitutionId? Institution, LocalizedText? Position);
