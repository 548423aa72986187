using System;
using System.Collections.Generic;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

/// <summary>
/// Every hostile input of <see cref="BadInput"/> against every parser: the Try path returns without throwing, the
/// throwing path agrees with it and throws only the documented error, whose message shows the input escaped.
/// Inputs that a type accepts by a documented rule are pinned below, with the value they become.
/// </summary>
public class BadInputMatrixTests
{
    private static readonly Dictionary<string, (Func<string, bool> TryParse, Func<string, string> Parse)> Parsers = new()
    {
        ["CountryCode"] = (s => CountryCode.TryParse(s, null, out _), s => CountryCode.Parse(s).ToString()),
        ["PartialDate"] = (s => PartialDate.TryParse(s, null, out _), s => PartialDate.Parse(s).ToString()),
        ["PartialDateRange"] = (s => PartialDateRange.TryParse(s, null, out _), s => PartialDateRange.Parse(s).ToString()),
        ["Ordinal"] = (s => Ordinal.TryParse(s, null, out _), s => Ordinal.Parse(s).ToString()),
        ["MechanismId"] = (s => MechanismId.TryParse(s, null, out _), s => MechanismId.Parse(s).ToString()),
        ["InstitutionId"] = (s => InstitutionId.TryParse(s, null, out _), s => InstitutionId.Parse(s).ToString()),
        ["PersonId"] = (s => PersonId.TryParse(s, null, out _), s => PersonId.Parse(s).ToString()),
        ["MeetingId"] = (s => MeetingId.TryParse(s, null, out _), s => MeetingId.Parse(s).ToString()),
        ["SourceId"] = (s => SourceId.TryParse(s, null, out _), s => SourceId.Parse(s).ToString()),
        ["CommitmentId"] = (s => CommitmentId.TryParse(s, null, out _), s => CommitmentId.Parse(s).ToString()),
        ["Acronym"] = (s => Acronym.TryParse(s, null, out _), s => Acronym.Parse(s).ToString()),
        ["PersonName"] = (s => PersonName.TryParse(s, null, out _), s => PersonName.Parse(s).ToString()),
        ["Topic"] = (s => Topic.TryParse(s, null, out _), s => Topic.Parse(s).ToString()),
        ["PartyRef"] = (s => PartyRef.TryParse(s, null, out _), s => PartyRef.Parse(s).ToString()),
        ["LocalizedText"] = (s => LocalizedText.TryCreate(s, null, out _), s => LocalizedText.FromSpanish(s).Spanish!),
    };

    // Accepted by a documented rule: human text keeps letters of any script (and NFC turns the Kelvin sign
    // into K); machine forms accept nothing here.
    private static readonly Dictionary<(string Type, string Input), string> Accepted = new()
    {
        [("PersonName", "\uFF2D\uFF38")] = "\uFF2D\uFF38",
        [("PersonName", "\u0130T")] = "\u0130T",
        [("PersonName", "\u0131t")] = "\u0131t",
        [("PersonName", "\u212AE")] = "KE",
        [("PersonName", "\u017F")] = "\u017F",
        [("PersonName", new string('a', 1024 * 1024))] = "unreachable: over 200 characters",
        [("LocalizedText", "\uFF2D\uFF38")] = "\uFF2D\uFF38",
        [("LocalizedText", "\u0664\u0668\u0664")] = "\u0664\u0668\u0664",
        [("LocalizedText", "\uFF14\uFF18\uFF14")] = "\uFF14\uFF18\uFF14",
        [("LocalizedText", "\u0130T")] = "\u0130T",
        [("LocalizedText", "\u0131t")] = "\u0131t",
        [("LocalizedText", "\u212AE")] = "KE",
        [("LocalizedText", "\u017F")] = "\u017F",
    };

    private static readonly string[] Inputs = [.. BadInput.Strings()];

    // Cases are passed by index: xunit's theory serialization would turn lone surrogates into U+FFFD.
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var type in Parsers.Keys)
        {
            for (var i = 0; i < Inputs.Length; i++)
            {
                data.Add(type, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_parser_rejects_or_accepts_by_rule_and_never_throws_from_Try(string type, int inputIndex)
    {
        var input = Inputs[inputIndex];
        var (tryParse, parse) = Parsers[type];
        var accepted = tryParse(input);
        if (Accepted.TryGetValue((type, input), out var expected) && input.Length < 1000)
        {
            Assert.True(accepted, $"{type} should accept {InputShown(input)}");
            Assert.Equal(expected, parse(input));
            return;
        }

        Assert.False(accepted, $"{type} accepted {InputShown(input)}");
        var error = Assert.ThrowsAny<ArgumentException>(() => RethrowFormatAsArgument(() => parse(input)));
        Assert.DoesNotContain("\u202E", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u200B", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0000", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 1000, "a 1 MB input must not flood the message");
    }

    [Fact]
    public void Null_is_false_from_every_Try_method_and_an_argument_error_from_every_Parse()
    {
        foreach (var (type, (tryParse, parse)) in Parsers)
        {
            Assert.False(tryParse(null!), type);
            Assert.ThrowsAny<ArgumentException>(() => parse(null!));
        }
    }

    [Fact]
    public void A_look_alike_is_shown_escaped_in_the_error()
    {
        // U+212A renders as "K": the message must not claim the input was "Kelly".
        var error = Assert.Throws<ValueFormatException>(() => PersonId.Parse("\u212Aelly"));
        Assert.StartsWith("\"\\u212Aelly\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rodri\u0301guez", "Rodríguez")]
    [InlineData("\u212Aelly", "Kelly")]
    [InlineData("\u0130nci", "\u0130nci")]
    [InlineData("\u0131\u015F\u0131k", "\u0131\u015F\u0131k")]
    public void Person_names_normalize_to_NFC_and_keep_Turkish_letters(string input, string expected)
    {
        Assert.Equal(expected, PersonName.From(input).Value);
        Assert.Equal(PersonName.From(expected), PersonName.From(input));
    }

    // LocalizedText reports invalid text as ArgumentException; the value types as ValueFormatException (a
    // FormatException). Both are "the input was wrong"; this lets one assertion cover both.
    private static void RethrowFormatAsArgument(Action action)
    {
        try
        {
            action();
        }
        catch (ValueFormatException error)
        {
            throw new ArgumentException(error.Message, error);
        }
    }

    private static string InputShown(string input) => input.Length > 20 ? input[..20] + "…" : input;
}
