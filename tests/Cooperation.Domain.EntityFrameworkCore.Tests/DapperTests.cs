using System;
using System.Data;
using System.Linq;
using System.Threading.Tasks;
using Cooperation.Domain.EntityFrameworkCore.Tests.Support;
using Dapper;
using Npgsql;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>The Dapper type handlers, on the tests' PostgreSQL server.</summary>
[Collection(PostgreSqlCollection.Name)]
public sealed class DapperTests(PostgreSqlServer server)
{
    [PostgreSqlFact]
    public async Task Values_written_and_read_through_Dapper_are_equal_and_stored_as_the_companion_stores_them()
    {
        CooperationDapper.AddTypeHandlers();
        CooperationDapper.AddTypeHandlers();
        await using var connection = await OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE dapper_values (id text PRIMARY KEY, country text, party text, ordinal integer, status text, topic text)");
        var full = new ValueRow
        {
            Id = MeetingId.Parse("rnd-2017-04"),
            Country = CountryCode.Parse("MX"),
            Party = PartyRef.Parse("sica"),
            Ordinal = Ordinal.FromInt32(3),
            Status = MeetingStatus.Held,
            Topic = Topic.Security,
        };
        var empty = new ValueRow { Id = MeetingId.Parse("no-values") };
        const string insert = "INSERT INTO dapper_values VALUES (@Id, @Country, @Party, @Ordinal, @Status, @Topic)";
        await connection.ExecuteAsync(insert, full);
        await connection.ExecuteAsync(insert, empty);

        var read = (await connection.QueryAsync<ValueRow>("SELECT * FROM dapper_values ORDER BY id DESC")).ToArray();
        Assert.Equal([full, empty], read);

        // Stored as EF Core stores them: canonical text, the position, the exact name.
        var raw = await connection.QuerySingleAsync<(string, string, string, int, string, string)>("SELECT id, country, party, ordinal, status, topic FROM dapper_values WHERE id = 'rnd-2017-04'");
        Assert.Equal(("rnd-2017-04", "MX", "sica", 3, "held", "security"), raw);

        // A value as a parameter of a query.
        Assert.Equal(full.Id, await connection.QuerySingleAsync<MeetingId>("SELECT id FROM dapper_values WHERE country = @country", new { country = CountryCode.Parse("MX") }));
    }

    [PostgreSqlFact]
    public async Task A_stored_value_in_another_spelling_is_a_typed_error()
    {
        CooperationDapper.AddTypeHandlers();
        await using var connection = await OpenAsync();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.QuerySingleAsync<CountryCode>("SELECT 'mx'::text"));
        var stored = Assert.IsType<StoredValueException>(error as StoredValueException ?? error.InnerException);
        Assert.Equal(("CountryCode", "mx"), (stored.ValueType, stored.Value));
        Assert.Contains("\"MX\", its canonical form", stored.Message, StringComparison.Ordinal);

        var vocabulary = await Assert.ThrowsAnyAsync<Exception>(() => connection.QuerySingleAsync<MeetingStatus>("SELECT 'adjourned'::text"));
        Assert.IsType<StoredValueException>(vocabulary as StoredValueException ?? vocabulary.InnerException);

        var ordinal = await Assert.ThrowsAnyAsync<Exception>(() => connection.QuerySingleAsync<Ordinal>("SELECT 0"));
        Assert.IsType<StoredValueException>(ordinal as StoredValueException ?? ordinal.InnerException);
    }

    /// <summary>DapperLib/Dapper#303, where it bites: an enum parameter goes as its number, so Language has no
    /// handler and <see cref="CooperationDapper.StoredLanguage"/> gives the stored code instead.</summary>
    [PostgreSqlFact]
    public async Task A_language_goes_through_its_stored_code()
    {
        CooperationDapper.AddTypeHandlers();
        await using var connection = await OpenAsync();
        Assert.Equal(((int)Language.English).ToString(System.Globalization.CultureInfo.InvariantCulture), await connection.QuerySingleAsync<string>("SELECT CAST(@language AS text)", new { language = Language.English }));
        Assert.Equal("en", await connection.QuerySingleAsync<string>("SELECT CAST(@language AS text)", new { language = CooperationDapper.StoredLanguage(Language.English) }));
        Assert.Throws<ArgumentOutOfRangeException>(() => CooperationDapper.StoredLanguage((Language)9));
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await server.CreateDatabaseAsync());
        await connection.OpenAsync();
        return connection;
    }

    private sealed record ValueRow
    {
        public MeetingId Id { get; set; }

        public CountryCode? Country { get; set; }

        public PartyRef? Party { get; set; }

        public Ordinal? Ordinal { get; set; }

        public MeetingStatus? Status { get; set; }

        public Topic? Topic { get; set; }
    }
}
