using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Tests.Serialization.Setups;

/// <summary>
/// Model values in a consumer's records round-trip under every serializer setup a service uses: reflection with the
/// default and web options, the consumer's own source-generated context (with and without web defaults), that context
/// combined with the reflection resolver, registered converters, and the library's shipped context.
/// </summary>
public class SerializerSetupTests
{
    private static readonly Meeting Meeting = ReferenceCatalog.Default.Meetings.First(m => !m.Delegations.IsEmpty && !m.Outcomes.IsEmpty);

    private static Visit Sample() => new(
        CountryCode.Parse("MX"),
        PartialDate.Parse("2017-04-25"),
        Ordinal.FromInt32(3),
        MeetingStatus.Held,
        PartialDateRange.Parse("2013/.."),
        LocalizedText.Create("Diálogo", "Dialogue"),
        Meeting.Id,
        Meeting,
        [PersonId.Parse("marcelo-ebrard")],
        new Dictionary<CountryCode, int> { [CountryCode.Parse("CA")] = 2, [CountryCode.Parse("US")] = 3 });

    public static TheoryData<string> Setups() => ["default", "web", "context", "web-context", "combined", "configured", "chained"];

    private static JsonSerializerOptions Options(string setup) => setup switch
    {
        "default" => JsonSerializerOptions.Default,
        "web" => JsonSerializerOptions.Web,
        "context" => ConsumerContext.Default.Options,
        "web-context" => ConsumerWebContext.Default.Options,
        "combined" => new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine(ConsumerContext.Default, new DefaultJsonTypeInfoResolver()) },
        "configured" => new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = ConsumerWebContext.Default }.ConfigureForCooperation(),
        _ => new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolverChain = { ConsumerWebContext.Default, CooperationJsonContext.Default } },
    };

    [Theory]
    [MemberData(nameof(Setups))]
    public void A_record_with_model_values_round_trips_with_its_values_in_their_canonical_form(string setup)
    {
        var options = Options(setup);
        var visit = Sample();
        var json = JsonSerializer.Serialize(visit, options);
        using (var doc = JsonDocument.Parse(json))
        {
            var root = doc.RootElement;
            var web = setup is "web" or "web-context" or "configured" or "chained";
            string Name(string pascal) => web ? char.ToLowerInvariant(pascal[0]) + pascal[1..] : pascal;
            Assert.Equal("MX", root.GetProperty(Name("Country")).GetString());
            Assert.Equal("2017-04-25", root.GetProperty(Name("When")).GetString());
            Assert.Equal(JsonValueKind.Number, root.GetProperty(Name("Number")).ValueKind);
            Assert.Equal("held", root.GetProperty(Name("Status")).GetString());
            Assert.Equal("2013/..", root.GetProperty(Name("Span")).GetString());
            Assert.Equal(Meeting.Id.ToString(), root.GetProperty(Name("Meeting")).GetProperty("id").GetString());
            Assert.Equal(2, root.GetProperty(Name("ByCountry")).GetProperty("CA").GetInt32());
        }

        var back = JsonSerializer.Deserialize<Visit>(json, options)!;
        Assert.Equal(visit.Country, back.Country);
        Assert.Equal(visit.When, back.When);
        Assert.Equal(visit.Number, back.Number);
        Assert.Same(visit.Status, back.Status);
        Assert.Equal(visit.Span, back.Span);
        Assert.Equal(visit.Title, back.Title);
        Assert.Equal(visit.Id, back.Id);
        Assert.Equal(visit.People.ToArray(), back.People.ToArray());
        Assert.Equal(visit.ByCountry.OrderBy(p => p.Key.ToString()), back.ByCountry.OrderBy(p => p.Key.ToString()));
        Assert.Equal(Canonical(visit.Meeting), Canonical(back.Meeting));
    }

    [Theory]
    [MemberData(nameof(Setups))]
    public void Bad_or_missing_values_are_errors_with_the_json_path_never_uninitialized_values(string setup)
    {
        var options = Options(setup);
        var json = JsonSerializer.Serialize(Sample(), options);
        var country = setup is "web" or "web-context" or "configured" or "chained" ? "country" : "Country";

        var bad = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Visit>(json.Replace("\"MX\"", "\"XX\"", StringComparison.Ordinal), options));
        Assert.Contains("\"XX\"", bad.Message, StringComparison.Ordinal);
        Assert.Equal("$." + country, bad.Path);

        var nulled = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Visit>(json.Replace("\"MX\"", "null", StringComparison.Ordinal), options));
        Assert.Contains("found null", nulled.Message, StringComparison.Ordinal);

        var uninitialized = Sample() with { Country = default };
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Serialize(uninitialized, options));
    }

    [Fact]
    public void The_shipped_context_reads_and_writes_the_catalog_as_the_library_does()
    {
        var catalog = ReferenceCatalog.Default;
        var json = JsonSerializer.SerializeToUtf8Bytes(catalog, CooperationJsonContext.Default.CooperationCatalog);
        var back = JsonSerializer.Deserialize(json, CooperationJsonContext.Default.CooperationCatalog)!;
        Assert.Equal(CooperationJson.WriteCatalog(catalog), CooperationJson.WriteCatalog(back));
        Assert.Equal(catalog.Meetings.Length, CooperationJson.ReadCatalog(json).Meetings.Length);

        // With web options chained after it, the same document.
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = CooperationJsonContext.Default, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, NewLine = "\n" };
        Assert.Equal(CooperationJson.WriteCatalog(catalog), CooperationJson.WriteCatalog(JsonSerializer.Deserialize<CooperationCatalog>(JsonSerializer.Serialize(catalog, web), web)!));
    }

    [Fact]
    public void Every_type_with_a_converter_is_in_the_shipped_context_and_the_registered_list_and_none_is_an_object_contract()
    {
        var assembly = typeof(CooperationCatalog).Assembly;
        var attributed = assembly.GetExportedTypes()
            .Where(t => !t.IsGenericTypeDefinition && !t.IsAbstract && t.GetCustomAttribute<JsonConverterAttribute>() is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        Assert.True(attributed.Length >= 50, $"{attributed.Length} types name a converter");

        var registered = CooperationConverters.All.Select(c => c.Type!).OrderBy(t => t.FullName, StringComparer.Ordinal).ToArray();
        Assert.Equal(attributed, registered);

        foreach (var type in attributed)
        {
            // JsonTypeInfoKind.None: the converter writes the value; an Object contract would be the silent "{}".
            var shipped = CooperationJsonContext.Default.GetTypeInfo(type);
            Assert.True(shipped is not null, $"{type.Name} is not in CooperationJsonContext");
            Assert.Equal(JsonTypeInfoKind.None, shipped.Kind);
            Assert.Equal(JsonTypeInfoKind.None, JsonSerializerOptions.Default.GetTypeInfo(type).Kind);
            Assert.True(type.GetCustomAttribute<JsonConverterAttribute>()!.ConverterType!.IsPublic, $"{type.Name}'s converter is not public");
        }

        // Public model types without a converter are the ones a serializer may treat as objects, on purpose.
        var model = assembly.GetExportedTypes().Where(t => t.Namespace == "Cooperation.Domain" && !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed)
            && !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t) && t.GetCustomAttribute<JsonConverterAttribute>() is null && !t.IsGenericTypeDefinition);
        Assert.Equal(
            ["CadenceAssessment", "CatalogBuilder", "CatalogDocument", "Country", "CountryLookupResult", "DocumentWriterOptions", "PositionHeld", "ValueFormatError"],
            model.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ConfigureForCooperation_adds_each_converter_once_and_refuses_options_in_use()
    {
        var options = new JsonSerializerOptions().ConfigureForCooperation().ConfigureForCooperation();
        Assert.Equal(CooperationConverters.All.Count, options.Converters.Count);
        Assert.Equal("\"MX\"", JsonSerializer.Serialize(CountryCode.Parse("MX"), options));
        Assert.Throws<InvalidOperationException>(() => options.ConfigureForCooperation());
        Assert.Throws<ArgumentNullException>(() => CooperationJsonSerializerOptionsExtensions.ConfigureForCooperation(null!));
    }

    private static string Canonical(Meeting meeting)
        => System.Text.Encoding.UTF8.GetString(CooperationJson.WriteCatalog(new CatalogBuilder().Add(meeting).Build()));
}
