using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// The columns of one table as the EF Core model maps them: name, store type, and how to get each column's provider
/// value from a row object (complex types' members included, value converters applied). The bulk writers write
/// through it, so that they write exactly what EF Core would, and a change of the mapping changes them too.
/// </summary>
internal sealed class TableShape
{
    private TableShape(string table, IReadOnlyList<ColumnShape> columns)
    {
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<ColumnShape> Columns { get; }

    public static TableShape For(IEntityType entityType)
    {
        var columns = new List<ColumnShape>();
        var row = Expression.Parameter(typeof(object), "row");
        var typed = Expression.Convert(row, entityType.ClrType);
        foreach (var property in entityType.GetProperties())
        {
            columns.Add(ColumnShape.For(property, row, typed, []));
        }

        foreach (var complex in entityType.GetComplexProperties())
        {
            AddComplex(columns, complex, row, typed, []);
        }

        return new TableShape(entityType.GetTableName()!, columns);
    }

    private static void AddComplex(List<ColumnShape> columns, IComplexProperty complex, ParameterExpression row, Expression owner, IReadOnlyList<Expression> nullChecks)
    {
        var value = Expression.Property(owner, complex.PropertyInfo!);
        IReadOnlyList<Expression> checks = complex.IsNullable ? [.. nullChecks, value] : nullChecks;
        foreach (var property in complex.ComplexType.GetProperties())
        {
            columns.Add(ColumnShape.For(property, row, value, checks));
        }

        foreach (var nested in complex.ComplexType.GetComplexProperties())
        {
            AddComplex(columns, nested, row, value, checks);
        }
    }
}
