using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cooperation.Domain.Shapes;

/// <summary>
/// Catalog documents with one entity grown large in one direction, the shapes an attacker or a careless exporter would
/// choose: a mechanism with <c>n</c> parties, presidency terms or outcomes; a meeting with <c>n</c> delegations,
/// participants in one delegation, or outcomes; <c>n</c> meetings on one day. Every grown element is also a finding (an
/// unknown party, an overlapping term, the same person twice…), so that validation reports, and locates, about
/// <c>n</c> diagnostics. Shared by the tests that count work and by the benchmarks that time it.
/// </summary>
public static class LargeEntityShapes
{
    /// <summary>The names of the shapes.</summary>
    public static IReadOnlyList<string> Names { get; } = ["parties", "presidencies", "mechanism-outcomes", "delegations", "participants", "meeting-outcomes", "meetings-on-one-day",
        "statements", "citations", "other-names", "quotes"];

    /// <summary>The name of the archived copy the "quotes" shape quotes from.</summary>
    public const string QuotedFile = "quoted.txt";

    /// <summary>The archived copy's text for the "quotes" shape grown to <paramref name="n"/>, or null for other shapes.</summary>
    public static string? ArchivedText(string shape, int n)
    {
        if (shape != "quotes")
        {
            return null;
        }

        // Words the quotes share a long prefix with, so that a naive search would try many starts.
        var text = new StringBuilder(24 * n);
        for (var i = 0; i < n; i++)
        {
            text.Append("palabra ").Append(Letters(i)).Append(i % 7 == 0 ? "\n" : " ");
        }

        return text.ToString();
    }

    // Format 2 shapes: a meeting with n/2 participants and n/2 statements, n citations, a person with n other
    // spellings, or n quotes of an archived copy; every grown element is a finding.
    private static byte[] Format2Document(string shape, int n)
    {
        var json = new StringBuilder(96 * n + 1024);
        json.Append("{\"format\":\"cooperation-catalog/2\",\n\"sources\":[{\"id\":\"quoted\",\"title\":{\"es\":\"Texto\"},\"publisher\":{\"es\":\"SRE\"},\"language\":\"es\",\"kind\":\"press-release\",\"archive\":{\"file\":\"")
            .Append(QuotedFile).Append("\"}}],\n\"people\":[{\"id\":\"ana\",\"name\":\"Ana Uno\"");
        if (shape == "other-names")
        {
            json.Append(",\"otherNames\":[");
            for (var i = 0; i < n / 2; i++)
            {
                json.Append(i == 0 ? "" : ",\n").Append("\"Ana ").Append(Letters(i)).Append('"');
            }

            json.Append(']');
        }

        json.Append("}],\n\"mechanisms\":[{\"id\":\"big\",\"name\":{\"en\":\"Big talks\"},\"kind\":\"talks\",\"scope\":\"bilateral\",\"parties\":[{\"party\":\"MX\",\"status\":\"member\"},{\"party\":\"US\",\"status\":\"member\"}],\"status\":\"active\",\"citations\":[{\"source\":\"quoted\"}]}],\n");
        json.Append("\"meetings\":[{\"id\":\"m1\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2020-05-04\",\"mechanism\":\"big\",\n\"delegations\":[{\"party\":\"MX\",\"participants\":[{\"role\":\"head-of-delegation\",\"institution\":\"mx-sre\"}");
        if (shape is "statements" or "other-names")
        {
            // Participants who refer to people the catalog does not have, or who are written with a spelling the
            // person's record does not list.
            for (var i = 0; i < n / 2; i++)
            {
                json.Append(",\n{\"role\":\"member\",\"person\":\"").Append(shape == "statements" ? "Eva " : "Zed ").Append(Letters(i))
                    .Append("\",\"personId\":\"").Append(shape == "statements" ? "p-" + Number(i) : "ana").Append("\"}");
            }
        }

        json.Append("]}],\n\"citations\":[");
        var citations = shape switch { "citations" => n, "quotes" => n, _ => 0 };
        json.Append("{\"source\":\"quoted\"}");
        for (var i = 0; i < citations; i++)
        {
            // Unknown sources, or quotes of words the copy does not have (each shares the copy's "palabra " prefix).
            json.Append(",\n{\"source\":\"").Append(shape == "citations" ? "s-" + Number(i) : "quoted").Append('"');
            if (shape == "quotes")
            {
                json.Append(",\"quote\":\"palabra ").Append(Letters(i)).Append(" y no otra\"");
            }

            json.Append('}');
        }

        json.Append(']');
        if (shape == "statements")
        {
            // Statements by people at no delegation of the meeting, whom the catalog does not have either.
            json.Append(",\n\"statements\":[");
            for (var i = 0; i < n / 2; i++)
            {
                json.Append(i == 0 ? "" : ",\n").Append("{\"form\":\"summary\",\"language\":\"es\",\"text\":{\"es\":\"Dijo ").Append(Number(i)).Append("\"},\"speaker\":\"q-").Append(Number(i)).Append("\"}");
            }

            json.Append(']');
        }

        return Encoding.UTF8.GetBytes(json.Append("}],\n\"institutions\":[{\"id\":\"mx-sre\",\"name\":{\"es\":\"SRE\"},\"kind\":\"ministry\",\"country\":\"MX\"}]}\n").ToString());
    }

