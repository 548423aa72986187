using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Serialization;
using Json.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace Cooperation.Domain.Tests.Serialization.Schema;

/// <summary>
/// A minimal ASP.NET Core service on Kestrel with <c>Microsoft.AspNetCore.OpenApi</c>: its OpenAPI document describes
/// <see cref="Meeting"/>, <see cref="CountryCode"/>, <see cref="PartialDate"/> and <see cref="MeetingId"/> as the
/// library writes them (through the schema transformer of docs/service.md), and a request body that breaks the
/// schema is refused by the library with problem details naming the JSON path the schema's validator names.
/// </summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        // From docs/service.md, "OpenAPI".
        builder.Services.AddOpenApi(options => options.AddSchemaTransformer((schema, context, cancellationToken) =>
        {
            // ASP.NET describes a route or query parameter of a type with TryParse as a string: take the parameter's type.
            var type = context.JsonTypeInfo.Type == typeof(string) && context.ParameterDescription?.Type is { } parameter ? parameter : context.JsonTypeInfo.Type;
            if (CooperationJsonSchema.GetSchema(type) is { } model)
            {
                var read = new OpenApiJsonReader().ReadFragment<OpenApiSchema>(model, OpenApiSpecVersion.OpenApi3_1, new OpenApiDocument(), out _, new OpenApiReaderSettings());
                foreach (var property in typeof(OpenApiSchema).GetProperties().Where(p => p.CanWrite && p.Name != nameof(OpenApiSchema.Metadata)))
                {
                    property.SetValue(schema, property.GetValue(read));
                }
            }

            return Task.CompletedTask;
        }));
        var app = builder.Build();
        app.MapOpenApi();
        MapEndpoints(app);
        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    // The service: a meeting by identifier, a country's meetings from a day on, and a meeting posted, read by the library.
    private static void MapEndpoints(WebApplication app)
    {
        app.MapGet("/meetings/{id}", Results<Ok<Meeting>, NotFound> (MeetingId id)
            => ReferenceCatalog.Default.TryGetMeeting(id, out var meeting) ? TypedResults.Ok(meeting) : TypedResults.NotFound());
        app.MapGet("/countries/{code}/meetings", (CountryCode code, PartialDate from)
            => TypedResults.Ok(ReferenceCatalog.Default.MeetingsAttendedBy(PartyRef.ForCountry(code)).Where(m => m.Start.Earliest >= from.Earliest).ToArray()));
        app.MapPost("/meetings", async Task<Results<Ok<Meeting>, ProblemHttpResult>> (HttpRequest request, CancellationToken cancellationToken) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, cancellationToken);
            try
            {
                return TypedResults.Ok(CooperationJson.Read<Meeting>(body.GetBuffer().AsSpan(0, (int)body.Length)));
            }
            catch (CooperationJsonException error)
            {
                return TypedResults.Problem(error.Reason, statusCode: StatusCodes.Status400BadRequest, title: "The meeting is not valid.", extensions: new Dictionary<string, object?> { ["path"] = error.Path, ["line"] = error.LineNumber });
            }
        }).Accepts<Meeting>("application/json");
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    private async Task<JsonObject> Document() => JsonNode.Parse(await _client!.GetStringAsync("/openapi/v1.json"))!.AsObject();

    [Fact]
    public async Task The_document_describes_the_model_types_as_the_library_writes_them()
    {
        var document = await Document();
        try
        {
            DescribesTheModel(document);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            throw new Xunit.Sdk.XunitException($"{error.Message}\nThe document:\n{document.ToJsonString()}");
        }
    }

    private static void DescribesTheModel(JsonObject document)
    {
        var byId = Operation(document, "/meetings/{id}", "get");
        var id = Resolve(document, Parameter(byId, "id")["schema"]!);
        Assert.Equal("string", id["type"]!.GetValue<string>());
        Assert.Equal("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", id["pattern"]!.GetValue<string>());

        var meeting = Resolve(document, byId["responses"]!["200"]!["content"]!["application/json"]!["schema"]!);
        Assert.True(JsonNode.DeepEquals(CooperationJsonSchema.GetSchema(typeof(Meeting))!["required"], meeting["required"]), meeting.ToJsonString());
        Assert.Equal(CooperationJsonSchema.GetSchema(typeof(Meeting))!["properties"]!.AsObject().Select(p => p.Key), meeting["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(Pattern(typeof(PartialDate)), meeting["properties"]!["start"]!["pattern"]!.GetValue<string>());

        var byCountry = Operation(document, "/countries/{code}/meetings", "get");
        var code = Resolve(document, Parameter(byCountry, "code")["schema"]!);
        Assert.Contains("MX", code["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(Pattern(typeof(PartialDate)), Resolve(document, Parameter(byCountry, "from")["schema"]!)["pattern"]!.GetValue<string>());

        var posted = Resolve(document, Operation(document, "/meetings", "post")["requestBody"]!["content"]!["application/json"]!["schema"]!);
        Assert.True(JsonNode.DeepEquals(meeting, posted));
    }

    [Fact]
    public async Task The_docs_show_the_transformer_as_the_test_runs_it()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "service.md"));
        var source = await File.ReadAllTextAsync(Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Serialization", "Schema", "OpenApiTests.cs"));
        var start = source.IndexOf("        builder.Services.AddOpenApi(", StringComparison.Ordinal);
        var end = source.IndexOf("        }));", start, StringComparison.Ordinal);
        var sample = string.Join("\n", source[start..end].Split('\n').Select(line => line.Length >= 8 ? line[8..] : line.TrimStart()));
        Assert.Contains(sample, doc.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoints_answer_with_the_libraries_json()
    {
        var meeting = ReferenceCatalog.Default.Meetings[0];
        var json = await _client!.GetStringAsync($"/meetings/{meeting.Id}");
        Assert.Equal(meeting, CooperationJson.Read<Meeting>(json));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/meetings/no-such-meeting")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/countries/XX/meetings?from=2013")).StatusCode);
        var mexican = JsonNode.Parse(await _client.GetStringAsync("/countries/MX/meetings?from=2013-01-01"))!.AsArray();
        Assert.NotEmpty(mexican);
    }

    [Theory]
    [InlineData("start", "\"2013-13\"")]
    [InlineData("kind", "\"summit-ish\"")]
    [InlineData("id", "\"Not A Slug\"")]
    public async Task A_body_that_breaks_the_schema_is_refused_by_the_library_at_the_path_the_schema_names(string member, string value)
    {
        var body = JsonNode.Parse(CooperationJson.WriteString(ReferenceCatalog.Default.Meetings[0]))!.AsObject();
        body[member] = JsonNode.Parse(value);
        var json = body.ToJsonString();

        var document = await Document();
        var schema = Resolve(document, Operation(document, "/meetings", "post")["requestBody"]!["content"]!["application/json"]!["schema"]!);
        var results = JsonSchema.FromText(schema.ToJsonString()).Evaluate(JsonDocument.Parse(json).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.False(results.IsValid);
        var pointers = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => d.InstanceLocation.ToString()).ToArray();
        Assert.Contains("/" + member, pointers);

        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _client!.PostAsync("/meetings", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("$." + member, problem["path"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(problem["detail"]!.GetValue<string>()));

        using var valid = new StringContent(CooperationJson.WriteString(ReferenceCatalog.Default.Meetings[0]), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await _client.PostAsync("/meetings", valid)).StatusCode);
    }

    private static string Pattern(Type type) => CooperationJsonSchema.GetSchema(type)!["pattern"]!.GetValue<string>();

    private static JsonObject Operation(JsonObject document, string path, string method) => document["paths"]![path]![method]!.AsObject();

    private static JsonObject Parameter(JsonObject operation, string name)
        => operation["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!.AsObject();

    // A schema with the document's component references written out, so that a JSON Schema validator can read it alone.
    private static JsonObject Resolve(JsonObject document, JsonNode schema)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in schema.AsObject())
        {
            if (key == "$ref" && value!.GetValue<string>() is { } target && target.StartsWith("#/components/schemas/", StringComparison.Ordinal))
            {
                foreach (var (k, v) in Resolve(document, document["components"]!["schemas"]![target["#/components/schemas/".Length..]]!).ToArray())
                {
                    copy[k] = v?.DeepClone();
                }
            }
            else
            {
                copy[key] = value switch
                {
                    JsonObject inner => Resolve(document, inner),
                    JsonArray array => new JsonArray([.. array.Select(item => item is JsonObject o ? Resolve(document, o) : item?.DeepClone())]),
                    _ => value?.DeepClone(),
                };
            }
        }

        return copy;
    }
}
