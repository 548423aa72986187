using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// A real Kestrel minimal API on a loopback port, with synchronous I/O disallowed as it is by default: the request body
/// is read with <see cref="CooperationJson.ReadCatalogAsync(System.IO.Stream, CancellationToken)"/> as it arrives,
/// the response written with <see cref="CooperationJson.WriteCatalogAsync"/>, and the synchronous reader fails there.
/// </summary>
public sealed class AspNetCoreTests : IAsyncLifetime
{
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024 * 1024;
        });
        var app = builder.Build();
        app.MapPost("/catalog", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            var catalog = await CooperationJson.ReadCatalogAsync(request.Body, cancellationToken);
            var report = Validator.Validate(catalog, ValidationOptions.Default.WithAsOf(Tests.Rules.RuleFixtures.AsOf), cancellationToken);
            return Results.Text($"{catalog.Sources.Length} {catalog.Institutions.Length} {catalog.Mechanisms.Length} {catalog.Meetings.Length} {report.Diagnostics.Length}");
        });
        app.MapPost("/catalog-sync", (HttpRequest request) => Results.Text(CooperationJson.ReadCatalog(request.Body).Meetings.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        app.MapGet("/catalog", async (HttpResponse response, CancellationToken cancellationToken) =>
        {
            response.ContentType = "application/json";
            await CooperationJson.WriteCatalogAsync(ReferenceCatalog.Default, response.Body, cancellationToken);
        });
        await app.StartAsync();
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address) };
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

    [Fact]
    public async Task A_request_body_is_read_as_a_catalog()
    {
        var catalog = ReferenceCatalog.Default;
        using var content = new ByteArrayContent(CooperationJson.WriteCatalog(catalog));
        using var response = await _client!.PostAsync("/catalog", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var diagnostics = Validator.Validate(catalog, ValidationOptions.Default.WithAsOf(Tests.Rules.RuleFixtures.AsOf)).Diagnostics.Length;
        Assert.Equal($"{catalog.Sources.Length} {catalog.Institutions.Length} {catalog.Mechanisms.Length} {catalog.Meetings.Length} {diagnostics}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_large_request_body_is_read_as_it_arrives()
    {
        var document = new GeneratedCatalogStream(8_000_000);
        using var content = new StreamContent(document, 16 * 1024);
        using var response = await _client!.PostAsync("/catalog", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"0 0 0 {document.Meetings}", string.Join(' ', (await response.Content.ReadAsStringAsync()).Split(' ').Take(4)));
    }

    [Fact]
    public async Task The_synchronous_reader_fails_on_a_request_body()
    {
        using var content = new ByteArrayContent(CooperationJson.WriteCatalog(ReferenceCatalog.Default));
        using var response = await _client!.PostAsync("/catalog-sync", content);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
    }

    [Fact]
    public async Task A_catalog_is_written_to_a_response_body()
    {
        var bytes = await _client!.GetByteArrayAsync("/catalog");
        Assert.Equal(CooperationJson.WriteCatalog(ReferenceCatalog.Default), bytes);
    }
}