    /// <summary>The UTF-8 document of <paramref name="shape"/> grown to <paramref name="n"/> elements.</summary>
    public static byte[] Document(string shape, int n)
    {
        if (shape is "statements" or "citations" or "other-names" or "quotes")
        {
            return Format2Document(shape, n);
        }

        var json = new StringBuilder(64 * n + 1024);
        json.Append("{\"format\":\"cooperation-catalog/1\",\n\"mechanisms\":[{\"id\":\"big\",\"name\":{\"en\":\"Big conference\"},\"kind\":\"regional-conference\",\"scope\":\"multilateral\",\n\"parties\":[");
        json.Append("{\"party\":\"CA\",\"status\":\"member\"},{\"party\":\"MX\",\"status\":\"member\"},{\"party\":\"US\",\"status\":\"member\"}");
        if (shape is "parties" or "mechanism-outcomes")
        {
            // Organizations that the catalog does not hold: each one is an unknown reference.
            for (var i = 0; i < (shape == "parties" ? n : n / 2); i++)
            {
                json.Append(",\n{\"party\":\"org-").Append(Number(i)).Append("\",\"status\":\"member\"}");
            }
        }

        json.Append("],\"status\":\"active\",\"established\":\"1990\"");
        if (shape == "presidencies")
        {
            // Terms of three months each starting a month apart: each overlaps the next.
            json.Append(",\n\"presidencies\":[");
            for (var i = 0; i < n; i++)
            {
                json.Append(i == 0 ? "" : ",\n").Append("{\"holder\":\"").Append(new[] { "CA", "MX", "US" }[i % 3]).Append("\",\"term\":\"")
                    .Append(Month(i)).Append('/').Append(Month(i + 2)).Append("\"}");
            }

            json.Append(']');
        }

        if (shape == "mechanism-outcomes")
        {
            AppendOutcomes(json, n / 2);
        }

        json.Append("}],\n\"meetings\":[");
        var meetings = shape == "meetings-on-one-day" ? n : 1;
        for (var m = 0; m < meetings; m++)
        {
            if (meetings > 1)
            {
                // Cancelled meetings on one day are never duplicates, so a check would compare each with all the others;
                // each cites a source that is not in the catalog.
                json.Append(m == 0 ? "" : ",\n").Append("{\"id\":\"m").Append(Number(m)).Append("\",\"kind\":\"ordinary\",\"status\":\"cancelled\",\"start\":\"2020-05-04\",\"mechanism\":\"big\",\"sources\":[\"s").Append(Number(m)).Append("\"]}");
                continue;
            }

            json.Append("{\"id\":\"m").Append(Number(m)).Append("\",\"kind\":\"ordinary\",\"status\":\"held\",\"start\":\"2020-05-04\",\"mechanism\":\"big\"");

            json.Append(",\n\"delegations\":[");
            var delegations = shape switch { "delegations" => n, "meeting-outcomes" => n / 2, _ => 1 };
            var participants = shape == "participants" ? n : 1;
            for (var d = 0; d < delegations; d++)
            {
                // Delegations of organizations the catalog does not hold; people who are all different (so that a check
                // for the same person twice would compare each with all the others), each of an unknown institution.
                json.Append(d == 0 ? "{\"party\":\"MX\"" : ",\n{\"party\":\"org-" + Number(d) + "\"").Append(",\"participants\":[");
                for (var p = 0; p < participants; p++)
                {
                    json.Append(p == 0 ? "" : ",\n").Append("{\"role\":\"member\",\"person\":\"Ana ").Append(Letters(d + p)).Append('"');
                    if (participants > 1)
                    {
                        json.Append(",\"institution\":\"org-").Append(Number(p)).Append('"');
                    }

                    json.Append('}');
                }

                json.Append("]}");
            }

            json.Append(']');
            if (shape == "meeting-outcomes")
            {
                AppendOutcomes(json, n / 2);
            }

            json.Append('}');
        }

        return Encoding.UTF8.GetBytes(json.Append("]}\n").ToString());
    }

    // Outcomes that name a party that is not in the mechanism, nor at the meeting.
    private static void AppendOutcomes(StringBuilder json, int n)
    {
        json.Append(",\n\"outcomes\":[");
        for (var i = 0; i < n; i++)
        {
            json.Append(i == 0 ? "" : ",\n").Append("{\"text\":{\"en\":\"O").Append(Number(i)).Append("\"},\"kind\":\"initiative\",\"status\":\"agreed\",\"parties\":[\"GT\"]}");
        }

        json.Append(']');
    }

    private static string Number(int i) => i.ToString("D5", CultureInfo.InvariantCulture);

    // A distinct name for each number: "Baaa", "Caaa", …
    private static string Letters(int i)
    {
        var letters = new char[4];
        for (var k = 0; k < letters.Length; k++, i /= 26)
        {
            letters[k] = (char)((k == 0 ? 'A' : 'a') + (i % 26));
        }

        return new string(letters);
    }

    // Month i counted from January 1000: "1000-01", "1000-02", …
    private static string Month(int i) => (1000 + (i / 12)).ToString(CultureInfo.InvariantCulture) + "-" + ((i % 12) + 1).ToString("D2", CultureInfo.InvariantCulture);
}
