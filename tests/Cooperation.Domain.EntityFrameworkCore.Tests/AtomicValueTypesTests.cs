using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Cooperation.Domain.EntityFrameworkCore.Tests;

/// <summary>Every atomic value type of the library is registered, with EF Core and with Dapper alike.</summary>
public sealed class AtomicValueTypesTests
{
    /// <summary>Value types that are not atomic: each maps as a complex type of several columns.</summary>
    private static readonly Type[] ComplexTypes = [typeof(PartialDate), typeof(PartialDateRange)];

    [Fact]
    public void Every_public_value_type_and_vocabulary_of_the_library_is_registered()
    {
        var library = typeof(CountryCode).Assembly.GetExportedTypes();
        var values = library.Where(t => t.IsValueType && !t.IsEnum && Implements(t, typeof(ISpanParsable<>)) && !ComplexTypes.Contains(t));
        var vocabularies = library.Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(VocabularyValue<>));
        var expected = values.Concat(vocabularies).Append(typeof(Language)).Select(t => t.Name).Order(StringComparer.Ordinal).ToArray();

        var collector = new Collector();
        AtomicValueTypes.Accept(collector);
        Assert.Equal(expected, collector.Types.Select(t => t.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(typeof(CountryCode), collector.Types);
        Assert.Contains(typeof(Topic), collector.Types);
    }

    [Fact]
    public void The_one_line_gives_every_property_of_those_types_a_converter_and_a_comparer()
    {
        var options = new DbContextOptionsBuilder<SqliteCooperationDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new SqliteCooperationDbContext(options);
        var collector = new Collector();
        AtomicValueTypes.Accept(collector);
        var properties = db.Model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => collector.Types.Contains(Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType)).ToArray();
        Assert.True(properties.Length > 30, $"{properties.Length} properties of atomic types");
        Assert.All(properties, p =>
        {
            Assert.NotNull(p.GetValueConverter());
            // A nullable property's comparer is EF Core's NullableValueComparer around the registered one.
            var comparer = p.GetValueComparer();
            var registered = comparer is IInfrastructure<ValueComparer> nullable ? nullable.Instance : comparer;
            Assert.StartsWith("ImmutableValueComparer", registered.GetType().Name, StringComparison.Ordinal);
        });
    }

    private static bool Implements(Type type, Type generic)
        => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == generic);

    private sealed class Collector : IAtomicValueVisitor
    {
        public List<Type> Types { get; } = [];

        public void Text<T>()
            where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
            => Types.Add(typeof(T));

        public void Vocabulary<T>()
            where T : VocabularyValue<T>
            => Types.Add(typeof(T));

        public void Ordinal() => Types.Add(typeof(Ordinal));

        public void Language() => Types.Add(typeof(Language));
    }
}
