using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Cooperation.Domain.Rules;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// A built-in rule's finding keeps its subject path in parts (<see cref="SubjectLocation"/>) and its arguments without
/// boxes (<see cref="ReportArgument"/>, <see cref="FindingArguments"/>): the path it writes must be the one the rules
/// wrote before, the report's order the ordinal order of those paths, and every argument must give the message and the
/// fingerprint the boxed or formatted value gave.
/// </summary>
public class FindingStorageTests
{
    private static readonly string[] Identifiers = ["ab", "ab-1", "ab-1-2", "ab-10", "ab-2", "abc", "bc", "mx-ca", "mx-ca-danm", "z9"];

    private static IEnumerable<(SubjectLocation Location, string Path)> Locations()
    {
        foreach (var id in Identifiers)
        {
            var meeting = new Meeting(MeetingId.Parse(id), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.Parse("2020-01-02"), title: LocalizedText.Create("T", "T"));
            var mechanism = new Mechanism(MechanismId.Parse(id), LocalizedText.Create("M", "M"), MechanismKind.HighLevelDialogue, MechanismScope.Bilateral,
                [new Membership(PartyRef.ForCountry(CountryCode.Parse("MX")), ParticipationStatus.Member), new Membership(PartyRef.ForCountry(CountryCode.Parse("CA")), ParticipationStatus.Member)],
                MechanismStatus.Active);
            var delegation = new Delegation(PartyRef.ForCountry(CountryCode.Parse("MX")));
            var source = new Source(SourceId.Parse(id), LocalizedText.Create("S", "S"), LocalizedText.Create("SRE", "SRE"), PartialDate.Parse("2020"), Language.Spanish, SourceKind.PressRelease);
            var institution = new Institution(InstitutionId.Parse(id), LocalizedText.Create("I", "I"), InstitutionKind.Ministry, CountryCode.Parse("MX"));
            yield return (SubjectLocation.Of(meeting), SubjectPath.Of(meeting));
            yield return (SubjectLocation.Of(mechanism), SubjectPath.Of(mechanism));
            yield return (SubjectLocation.Of(source), SubjectPath.Of(source));
            yield return (SubjectLocation.Of(institution), SubjectPath.Of(institution));
            foreach (var member in new[] { "end", "ordinal", "status", "citations", "delegations" })
            {
                yield return (SubjectLocation.Of(meeting, member), SubjectPath.Of(meeting, member));
                yield return (SubjectLocation.Of(mechanism, member), SubjectPath.Of(mechanism, member));
            }

            yield return (SubjectLocation.Of(meeting, delegation), SubjectPath.Of(meeting, delegation));
            foreach (var index in new[] { 0, 1, 3, 10, 12, 100 })
            {
                yield return (SubjectLocation.Of(meeting, delegation, index), SubjectPath.Of(meeting, delegation, index));
                yield return (SubjectLocation.Presidency(mechanism, index), SubjectPath.Presidency(mechanism, index));
                yield return (SubjectLocation.Of(meeting, "venues", index), $"{SubjectPath.Of(meeting)}.venues[{index.ToString(CultureInfo.InvariantCulture)}]");
            }

            yield return (SubjectLocation.Party(mechanism, mechanism.Parties[0]), SubjectPath.Party(mechanism, mechanism.Parties[0]));
            foreach (var cited in new[] { "a", "a-1", "source-0" })
            {
                yield return (SubjectLocation.Of(CatalogCollections.Meetings, id, "citations", cited), $"{SubjectPath.Of(meeting)}.citations[{cited}]");
            }

            // Paths given whole (the rarer shapes, and custom rules), which sort among the others.
            yield return (SubjectPath.Of(meeting) + ".statements[0]", SubjectPath.Of(meeting) + ".statements[0]");
            yield return ($"people[{id}]", $"people[{id}]");
            yield return (SubjectPath.Of(meeting, delegation, 2) + ".personId", SubjectPath.Of(meeting, delegation, 2) + ".personId");
        }

        yield return ("meetings", "meetings");
        yield return ("meetings[", "meetings[");
        yield return ("meetingsX[a]", "meetingsX[a]");
        yield return ("meetings[a]]", "meetings[a]]");
        yield return ("meetings[a-1]" + new string('x', 400), "meetings[a-1]" + new string('x', 400));
    }

