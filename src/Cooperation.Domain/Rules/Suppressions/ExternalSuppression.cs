namespace Cooperation.Domain.Rules;

/// <summary>One entry of a <see cref="SuppressionFile"/>: a rule's finding on a subject, accepted with a justification.</summary>
/// <param name="Rule">The rule's ID, such as "COOP3005".</param>
/// <param name="Path">
/// The subject's path in the catalog (<c>meetings[gan-mx-gt-2011-11]</c>, <c>mechanisms[crm].presidencies[0]</c>); the
/// suppression covers findings on the subject and on everything within it.
/// </param>
/// <param name="Justification">Why the finding is accepted.</param>
/// <param name="File">The suppressions file, as it was named.</param>
/// <param name="Line">The 1-based line of the entry in the file.</param>
public sealed record ExternalSuppression(string Rule, string Path, string Justification, string File, long Line)
{
    /// <summary>"file:line", where the entry is written.</summary>
    public string Location => $"{File}:{Line}";
}
