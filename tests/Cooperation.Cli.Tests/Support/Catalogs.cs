namespace Cooperation.Cli.Tests.Support;

/// <summary>Small catalog files for the commands to read.</summary>
internal static class Catalogs
{
    /// <summary>A clean catalog: annual talks between Mexico and Canada, held once in 2025, meeting in Ottawa.</summary>
    public const string Clean = """
        {
          "format": "cooperation-catalog/1",
          "sources": [
            {"id": "s1", "title": {"en": "Joint statement", "es": "Comunicado conjunto"}, "publisher": {"en": "SRE", "es": "SRE"}, "date": "2025-03-05", "language": "es", "kind": "press-release"}
          ],
          "mechanisms": [
            {
              "id": "mx-ca-talks",
              "name": {"en": "Mexico-Canada Talks", "es": "Pláticas México-Canadá"},
              "kind": "talks",
              "scope": "bilateral",
              "parties": [{"party": "MX", "status": "member"}, {"party": "CA", "status": "member"}],
              "status": "active",
              "topics": ["security"],
              "cadence": {"kind": "annual", "preferredMonth": 3},
              "sources": ["s1"]
            }
          ],
          "meetings": [
            {
              "id": "talks-1", "kind": "ordinary", "status": "held", "start": "2025-03-03", "end": "2025-03-04",
              "mechanism": "mx-ca-talks", "ordinal": 1,
              "venues": [{"country": "CA", "city": {"en": "Ottawa", "es": "Ottawa"}}],
              "delegations": [
                {"party": "MX", "participants": [{"role": "head-of-delegation", "person": "Ana Pérez", "position": {"en": "Under-Secretary", "es": "Subsecretaria"}}]},
                {"party": "CA", "participants": [{"role": "head-of-delegation", "person": "John Smith"}]}
              ],
              "sources": ["s1"]
            }
          ]
        }
        """;

    /// <summary>The clean catalog with the United States as a third member of bilateral talks (COOP2001, an error) on line 14.</summary>
    public static string WithError => Clean.Replace(
        "\"parties\": [{\"party\": \"MX\", \"status\": \"member\"}, {\"party\": \"CA\", \"status\": \"member\"}]",
        "\"parties\": [{\"party\": \"MX\", \"status\": \"member\"}, {\"party\": \"CA\", \"status\": \"member\"}, {\"party\": \"US\", \"status\": \"member\"}]",
        System.StringComparison.Ordinal);
}
