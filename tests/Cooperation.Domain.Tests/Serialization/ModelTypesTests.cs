using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using Cooperation.Domain.Serialization;

namespace Cooperation.Domain.Tests.Serialization;

/// <summary>
/// The one list of the model's public types (<c>ModelTypes</c>) against the assembly and against every list made from
/// it or kept beside it: the supported types of <see cref="CooperationJson"/>, <see cref="CooperationConverters.All"/>,
/// the attributes of <see cref="CooperationJsonContext"/>, the JSON Schema; and the collections' one spelling.
/// </summary>
public class ModelTypesTests
{
    // Every public type of the library that names a JSON converter is a type of the model: values, vocabularies,
    // entities, records and the catalog.
    private static readonly Type[] Attributed =
        [.. typeof(CooperationCatalog).Assembly.GetExportedTypes().Where(t => t.GetCustomAttribute<JsonConverterAttribute>() is not null).OrderBy(t => t.Name, StringComparer.Ordinal)];

    private static string[] Names(IEnumerable<Type> types) => [.. types.Select(t => t.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_list_holds_every_public_model_type_of_the_assembly_once()
    {
        Assert.Equal(Names(Attributed), Names(ModelTypes.All));
        Assert.Equal(ModelTypes.All.Length, ModelTypes.All.Distinct().Count());
        Assert.All(ModelTypes.Identifiers, t => Assert.Contains(t, ModelTypes.Values));
        Assert.Contains(typeof(Suppression), ModelTypes.Records);
        Assert.Contains(typeof(ExternalIdentifier), ModelTypes.Values);
    }

    [Fact]
    public void The_source_generated_context_declares_exactly_the_listed_types()
    {
        var declared = typeof(CooperationJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Where(t => t.Assembly == typeof(CooperationCatalog).Assembly)
            .ToArray();
        Assert.Equal(Names(ModelTypes.All), Names(declared));
        Assert.All(ModelTypes.All, t => Assert.NotNull(CooperationJsonContext.Default.GetTypeInfo(t)));
    }

    [Fact]
    public void There_is_one_converter_per_listed_type_in_the_lists_order()
    {
        Assert.Equal(ModelTypes.All.Length, CooperationConverters.All.Count);
        for (var i = 0; i < ModelTypes.All.Length; i++)
        {
            Assert.True(CooperationConverters.All[i].CanConvert(ModelTypes.All[i]), $"converter {i} does not convert {ModelTypes.All[i].Name}");
        }
    }

    [Fact]
    public void The_schema_defines_every_entity_record_value_and_vocabulary()
    {
        using var schema = System.Text.Json.JsonDocument.Parse(CooperationJson.Schema);
        var definitions = schema.RootElement.GetProperty("$defs").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        // CadenceStatus is computed from a catalog (a cadence's assessment), never stored in one.
        var expected = ModelTypes.All.Where(t => t != ModelTypes.Catalog && t != typeof(CadenceStatus)).Select(t => ModelTypes.Identifiers.Contains(t) ? "Identifier" : t.Name);
        Assert.All(expected, name => Assert.Contains(name, definitions));

        var collections = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(n => n != "format");
        Assert.Equal(CatalogCollections.Names, collections);
    }

    [Fact]
    public void Each_kind_has_its_collection_and_entity_type()
    {
        Assert.Equal(Enum.GetValues<CatalogEntityKind>(), CatalogCollections.Kinds);
        foreach (var kind in CatalogCollections.Kinds)
        {
            var name = CatalogCollections.NameOf(kind);
            Assert.True(CatalogCollections.TryFind(name, out var found));
            Assert.Equal(kind, found);
            Assert.Equal(ModelTypes.EntityOf(kind).Name, kind.ToString());
            Assert.NotNull(typeof(CooperationCatalog).GetProperty(char.ToUpperInvariant(name[0]) + name[1..]));
        }

        Assert.False(CatalogCollections.TryFind("Sources", out _));
        Assert.False(CatalogCollections.TryFind("source", out _));
    }

    // One instance of every listed type, found in catalogs that use every member, plus a suppression.
    public static TheoryData<Type> ListedTypes() => [.. ModelTypes.All];

    private static readonly Lazy<Dictionary<Type, object>> Samples = new(() =>
    {
        var found = new Dictionary<Type, object>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        void Visit(object? value, int depth)
        {
            if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || (!value.GetType().IsValueType && !seen.Add(value)))
            {
                return;
            }

            var type = value.GetType();
            if (ModelTypes.All.Contains(type))
            {
                found.TryAdd(type, value);
            }
            else if (ModelTypes.All.Any(t => t.IsAssignableFrom(type)))
            {
                found.TryAdd(ModelTypes.All.First(t => t.IsAssignableFrom(type)), value);
            }

            if (value is IEnumerable items && value is not CooperationCatalog)
            {
                // A default ImmutableArray cannot be enumerated; the model never holds one, other types may.
                if (value is not IStructuralEquatable || !type.Name.StartsWith("ImmutableArray", StringComparison.Ordinal) || !(bool)type.GetProperty("IsDefault")!.GetValue(value)!)
                {
                    foreach (var item in items)
                    {
                        Visit(item, depth + 1);
                    }
                }

                return;
            }

            if (type.Assembly != typeof(CooperationCatalog).Assembly)
            {
                return;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
            {
                object? member;
                try
                {
                    member = property.GetValue(value);
                }
                catch (TargetInvocationException)
                {
                    continue;
                }

                Visit(member, depth + 1);
            }
        }

        Visit(ReferenceCatalog.Default, 0);
        foreach (var seed in Enumerable.Range(1, 8))
        {
            Visit(CatalogRoundTripPropertyTests.RandomCatalog(seed, 6), 0);
        }

        Visit(new Suppression("COOP1001", "Accepted for the test."), 0);
        Visit(CadenceStatus.All[0], 0);
        return found;
    });

    [Theory]
    [MemberData(nameof(ListedTypes))]
    public void CooperationJson_reads_back_what_it_writes_for_every_listed_type(Type type)
    {
        Assert.True(Samples.Value.TryGetValue(type, out var sample), $"no {type.Name} found in the sample catalogs");
        var write = typeof(CooperationJson).GetMethods().Single(m => m.Name == nameof(CooperationJson.WriteString) && m.IsGenericMethod).MakeGenericMethod(type);
        var read = typeof(CooperationJson).GetMethods().Single(m => m.Name == nameof(CooperationJson.Read) && m.GetParameters()[0].ParameterType == typeof(string)).MakeGenericMethod(type);
        var json = (string)write.Invoke(null, [sample])!;
        var back = read.Invoke(null, [json]);
        Assert.Equal(json, (string)write.Invoke(null, [back])!);
        if (type != ModelTypes.Catalog)
        {
            Assert.Equal(sample, back);
        }
    }

    [Fact]
    public void CooperationJson_refuses_a_type_outside_the_list_and_names_the_supported_ones()
    {
        var error = Assert.Throws<NotSupportedException>(() => CooperationJson.Read<Uri>("\"https://example.org\""));
        Assert.Contains(nameof(Suppression), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(ExternalIdentifier), error.Message, StringComparison.Ordinal);
    }
}
