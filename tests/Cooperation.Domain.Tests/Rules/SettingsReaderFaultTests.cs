using System;
using System.Collections.Generic;
using System.Text;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// The faults found by trying the settings readers as an attacker would (issue 20, point 3 and 5): every one is the
/// reader's typed error naming the file and line, in one bounded line, never "internal error".
/// </summary>
public sealed class SettingsReaderFaultTests
{
    private static readonly byte[] NotUtf8 = [0xC3, 0x28];

    private static byte[] Bytes(string before, byte[] middle, string after) => [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    // The document with the bytes that are not UTF-8 where it says @@.
    private static byte[] Split(string text) => Bytes(text[..text.IndexOf("@@", StringComparison.Ordinal)], NotUtf8, text[(text.IndexOf("@@", StringComparison.Ordinal) + 2)..]);

    private static string Sarif(string run) => "{\"version\": \"2.1.0\",\n\"runs\": [\n" + run + "\n]}";

    private static string Result(string result) => Sarif("{\"tool\": {\"driver\": {\"name\": \"Cooperation.Domain\"}},\n\"results\": [\n" + result + "\n]}");

    private const string Good = "\"ruleId\": \"COOP2001\", \"level\": \"error\", \"message\": {\"text\": \"m\"}, \"partialFingerprints\": {\"cooperation/v1\": \"0123\"}";

    public static TheoryData<string, byte[], int, string> ConfigurationFaults() => new()
    {
        { "an unpaired surrogate escape in a value", Encoding.UTF8.GetBytes("{\"root\": true,\n\"language\": \"\\uD800\"}"), 2, "unpaired surrogate" },
        { "an unpaired surrogate escape in a name", Encoding.UTF8.GetBytes("{\"root\": true,\n\"\\uDC00\": 1}"), 2, "unpaired surrogate" },
        { "a byte that is not UTF-8 in a value", Bytes("{\n\"asOf\": \"", NotUtf8, "\"}"), 2, "not valid UTF-8" },
        { "a byte that is not UTF-8 in a name", Bytes("{\n\n\"", NotUtf8, "\": 1}"), 3, "not valid UTF-8" },
        { "a byte that is not UTF-8 in a severity entry", Bytes("{\"severities\": [\n{\"rule\": \"", NotUtf8, "\", \"severity\": \"info\"}]}"), 2, "not valid UTF-8" },
        { "a number for an entry", Encoding.UTF8.GetBytes("{\"severities\": [\n7]}"), 2, "A severity entry is an object" },
        { "a repeated member of an entry", Encoding.UTF8.GetBytes("{\"severities\": [{\"rule\": \"COOP3006\",\n\"rule\": \"COOP3007\", \"severity\": \"info\"}]}"), 2, "The member \"rule\" is given twice in a severity entry." },
    };

    [Theory]
    [MemberData(nameof(ConfigurationFaults))]
    public void A_fault_in_a_configuration_is_its_typed_error_at_its_line(string fault, byte[] json, int line, string reason)
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => ValidationConfiguration.Parse(json, "cooperation.config.json"));
        Assert.True((line, true) == (error.Line, error.Reason.Contains(reason, StringComparison.Ordinal)), $"{fault}: {error.Message}");
        Assert.StartsWith($"cooperation.config.json:{line}: ", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], int, string> SuppressionFaults() => new()
    {
        { "an unpaired surrogate escape in a justification", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-suppressions/1\", \"suppressions\": [\n{\"rule\": \"COOP3005\", \"path\": \"meetings[a]\", \"justification\": \"\\uD83D\"}]}"), 2, "unpaired surrogate" },
        { "a byte that is not UTF-8 in a path", Bytes("{\"format\": \"cooperation-suppressions/1\", \"suppressions\": [\n\n{\"rule\": \"COOP3005\", \"path\": \"meetings[", NotUtf8, "]\", \"justification\": \"x\"}]}"), 3, "not valid UTF-8" },
        { "a byte that is not UTF-8 in a name", Bytes("{\"", NotUtf8, "\": 1}"), 1, "not valid UTF-8" },
        { "a string for the file", Encoding.UTF8.GetBytes("\n\"suppressions\""), 2, "A suppressions file is a JSON object" },
    };

    [Theory]
    [MemberData(nameof(SuppressionFaults))]
    public void A_fault_in_a_suppressions_file_is_its_typed_error_at_its_line(string fault, byte[] json, int line, string reason)
    {
        var error = Assert.Throws<ValidationConfigurationException>(() => SuppressionFile.Parse(json, "known.json"));
        Assert.True((line, true) == (error.Line, error.Reason.Contains(reason, StringComparison.Ordinal)), $"{fault}: {error.Message}");
    }

    public static TheoryData<string, byte[], int, string> BaselineFaults() => new()
    {
        { "a number for a run's tool", Encoding.UTF8.GetBytes(Sarif("{\"tool\": 1}")), 3, "runs[0].tool is not an object." },
        { "a number for the driver", Encoding.UTF8.GetBytes(Sarif("{\"tool\": {\n\"driver\": 7}}")), 4, "runs[0].tool.driver is not an object." },
        { "a number for a result", Encoding.UTF8.GetBytes(Result("1")), 5, "runs[0].results[0] is not an object." },
        { "a number for a location", Encoding.UTF8.GetBytes(Result("{" + Good + ",\n\"locations\": [7]}")), 6, "runs[0].results[0].locations[0] is not an object." },
        { "a number for a physical location", Encoding.UTF8.GetBytes(Result("{" + Good + ",\n\"locations\": [{\"physicalLocation\": 7}]}")), 6, "runs[0].results[0].locations[0].physicalLocation is not an object." },
        { "a string for the message", Encoding.UTF8.GetBytes(Result("{" + Good.Replace("{\"text\": \"m\"}", "\n\"m\"", StringComparison.Ordinal) + "}")), 6, "runs[0].results[0].message is not an object." },
        { "a number for the level", Encoding.UTF8.GetBytes(Result("{" + Good.Replace("\"error\"", "\n3", StringComparison.Ordinal) + "}")), 6, "runs[0].results[0].level is a number (3): expected error, warning or note." },
        { "an unpaired surrogate escape in a rule", Encoding.UTF8.GetBytes(Result("{" + Good.Replace("COOP2001", "\\uD800", StringComparison.Ordinal) + "}")), 5, "unpaired surrogate" },
        { "a byte that is not UTF-8 in a message", Split(Result("{" + Good.Replace("\"m\"", "\"@@\"", StringComparison.Ordinal) + "}")), 5, "not valid UTF-8" },
        { "a byte that is not UTF-8 in a member name", Bytes("{\"format\": \"cooperation-diagnostics/1\",\n\"", NotUtf8, "\": 1}"), 2, "not valid UTF-8" },
        { "a repeated member", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-diagnostics/1\",\n\"format\": \"cooperation-diagnostics/1\"}"), 2, "The member \"format\" is given twice." },
        { "an unpaired surrogate escape in a report's document", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-diagnostics/1\",\n\"document\": \"\\uDFFF\"}"), 2, "unpaired surrogate" },
        { "a number for a finding", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-diagnostics/1\", \"diagnostics\": [\n\n5]}"), 3, "diagnostics[0] has no \"fingerprint\"" },
    };

    [Theory]
    [MemberData(nameof(BaselineFaults))]
    public void A_fault_in_a_baseline_is_its_typed_error_at_its_line(string fault, byte[] json, int line, string reason)
    {
        var error = Assert.Throws<BaselineFormatException>(() => Baseline.Parse(json, "known.sarif"));
        Assert.True((line, true) == (error.Line, error.Reason.Contains(reason, StringComparison.Ordinal)), $"{fault}: {error.Message}");
        Assert.StartsWith($"known.sarif:{line}: ", error.Message, StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> LongLines()
    {
        var tail = new string('x', 200_000);
        yield return ["configuration", Encoding.UTF8.GetBytes("{\n\"root\": tru" + tail + "}")];
        yield return ["suppressions", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-suppressions/1\",\n\"suppressions\": [nul" + tail + "]}")];
        yield return ["baseline", Encoding.UTF8.GetBytes("{\"version\": \"2.1.0\",\n\"runs\": [fals" + tail + "]}")];
        yield return ["baseline", Encoding.UTF8.GetBytes("{\"format\": \"cooperation-diagnostics/1\",\n\"" + tail + "\": [}")];
    }

    [Theory]
    [MemberData(nameof(LongLines))]
    public void An_error_on_a_long_line_is_one_short_line_that_gives_the_line_once(string reader, byte[] json)
    {
        var error = Record.Exception(() => _ = reader switch
        {
            "configuration" => (object)ValidationConfiguration.Parse(json, "c.json"),
            "suppressions" => SuppressionFile.Parse(json, "s.json"),
            _ => Baseline.Parse(json, "b.sarif"),
        });
        Assert.True(error is ValidationConfigurationException or BaselineFormatException, error?.ToString());
        Assert.InRange(error!.Message.Length, 10, 400);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
        Assert.Contains(":2: Not valid JSON: ", error.Message, StringComparison.Ordinal);
    }
}
