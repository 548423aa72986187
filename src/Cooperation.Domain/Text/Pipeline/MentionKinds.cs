using System;

namespace Cooperation.Domain.Text;

/// <summary>A set of mention kinds, one bit per <see cref="MentionKind"/>.</summary>
[Flags]
internal enum MentionKinds
{
    None = 0,
    Date = 1 << MentionKind.Date,
    Country = 1 << MentionKind.Country,
    Person = 1 << MentionKind.Person,
    Institution = 1 << MentionKind.Institution,
    Ordinal = 1 << MentionKind.Ordinal,
    Mechanism = 1 << MentionKind.Mechanism,
    Bodies = Institution | Mechanism,
    All = Date | Country | Person | Institution | Ordinal | Mechanism,
}
