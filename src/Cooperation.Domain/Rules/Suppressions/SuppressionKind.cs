namespace Cooperation.Domain.Rules;

/// <summary>Where a suppression is written, as SARIF's <c>suppression.kind</c> distinguishes them.</summary>
public enum SuppressionKind
{
    /// <summary>In the catalog, on the entity the finding concerns (SARIF "inSource"), as <c>[SuppressMessage]</c> is in C#.</summary>
    InSource = 1,

    /// <summary>In a separate suppressions file, by subject path (SARIF "external"), as a global suppressions file is.</summary>
    External = 2,
}
