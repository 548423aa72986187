using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>One column of a <see cref="TableShape"/>.</summary>
internal sealed class ColumnShape
{
    private readonly Func<object, object?> _read;
    private readonly Func<object?, object?>? _toProvider;

    private ColumnShape(string name, string storeType, Type providerType, Func<object, object?> read, Func<object?, object?>? toProvider)
    {
        Name = name;
        StoreType = storeType;
        ProviderType = providerType;
        _read = read;
        _toProvider = toProvider;
    }

    public string Name { get; }

    /// <summary>The column's store type, such as <c>text</c>, <c>date</c> or <c>jsonb</c>.</summary>
    public string StoreType { get; }

    /// <summary>The .NET type of the provider value.</summary>
    public Type ProviderType { get; }

    /// <summary>The provider value of this column in the row, or null.</summary>
    public object? ValueOf(object row)
    {
        var value = _read(row);
        return value is null ? null : _toProvider is null ? value : _toProvider(value);
    }

    public static ColumnShape For(IProperty property, ParameterExpression row, Expression owner, IReadOnlyList<Expression> nullChecks)
    {
        Expression value = Expression.Convert(Expression.Property(owner, property.PropertyInfo!), typeof(object));
        foreach (var check in nullChecks.Reverse())
        {
            value = Expression.Condition(Expression.Equal(check, Expression.Constant(null)), Expression.Constant(null), value);
        }

        var read = Expression.Lambda<Func<object, object?>>(value, row).Compile();
        var mapping = property.GetRelationalTypeMapping();
        var converter = property.GetValueConverter() ?? mapping.Converter;
        return new ColumnShape(
            property.GetColumnName(),
            property.GetColumnType(),
            converter?.ProviderClrType ?? Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType,
            read,
            converter?.ConvertToProvider);
    }
}
