using System;
using System.Linq;
using System.Threading.Tasks;
using Cooperation.Domain.EntityFrameworkCore.Tests.Support;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>
/// The queries of docs/service.md ("Queries that translate"): each runs in the database (the test contexts turn every
/// EF Core warning into an error, and a query EF cannot translate throws) and finds what the in-memory catalog finds.
/// </summary>
public static class QueryScenarios
{
    public static async Task Queries_on_dates_and_parties_translate_and_agree_with_the_catalog(TestDatabase database)
    {
        var catalog = ReferenceCatalog.Default;
        await using var db = database.NewContext();
        await new CatalogStore(db).SaveAsync(catalog);

        // The meetings of 2011.
        var of2011 = db.Meetings.Where(m => m.Start.Year == 2011).Select(m => m.Id);
        AssertWhere(of2011.ToQueryString(), "start_year");
        var expected2011 = catalog.Meetings.Where(m => m.Start.Year == 2011).Select(m => m.Id).ToArray();
        Assert.NotEmpty(expected2011);
        Assert.Equal(Sorted(expected2011), Sorted(await of2011.ToArrayAsync()));

        // The meetings whose possible days overlap a window (as CooperationCatalog.MeetingsBetween).
        var first = new LocalDate(2017, 1, 1);
        var last = new LocalDate(2018, 6, 30);
        var overlapping = db.Meetings
            .Where(m => m.Start.Earliest <= last && (m.End == null ? m.Start.Latest : m.End.Latest) >= first)
            .Select(m => m.Id);
        AssertWhere(overlapping.ToQueryString(), "start_earliest");
        var expectedOverlap = catalog.MeetingsBetween(new DateInterval(first, last)).Select(m => m.Id).ToArray();
        Assert.NotEmpty(expectedOverlap);
        Assert.Equal(Sorted(expectedOverlap), Sorted(await overlapping.ToArrayAsync()));

        // The meetings of Mexico in 2017.
        var mexico = PartyRef.ForCountry(CountryCode.Parse("MX"));
        var mexicoIn2017 = db.Meetings
            .Where(m => m.Start.Year == 2017 && m.Delegations.Any(d => d.Party == mexico))
            .Select(m => m.Id);
        AssertWhere(mexicoIn2017.ToQueryString(), "party");
        var expectedMexico = catalog.MeetingsAttendedBy(mexico).Where(m => m.Start.Year == 2017).Select(m => m.Id).ToArray();
        Assert.Equal(Sorted(expectedMexico), Sorted(await mexicoIn2017.ToArrayAsync()));

        // A condition EF cannot translate is an error, never a silent evaluation on the client.
        var untranslatable = db.Meetings.Where(m => m.Start.ToPartialDate().IsDefinitelyBefore(PartialDate.FromYear(2015)));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => untranslatable.ToArrayAsync());
        Assert.Contains("could not be translated", error.Message, StringComparison.Ordinal);
    }

    private static void AssertWhere(string sql, string column)
    {
        var where = sql.IndexOf("WHERE", StringComparison.Ordinal);
        Assert.True(where >= 0 && sql.IndexOf(column, where, StringComparison.Ordinal) > where, "The condition is not in the SQL:\n" + sql);
    }

    private static string[] Sorted(MeetingId[] ids) => [.. ids.Select(static id => id.ToString()).Order(StringComparer.Ordinal)];
}
