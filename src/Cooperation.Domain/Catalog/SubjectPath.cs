namespace Cooperation.Domain;

/// <summary>
/// Paths of subjects in a catalog, by identifier: <c>mechanisms[mx-ca-danm].parties[US]</c>. Built only when a rule
/// reports, so that checking a clean catalog allocates nothing. The catalog's own report of repeated identifiers
/// uses the same paths, so it lives with the catalog (below the rules), not in <c>Internal/</c>, which names no entity.
/// </summary>
internal static class SubjectPath
{
    public static string Of(Source source) => $"sources[{source.Id}]";

    public static string Of(Institution institution) => $"institutions[{institution.Id}]";

    public static string Of(Mechanism mechanism) => $"mechanisms[{mechanism.Id}]";

    public static string Of(Meeting meeting) => $"meetings[{meeting.Id}]";

    public static string Of(Mechanism mechanism, string member) => $"mechanisms[{mechanism.Id}].{member}";

    public static string Of(Meeting meeting, string member) => $"meetings[{meeting.Id}].{member}";

    public static string Of(Meeting meeting, Delegation delegation) => $"meetings[{meeting.Id}].delegations[{delegation.Party}]";

    public static string Of(Meeting meeting, Delegation delegation, int participant) => $"meetings[{meeting.Id}].delegations[{delegation.Party}].participants[{participant}]";

    public static string Party(Mechanism mechanism, Membership membership) => $"mechanisms[{mechanism.Id}].parties[{membership.Party}]";

    public static string Presidency(Mechanism mechanism, int index) => $"mechanisms[{mechanism.Id}].presidencies[{index}]";
}
