using System.Globalization;

namespace Cooperation.Domain.Tests.Support;

/// <summary>Creates the cultures the culture tests run under, in both of CI's globalization modes.</summary>
internal static class TestCultures
{
    /// <summary>
    /// The named culture, or the invariant culture when it cannot be created: invariant globalization mode (CI's
    /// second pass) knows no other culture, and there the tests must still run and give the same answers.
    /// </summary>
    public static CultureInfo GetOrInvariant(string name)
    {
        if (name.Length == 0)
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
