namespace Cooperation.Domain;

/// <summary>Temporary.</summary>
public static class Placeholder
{
}
