using System.Text;
using System.Text.Json.Nodes;
using NodaTime;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// A small catalog that uses every feature the rules look at (series with ordinals and a mid-term meeting, a
/// predecessor and successor, a parent, presidencies, observers, commitments with identifiers and follow-ups,
/// delegations with institutions, a person with two spellings, a statement, a relation, quotes with their archived
/// copy) and is clean under every built-in rule as of <see cref="AsOf"/>, with <see cref="Texts"/> given. Rule tests change one thing in it and expect one rule.
/// </summary>
public static class RuleFixtures
{
    public static readonly LocalDate AsOf = new(2022, 6, 1);

    public const string CleanJson = """
    {
      "format": "cooperation-catalog/2",
      "sources": [
        { "id": "s-talks-2022", "title": { "es": "Comunicado", "en": "Communiqué" }, "publisher": { "es": "SRE", "en": "SRE" }, "date": "2022-04-25", "language": "es", "kind": "press-release", "archive": { "file": "talks-2022.txt", "sha256": "c4246213d7b1a4f2f051827d3c6e3d5907ef07a94fdc9ca314eea8a13374cd85" } },
        { "id": "s-crm-2021", "title": { "es": "Declaración", "en": "Declaration" }, "publisher": { "es": "CRM", "en": "RCM" }, "date": "2021-12-15", "language": "es", "kind": "joint-communique" },
        { "id": "s-old", "title": { "es": "Presentación", "en": "Presentation" }, "publisher": { "es": "SRE", "en": "SRE" }, "date": "2011-02-01", "language": "es", "kind": "presentation" }
      ],
      "institutions": [
        { "id": "ca-gac", "name": { "es": "Asuntos Globales Canadá", "en": "Global Affairs Canada" }, "kind": "ministry", "country": "CA" },
        { "id": "int-iom", "name": { "es": "Organización Internacional para las Migraciones", "en": "International Organization for Migration" }, "kind": "international-organization" },
        { "id": "mx-inm", "name": { "es": "Instituto Nacional de Migración", "en": "National Migration Institute" }, "kind": "agency", "country": "MX", "parent": "mx-segob" },
        { "id": "mx-segob", "name": { "es": "Secretaría de Gobernación", "en": "Ministry of the Interior" }, "kind": "ministry", "country": "MX" },
        { "id": "mx-sre", "name": { "es": "Secretaría de Relaciones Exteriores", "en": "Ministry of Foreign Affairs" }, "kind": "ministry", "country": "MX" }
      ],
      "people": [
        { "id": "ana-uno", "name": "Ana Uno", "otherNames": [ "Ana Uno Uno" ], "citations": [ { "source": "s-talks-2022", "quote": "Ana Uno, de la SRE" } ] }
      ],
      "mechanisms": [
        {
          "id": "crm", "name": { "es": "Conferencia Regional sobre Migración", "en": "Regional Conference on Migration" },
          "kind": "regional-conference", "scope": "multilateral",
          "parties": [
            { "party": "CA", "status": "member" }, { "party": "GT", "status": "member" }, { "party": "HN", "status": "member" },
            { "party": "MX", "status": "member", "since": "1996" }, { "party": "US", "status": "member" }, { "party": "int-iom", "status": "observer" }
          ],
          "status": "active", "established": "1996",
          "presidencies": [ { "holder": "MX", "term": "2020-12/2021-12" }, { "holder": "GT", "term": "2021-12/2022-12" } ],
          "citations": [ { "source": "s-crm-2021" } ],
          "outcomes": [ { "text": { "es": "Programa de capacitación", "en": "Training programme" }, "kind": "initiative", "status": "in-progress", "parties": [ "MX", "int-iom" ], "id": "crm-training", "institutions": [ { "institution": "int-iom", "part": "supporter" } ], "followsUp": [ "ministerial-2010-initiatives" ] } ]
        },
        {
          "id": "mx-ca-talks", "name": { "es": "Pláticas México-Canadá", "en": "Mexico-Canada Talks" },
          "kind": "talks", "scope": "bilateral",
          "parties": [ { "party": "CA", "status": "member" }, { "party": "MX", "status": "member" } ],
          "status": "active", "established": "2018", "cadence": { "kind": "annual", "preferredMonth": 4 },
          "citations": [ { "source": "s-talks-2022" } ]
        },
        {
          "id": "mx-ca-talks-wg", "name": { "es": "Grupo de trabajo", "en": "Working group" },
          "kind": "working-group", "scope": "bilateral",
          "parties": [ { "party": "CA", "status": "member" }, { "party": "MX", "status": "member" } ],
          "status": "active", "parent": "mx-ca-talks", "citations": [ { "source": "s-talks-2022" } ]
        },
        {
          "id": "mx-gt-gansef", "name": { "es": "Grupo de Alto Nivel sobre Seguridad Fronteriza", "en": "High-Level Group on Border Security" },
          "kind": "high-level-group", "scope": "bilateral",
          "parties": [ { "party": "GT", "status": "member" }, { "party": "MX", "status": "member" } ],
          "status": "superseded", "established": "2002", "dissolved": "2008-07", "successor": "mx-gt-ganseg", "citations": [ { "source": "s-old" } ]
        },
        {
          "id": "mx-gt-ganseg", "name": { "es": "Grupo de Alto Nivel de Seguridad", "en": "High-Level Security Group" },
          "kind": "high-level-group", "scope": "bilateral",
          "parties": [ { "party": "GT", "status": "member" }, { "party": "MX", "status": "member" } ],
          "status": "active", "established": "2008-07", "predecessor": "mx-gt-gansef", "citations": [ { "source": "s-old" } ]
        }
      ],
      "meetings": [
        {
          "id": "crm-2021-11", "kind": "ordinary", "status": "held", "start": "2021-11-10", "mechanism": "crm",
          "venues": [ { "country": "MX" } ],
          "delegations": [
            { "party": "MX", "participants": [ { "role": "head-of-delegation", "person": "Ana Uno", "institution": "mx-sre" }, { "role": "member", "institution": "mx-inm" } ] },
            { "party": "GT", "participants": [ { "role": "head-of-delegation", "person": "Carla Tres" } ] },
            { "party": "int-iom", "participants": [ { "role": "head-of-delegation", "person": "Dora Cuatro", "institution": "int-iom" } ] }
          ],
          "citations": [ { "source": "s-crm-2021" } ]
        },
        {
          "id": "gansef-2005", "kind": "ordinary", "status": "held", "start": "2005-03-02", "mechanism": "mx-gt-gansef", "ordinal": 1,
          "venues": [ { "country": "GT" } ], "citations": [ { "source": "s-old" } ]
        },
        {
          "id": "ministerial-2010", "kind": "ministerial", "status": "held", "start": "2010-10-08",
          "title": { "es": "Reunión Ministerial", "en": "Ministerial Meeting" },
          "venues": [ { "country": "MX" } ],
          "delegations": [ { "party": "MX", "participants": [ { "role": "head-of-delegation", "person": "Ana Uno", "institution": "mx-sre" } ] } ],
          "outcomes": [ { "text": { "es": "Iniciativas", "en": "Initiatives" }, "kind": "initiative", "status": "agreed", "count": 21, "parties": [ "MX" ], "id": "ministerial-2010-initiatives" } ],
          "citations": [ { "source": "s-old" } ]
        },
        {
          "id": "talks-1", "kind": "ordinary", "status": "held", "start": "2019-04-10", "mechanism": "mx-ca-talks", "ordinal": 1,
          "statements": [ { "speaker": "ana-uno", "form": "summary", "language": "es", "text": { "es": "La cooperación avanza" }, "citations": [ { "source": "s-talks-2022", "quote": "afirmó que la cooperación avanza" } ] } ],
          "relations": [ { "kind": "discussed", "mechanism": "mx-ca-talks-wg" } ],
          "venues": [ { "country": "MX" } ],
          "delegations": [
            { "party": "MX", "participants": [ { "role": "co-chair", "person": "Ana Uno", "personId": "ana-uno", "institution": "mx-sre", "citations": [ { "source": "s-talks-2022", "quote": "encabezó la delegación mexicana" } ] }, { "role": "co-chair", "person": "Eva Cinco", "institution": "mx-segob" } ] },
            { "party": "CA", "participants": [ { "role": "head-of-delegation", "person": "Bob Dos", "institution": "ca-gac" }, { "role": "member", "institution": "ca-gac" } ] }
          ],
          "citations": [ { "source": "s-talks-2022" } ]
        },
        { "id": "talks-mid-2019", "kind": "mid-term", "status": "held", "start": "2019-10-05", "mechanism": "mx-ca-talks", "venues": [ { "country": "CA" } ], "citations": [ { "source": "s-talks-2022" } ] },
        { "id": "talks-2", "kind": "ordinary", "status": "held", "start": "2020-04-14", "mechanism": "mx-ca-talks", "ordinal": 2, "citations": [ { "source": "s-talks-2022" } ] },
        { "id": "talks-3", "kind": "ordinary", "status": "held", "start": "2021-04-26", "end": "2021-04-27", "mechanism": "mx-ca-talks", "ordinal": 3, "citations": [ { "source": "s-talks-2022" } ] },
        { "id": "talks-4", "kind": "ordinary", "status": "held", "start": "2022-04-20", "mechanism": "mx-ca-talks", "ordinal": 4, "citations": [ { "source": "s-talks-2022" } ] },
        { "id": "talks-5", "kind": "ordinary", "status": "planned", "start": "2023-04", "mechanism": "mx-ca-talks", "ordinal": 5 }
      ]
    }
    """;

