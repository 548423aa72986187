namespace Cooperation.Domain.Rules;

/// <summary>
/// Where a citation is, kept as a few fields so that checking a citation allocates nothing; the subject path is
/// built only when a rule reports: <c>meetings[x].delegations[MX].participants[2].citations[source-id]</c>.
/// </summary>
internal readonly record struct CitationSite(string Collection, string Id, CitationSite.Place Where, int Index = 0, PartyRef Party = default)
{
    public enum Place
    {
        Entity,
        Outcome,
        Delegation,
        Participant,
        Statement,
    }

    /// <summary>The subject path of <paramref name="citation"/> at this site (kept in parts for an entity's own citations).</summary>
    public SubjectLocation PathOf(Citation citation)
    {
        if (Where == Place.Entity)
        {
            return SubjectLocation.Of(Collection, Id, "citations", citation.Source.ToString());
        }

        var owner = Where switch
        {
            Place.Outcome => $"{Collection}[{Id}].outcomes[{Index}]",
            Place.Delegation => $"{Collection}[{Id}].delegations[{Party}]",
            Place.Participant => $"{Collection}[{Id}].delegations[{Party}].participants[{Index}]",
            Place.Statement => $"{Collection}[{Id}].statements[{Index}]",
            _ => $"{Collection}[{Id}]",
        };
        return $"{owner}.citations[{citation.Source}]";
    }
}
