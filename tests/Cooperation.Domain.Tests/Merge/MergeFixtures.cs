using System.Text;

namespace Cooperation.Domain.Tests.Merge;

/// <summary>A small catalog and drafts of it, as documents, for the merge's tests.</summary>
internal static class MergeFixtures
{
    /// <summary>Mexico–Canada talks: one source, two institutions, one person, the mechanism and its first meeting.</summary>
    public const string TalksCatalog = """
        {
          "format": "cooperation-catalog/2",
          "sources": [
            {"id": "s1", "title": {"es": "Comunicado conjunto"}, "publisher": {"es": "SRE"}, "date": "2025-03-05", "language": "es", "kind": "press-release",
             "archive": {"file": "s1.txt", "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}}
          ],
          "institutions": [
            {"id": "mx-sre", "name": {"es": "Secretaría de Relaciones Exteriores"}, "kind": "ministry", "country": "MX", "spanishAcronym": "SRE"},
            {"id": "mx-inm", "name": {"es": "Instituto Nacional de Migración"}, "kind": "agency", "country": "MX", "spanishAcronym": "INM"}
          ],
          "people": [
            {"id": "ana-perez-lopez", "name": "Ana Pérez López", "otherNames": ["Ana Pérez"], "citations": [{"source": "s1", "quote": "la subsecretaria Ana Pérez"}]}
          ],
          "mechanisms": [
            {"id": "mx-ca-talks", "name": {"es": "Pláticas México-Canadá", "en": "Mexico-Canada Talks"}, "kind": "talks", "scope": "bilateral",
             "parties": [{"party": "MX", "status": "member"}, {"party": "CA", "status": "member"}], "status": "active", "topics": ["security"],
             "spanishAcronym": "PMC", "citations": [{"source": "s1", "quote": "las Pláticas México-Canadá"}]}
          ],
          "meetings": [
            {"id": "talks-1", "kind": "ordinary", "status": "held", "start": "2025-03-03", "mechanism": "mx-ca-talks", "ordinal": 1,
             "venues": [{"country": "CA", "city": {"es": "Ottawa", "en": "Ottawa"}}],
             "delegations": [
               {"party": "MX", "participants": [{"role": "head-of-delegation", "person": "Ana Pérez", "position": {"es": "subsecretaria"}, "personId": "ana-perez-lopez",
                 "citations": [{"source": "s1", "quote": "encabezada por la subsecretaria Ana Pérez"}]}]}
             ],
             "citations": [{"source": "s1", "quote": "el 3 de marzo de 2025, en Ottawa"}]}
          ]
        }
        """;

    public static CooperationCatalog Read(string json) => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(json));

    public static CatalogDocument Document(string json, string name) => CatalogDocument.Parse(Encoding.UTF8.GetBytes(json), name);
}
