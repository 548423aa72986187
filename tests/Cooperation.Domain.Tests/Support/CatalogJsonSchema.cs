using System;
using Json.Schema;

namespace Cooperation.Domain.Tests.Support;

/// <summary>
/// The catalog's JSON Schema as JsonSchema.Net holds it, built once for every test that validates against it or refers
/// to it (the extract schema's draft): JsonSchema.Net registers a schema under its $id in a registry every build shares,
/// and refuses a second registration, so two tests that each built it would fail in whichever order ran second.
/// </summary>
public static class CatalogJsonSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(CooperationJson.Schema));

    /// <summary>The schema, registered under its $id.</summary>
    public static JsonSchema Value => Schema.Value;
}
