namespace Cooperation.Domain;

/// <summary>
/// Paths of subjects in a catalog, by identifier: <c>mechanisms[mx-ca-danm].parties[US]</c>. Built only when a rule
/// reports, so that checking a clean catalog allocates nothing. The catalog's own report of repeated identifiers
/// uses the same paths, so it lives with the catalog (below the rules), not in <c>Internal/</c>, which names no entity.
/// </summary>
internal static class SubjectPath
{
    public static string Of(Source source) => $"{CatalogCollections.Sources}[{source.Id}]";

    public static string Of(Institution institution) => $"{CatalogCollections.Institutions}[{institution.Id}]";

    public static string Of(Person person) => $"{CatalogCollections.People}[{person.Id}]";

    public static string Of(Mechanism mechanism) => $"{CatalogCollections.Mechanisms}[{mechanism.Id}]";

    public static string Of(Meeting meeting) => $"{CatalogCollections.Meetings}[{meeting.Id}]";

    public static string Of(Mechanism mechanism, string member) => $"{CatalogCollections.Mechanisms}[{mechanism.Id}].{member}";

    public static string Of(Meeting meeting, string member) => $"{CatalogCollections.Meetings}[{meeting.Id}].{member}";

    public static string Of(Meeting meeting, Delegation delegation) => $"{CatalogCollections.Meetings}[{meeting.Id}].delegations[{delegation.Party}]";

    public static string Of(Meeting meeting, Delegation delegation, int participant) => $"{CatalogCollections.Meetings}[{meeting.Id}].delegations[{delegation.Party}].participants[{participant}]";

    public static string Party(Mechanism mechanism, Membership membership) => $"{CatalogCollections.Mechanisms}[{mechanism.Id}].parties[{membership.Party}]";

    public static string Presidency(Mechanism mechanism, int index) => $"{CatalogCollections.Mechanisms}[{mechanism.Id}].presidencies[{index}]";
}
