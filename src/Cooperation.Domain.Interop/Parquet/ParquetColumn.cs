using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Cooperation.Domain.Interop;

/// <summary>
/// One typed column of a Parquet table: its field, and the values of the row group being gathered, taken from each
/// row by a function and written to the row group in one call.
/// </summary>
/// <typeparam name="TRow">What a row is made from.</typeparam>
internal abstract class ParquetColumn<TRow>
{
    public abstract DataField Field { get; }

    public abstract void Add(TRow row);

    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);

    public abstract void Clear();

    /// <summary>An empty column of the same field and values, for one write.</summary>
    public abstract ParquetColumn<TRow> Clone();

    /// <summary>A text column (UTF-8 string), null where the row has no value.</summary>
    public static ParquetColumn<TRow> Text(string name, Func<TRow, string?> value) => new TextColumn(name, value);

    /// <summary>A 32-bit integer column, null where the row has no value.</summary>
    public static ParquetColumn<TRow> Integer(string name, Func<TRow, int?> value) => new ValueColumn<int>(name, value);

    /// <summary>A DATE column (days since 1970-01-01), null where the row has no value.</summary>
    public static ParquetColumn<TRow> Date(string name, Func<TRow, DateOnly?> value) => new ValueColumn<DateOnly>(name, value);

    /// <summary>A BOOLEAN column.</summary>
    public static ParquetColumn<TRow> Boolean(string name, Func<TRow, bool?> value) => new ValueColumn<bool>(name, value);

    /// <summary>The three columns of a partial date: NAME_start and NAME_end (its first and last day) and NAME_precision (year, month or day).</summary>
    public static IEnumerable<ParquetColumn<TRow>> PartialDate(string name, Func<TRow, Domain.PartialDate?> value)
    {
        yield return Date(name + "_start", r => value(r) is { } d ? DateOnly.FromDateTime(d.Earliest.ToDateTimeUnspecified()) : null);
        yield return Date(name + "_end", r => value(r) is { } d ? DateOnly.FromDateTime(d.Latest.ToDateTimeUnspecified()) : null);
        yield return Text(name + "_precision", r => value(r) is { } d ? PrecisionName(d.Precision) : null);
    }

    public static string PrecisionName(PartialDatePrecision precision) => precision switch
    {
        PartialDatePrecision.Year => "year",
        PartialDatePrecision.Month => "month",
        _ => "day",
    };

    private sealed class TextColumn(string name, Func<TRow, string?> value) : ParquetColumn<TRow>
    {
        private readonly List<string?> _values = [];

        public override DataField Field { get; } = new DataField<string>(name, nullable: true);

        public override ParquetColumn<TRow> Clone() => new TextColumn(name, value);

        public override void Add(TRow row) => _values.Add(value(row));

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
            => rowGroup.WriteAsync(Field, _values!);

        public override void Clear() => _values.Clear();
    }

    private sealed class ValueColumn<T>(string name, Func<TRow, T?> value) : ParquetColumn<TRow>
        where T : struct
    {
        private readonly List<T?> _values = [];

        public override DataField Field { get; } = new DataField<T?>(name, nullable: true);

        public override ParquetColumn<TRow> Clone() => new ValueColumn<T>(name, value);

        public override void Add(TRow row) => _values.Add(value(row));

        public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
            => rowGroup.WriteAsync<T>(Field, _values.ToArray().AsMemory(), cancellationToken: cancellationToken);

        public override void Clear() => _values.Clear();
    }
}