    [Fact]
    public void A_location_writes_the_path_the_rules_wrote()
    {
        foreach (var (location, path) in Locations())
        {
            Assert.Equal(path, location.ToString());
        }
    }

    [Fact]
    public void Locations_are_ordered_as_their_paths_are_ordinally()
    {
        var all = Locations().ToArray();
        Assert.True(all.Length > 300);
        foreach (var x in all)
        {
            foreach (var y in all)
            {
                var expected = Math.Sign(string.CompareOrdinal(x.Path, y.Path));
                var actual = Math.Sign(SubjectLocation.Compare(x.Location, y.Location));
                if (expected != actual)
                {
                    Assert.Fail($"{x.Path} against {y.Path}: {actual}, expected {expected}");
                }
            }
        }
    }

    public static TheoryData<string> Dates => ["2017", "2017-04", "2017-04-25", "0001-01-01", "9999-12-31"];

    [Theory]
    [MemberData(nameof(Dates))]
    public void Dates_kept_as_bits_give_the_value_and_the_text_they_were(string text)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(date, PartialDate.FromBits(date.ToBits()));
        Assert.Equal(date, ((ReportArgument)date).ToObject());
        Assert.Equal(text, ReportArgument.DateText(date).ToObject());
        var end = PartialDate.Parse("9999-12-31");
        Assert.Equal($"{text}/9999-12-31", ReportArgument.DateText(date, end).ToObject());
    }

    [Fact]
    public void Arguments_kept_without_boxes_make_the_same_messages_and_fingerprints()
    {
        var descriptor = new RuleDescriptor
        {
            Id = "TEST0001",
            Title = "Test",
            Category = RuleCategory.MeetingsAndOrdinals,
            DefaultSeverity = Severity.Warning,
            EnglishMessage = "{0} {1} {2} {3} {4} {5} {6} {7}",
            SpanishMessage = "{7} {6} {5} {4} {3} {2} {1} {0}",
            Description = "Test.",
            Fix = "Test.",
            HelpUri = "docs/test.md",
        };
        var meeting = MeetingId.Parse("meeting-1");
        var party = PartyRef.ForCountry(CountryCode.Parse("MX"));
        var date = PartialDate.Parse("2024-11");
        object?[] boxed =
        [
            MessageArgument.WordsAround("The meeting {0}", "La reunión {0}", meeting), party, CountryCode.Parse("GT"), 42, date,
            MessageArgument.Count(3, "participants", "participantes"), "2024-11-01/2024-11-03", (PersonName?)PersonName.Parse("Rosa Icela Rodríguez"),
        ];
        ReportArgument[] kept =
        [
            ReportArgument.WordsAround("The meeting {0}", "La reunión {0}", meeting.ToString()), party, CountryCode.Parse("GT"), 42, date,
            ReportArgument.Count(3, "participants", "participantes"), ReportArgument.DateText(PartialDate.Parse("2024-11-01"), PartialDate.Parse("2024-11-03")),
            (PersonName?)PersonName.Parse("Rosa Icela Rodríguez"),
        ];
        foreach (var language in new[] { Language.English, Language.Spanish })
        {
            var before = new Diagnostic(descriptor, Severity.Warning, language, "meetings[meeting-1]", boxed);
            var after = new Diagnostic(descriptor, Severity.Warning, language, SubjectLocation.Of(CatalogCollections.Meetings, "meeting-1", "citations", "s"), kept);
            var whole = new Diagnostic(descriptor, Severity.Warning, language, "meetings[meeting-1].citations[s]", boxed);
            Assert.Equal(before.Message, after.Message);
            Assert.Equal(whole.Fingerprint, after.Fingerprint);
            Assert.Equal(whole, after);
            Assert.Equal("meetings[meeting-1].citations[s]", after.Path);
            Assert.Same(after.Path, after.Path);
        }

        // A fourth value beyond the three kept as bits is kept boxed, with the same result.
        ReportArgument[] dates = [date, date, date, date, date, 1, 2, 3];
        object?[] boxedDates = [date, date, date, date, date, 1, 2, 3];
        Assert.Equal(
            new Diagnostic(descriptor, Severity.Warning, Language.English, "x", boxedDates).Message,
            new Diagnostic(descriptor, Severity.Warning, Language.English, (SubjectLocation)"x", dates).Message);
    }
}
