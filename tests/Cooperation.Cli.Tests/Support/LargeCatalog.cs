using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Cooperation.Cli.Tests.Support;

/// <summary>
/// Writes a large, valid catalog file straight to disk (no model in memory): bilateral talks between Mexico and other
/// countries, five held meetings each with two delegations, every name in both languages and every meeting cited, so
/// that the rules find no errors.
/// </summary>
internal static class LargeCatalog
{
    private static readonly string[] Partners = ["CA", "US", "GT", "HN", "SV", "BZ", "CR", "PA", "CO", "DO", "NI", "CU", "JM", "HT", "BR", "AR", "CL", "PE", "EC"];

    /// <summary>Writes catalogs until the file reaches <paramref name="bytes"/>; returns its length.</summary>
    public static long Write(string path, long bytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using (var json = new Utf8JsonWriter(file, new JsonWriterOptions { Indented = true, SkipValidation = true }))
        {
            json.WriteStartObject();
            json.WriteString("format", "cooperation-catalog/1");

            // Sizes are estimated from the first mechanism's share: about 2,050 bytes per meeting, indented.
            var mechanisms = (int)Math.Max(1, bytes / (5 * 2050));
            json.WriteStartArray("sources");
            for (var m = 0; m < mechanisms; m++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"source-{S(m)}");
                Text(json, "title", $"Comunicado conjunto {S(m)}", $"Joint statement {S(m)}");
                Text(json, "publisher", "Secretaría de Relaciones Exteriores", "Ministry of Foreign Affairs");
                json.WriteString("date", "2006-01-15");
                json.WriteString("language", "es");
                json.WriteString("kind", "press-release");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("mechanisms");
            for (var m = 0; m < mechanisms; m++)
            {
                json.WriteStartObject();
                json.WriteString("id", $"talks-{S(m)}");
                Text(json, "name", $"Pláticas bilaterales número {S(m)}", $"Bilateral talks number {S(m)}");
                json.WriteString("kind", "talks");
                json.WriteString("scope", "bilateral");
                json.WriteStartArray("parties");
                foreach (var party in new[] { "MX", Partner(m) })
                {
                    json.WriteStartObject();
                    json.WriteString("party", party);
                    json.WriteString("status", "member");
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteString("status", "active");
                json.WriteString("established", "2001");
                json.WriteStartArray("topics");
                json.WriteStringValue("security");
                json.WriteEndArray();
                json.WriteStartArray("sources");
                json.WriteStringValue($"source-{S(m)}");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("meetings");
            for (var m = 0; m < mechanisms; m++)
            {
                for (var n = 1; n <= 5; n++)
                {
                    var venue = n % 2 == 1 ? "MX" : Partner(m);
                    json.WriteStartObject();
                    json.WriteString("id", $"talks-{S(m)}-{S(n)}");
                    json.WriteString("kind", "round");
                    json.WriteString("status", "held");
                    json.WriteString("start", $"{2000 + n}-0{1 + (m % 9)}-1{n}");
                    json.WriteString("mechanism", $"talks-{S(m)}");
                    json.WriteNumber("ordinal", n);
                    json.WriteStartArray("venues");
                    json.WriteStartObject();
                    json.WriteString("country", venue);
                    json.WriteEndObject();
                    json.WriteEndArray();
                    json.WriteStartArray("delegations");
                    foreach (var party in new[] { "MX", Partner(m) })
                    {
                        json.WriteStartObject();
                        json.WriteString("party", party);
                        json.WriteStartArray("participants");
                        foreach (var (role, who) in new[] { ("head-of-delegation", "Head"), ("member", "Member"), ("adviser", "Adviser") })
                        {
                            json.WriteStartObject();
                            json.WriteString("role", role);
                            json.WriteString("person", $"{who} {party} {Letters(m)}");
                            Text(json, "position", $"Cargo de {who.ToLowerInvariant()}", $"{who} position");
                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("sources");
                    json.WriteStringValue($"source-{S(m)}");
                    json.WriteEndArray();
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return file.Length;
    }

    private static string Partner(int m) => Partners[m % Partners.Length];

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    // Person names have no digits: the mechanism's number in letters.
    private static string Letters(int i)
    {
        var text = string.Empty;
        do
        {
            text = (char)('a' + (i % 26)) + text;
            i /= 26;
        }
        while (i > 0);

        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static void Text(Utf8JsonWriter json, string name, string spanish, string english)
    {
        json.WriteStartObject(name);
        json.WriteString("es", spanish);
        json.WriteString("en", english);
        json.WriteEndObject();
    }
}