    /// <summary>The archived copy of s-talks-2022, which the fixture's quotes come from.</summary>
    public const string TalksText = "Comunicado. Ana Uno, de la SRE, encabezó la delegación mexicana en las Pláticas México-Canadá y afirmó que la cooperación avanza.";

    /// <summary>The fixture's archived copies.</summary>
    public static readonly Cooperation.Domain.Rules.SourceTexts Texts = Cooperation.Domain.Rules.SourceTexts.FromTexts([new("talks-2022.txt", TalksText)]);

    /// <summary>The clean catalog as a mutable JSON tree.</summary>
    public static JsonObject CleanTree() => JsonNode.Parse(CleanJson)!.AsObject();

    /// <summary>Reads a JSON tree as a catalog.</summary>
    public static CooperationCatalog Read(JsonNode tree) => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(tree.ToJsonString()));

    /// <summary>The clean catalog.</summary>
    public static CooperationCatalog Clean() => CooperationJson.ReadCatalog(Encoding.UTF8.GetBytes(CleanJson));

    /// <summary>The element of <paramref name="collection"/> with <paramref name="id"/>.</summary>
    public static JsonObject Entity(JsonObject tree, string collection, string id)
    {
        foreach (var node in tree[collection]!.AsArray())
        {
            if ((string?)node!["id"] == id)
            {
                return node.AsObject();
            }
        }

        throw new System.ArgumentException($"No {collection} entry {id}.");
    }
}
