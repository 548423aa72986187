using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;

namespace Cooperation.Domain.Interop.Tests.Support;

/// <summary>
/// A large catalog as <c>tools/interop/bench_timeline.mjs</c> makes one: the reference catalog's meetings, repeated
/// with new identifiers (<c>…-b{i}</c>) and dates moved by whole years (−20 to +19), without their relations.
/// </summary>
public static class RepeatedCatalog
{
    /// <summary>The catalog with <paramref name="meetings"/> meetings.</summary>
    public static CooperationCatalog Build(int meetings)
    {
        var document = JsonNode.Parse(CooperationJson.WriteCatalog(ReferenceCatalog.Default))!.AsObject();
        var originals = document["meetings"]!.AsArray().Select(m => m!.AsObject()).ToList();
        var copies = new JsonArray();
        for (var i = 0; i < meetings; i++)
        {
            var original = originals[i % originals.Count];
            var years = (i / originals.Count % 40) - 20;
            var copy = original.DeepClone().AsObject();
            copy["id"] = $"{(string)original["id"]!}-b{i}";
            copy["start"] = Shift((string)original["start"]!, years);
            if (original["end"] is JsonValue end)
            {
                copy["end"] = Shift((string)end!, years);
            }

            copy.Remove("relations");
            copies.Add(copy);
        }

        document["meetings"] = copies;
        return CooperationJson.ReadCatalog(System.Text.Encoding.UTF8.GetBytes(document.ToJsonString()), int.MaxValue);
    }

    // A partial date ("2013", "2013-06", "2013-06-05") moved by whole years; 29 February becomes the 28th.
    private static string Shift(string date, int years)
    {
        var year = int.Parse(date[..4], CultureInfo.InvariantCulture) + years;
        var moved = year.ToString("D4", CultureInfo.InvariantCulture) + date[4..];
        return moved.EndsWith("-02-29", System.StringComparison.Ordinal) ? moved[..^2] + "28" : moved;
    }
}
