using System;
using System.Linq;
using Cooperation.Domain.Rules;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>
/// The built-in rules make some message arguments once and share them between findings (a vocabulary label, the
/// words of an ordinal, the as-of date of the last run): each finding must still show its own values, in either
/// language, and a run with another as-of date must show that date.
/// </summary>
public class SharedArgumentTests
{
    private static readonly MechanismId Talks = MechanismId.Parse("talks");

    private static Meeting Numbered(string id, int ordinal, string start, MeetingStatus? status = null) => new(
        MeetingId.Parse(id),
        MeetingKind.Ordinary,
        status ?? MeetingStatus.Planned,
        PartialDate.Parse(start),
        mechanism: Talks,
        ordinal: Ordinal.FromInt32(ordinal),
        title: En("Meeting"));

    private static CooperationCatalog Catalog(params Meeting[] meetings)
    {
        var builder = new CatalogBuilder().Add(new Mechanism(Talks, En("Talks"), MechanismKind.HighLevelDialogue, MechanismScope.Bilateral, Bilateral(HN), MechanismStatus.Active));
        foreach (var meeting in meetings)
        {
            builder.Add(meeting);
        }

        return builder.Build();
    }

    [Fact]
    public void Each_finding_shows_its_own_ordinals_and_labels_small_or_large_in_either_language()
    {
        // Two series that go backwards: 2nd before the 1st, and 301st before the 300th (beyond the ordinals made once).
        var catalog = Catalog(
            Numbered("m-1", 1, "2031-05-01"), Numbered("m-2", 2, "2031-01-01"),
            Numbered("m-300", 300, "2033-05-01"), Numbered("m-301", 301, "2033-01-01"));

        string[] Messages(Language language) => [.. Validator.Validate(catalog, ValidationOptions.Default.WithLanguage(language))
            .Diagnostics.Where(d => d.Id == "COOP4002").Select(d => d.Message)];

        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(
                [
                    "The 2nd ordinary meeting of talks (m-2, 2031-01-01) is before the 1st (m-1, 2031-05-01).",
                    "The 301st ordinary meeting of talks (m-301, 2033-01-01) is before the 300th (m-300, 2033-05-01).",
                ],
                Messages(Language.English));
            Assert.Equal(
                [
                    "La 2ª reunión ordinaria de talks (m-2, 2031-01-01) es anterior a la 1ª (m-1, 2031-05-01).",
                    "La 301ª reunión ordinaria de talks (m-301, 2033-01-01) es anterior a la 300ª (m-300, 2033-05-01).",
                ],
                Messages(Language.Spanish));
        }
    }

    [Fact]
    public void Each_run_shows_its_own_as_of_date_and_the_date_does_not_enter_the_fingerprint()
    {
        var catalog = Catalog(Numbered("m-1", 1, "2031-05-01", MeetingStatus.Held));

        Diagnostic HeldInFuture(LocalDate asOf) => Validator.Validate(catalog, ValidationOptions.Default.WithAsOf(asOf)).Diagnostics.Single(d => d.Id == "COOP3004");

        var first = HeldInFuture(new LocalDate(2026, 1, 2));
        var second = HeldInFuture(new LocalDate(2027, 3, 4));
        var again = HeldInFuture(new LocalDate(2026, 1, 2));

        Assert.Equal("The meeting m-1 is marked held but starts on 2031-05-01, after 2026-01-02.", first.Message);
        Assert.Equal("The meeting m-1 is marked held but starts on 2031-05-01, after 2027-03-04.", second.Message);
        Assert.Equal(first.Message, again.Message);
        Assert.Equal(first.Fingerprint, second.Fingerprint);
    }
}
