namespace Cooperation.Domain.Tests;

/// <summary>
/// Stand-in for the skeleton's <c>Cooperation.Domain.Placeholder</c>, which commit 30e529a removed while
/// <c>SmokeTests.cs</c> still refers to it, so that the test project builds. Delete this file together with
/// <c>SmokeTests.cs</c>.
/// </summary>
internal static class Placeholder
{
}
