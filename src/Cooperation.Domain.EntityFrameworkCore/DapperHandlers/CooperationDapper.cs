using System;
using System.Data;
using System.Threading;
using Dapper;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>
/// Dapper type handlers for the library's atomic value types, registered with one call,
/// <see cref="AddTypeHandlers"/>: a parameter or a column of such a type, nullable or not, is stored as
/// <see cref="CooperationConventions"/> stores it (canonical text, an ordinal's position, a vocabulary value's
/// exact name), so that Dapper and EF Core read and write the same columns.
/// </summary>
/// <remarks>
/// Dapper calls no handler for a type it already maps itself (DapperLib/Dapper#303). That bites
/// <see cref="Language"/>, an enum: Dapper sends it as its number and reads it from a number, whatever handler is
/// registered, so none is; pass <c>StoredLanguage(language)</c> as the parameter and read the code as a
/// <see cref="string"/> instead.
/// </remarks>
public static class CooperationDapper
{
    private static int _added;

    /// <summary>
    /// Registers the handlers with Dapper's <see cref="SqlMapper"/> (process-wide, as Dapper's handlers are); a
    /// second call does nothing.
    /// </summary>
    public static void AddTypeHandlers()
    {
        if (Interlocked.Exchange(ref _added, 1) == 0)
        {
            AtomicValueTypes.Accept(new Registration());
        }
    }

    /// <summary>The stored code of a language, <c>es</c> or <c>en</c>, for a Dapper parameter (see remarks).</summary>
    /// <param name="language">The language.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a language.</exception>
    public static string StoredLanguage(Language language)
        => Enum.IsDefined(language) ? StoredValues.FormatLanguage(language) : throw new ArgumentOutOfRangeException(nameof(language), language, "Not a language.");

    private sealed class Registration : IAtomicValueVisitor
    {
        public void Text<T>()
            where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
            => SqlMapper.AddTypeHandler(new TextHandler<T>());

        public void Vocabulary<T>()
            where T : VocabularyValue<T>
            => SqlMapper.AddTypeHandler(new VocabularyHandler<T>());

        public void Ordinal() => SqlMapper.AddTypeHandler(new OrdinalHandler());

        // An enum: Dapper would not call a handler (DapperLib/Dapper#303); see StoredLanguage.
        public void Language()
        {
        }
    }

    private sealed class TextHandler<T> : SqlMapper.TypeHandler<T>
        where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable
    {
        public override void SetValue(IDbDataParameter parameter, T value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = StoredValues.Format(value);
        }

        public override T Parse(object value) => StoredValues.Parse<T>(value as string ?? throw NotText(typeof(T), value));
    }

    private sealed class VocabularyHandler<T> : SqlMapper.TypeHandler<T>
        where T : VocabularyValue<T>
    {
        public override void SetValue(IDbDataParameter parameter, T? value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value is null ? DBNull.Value : StoredValues.FormatVocabulary(value);
        }

        public override T Parse(object value) => StoredValues.ParseVocabulary<T>(value as string ?? throw NotText(typeof(T), value));
    }

    private sealed class OrdinalHandler : SqlMapper.TypeHandler<Ordinal>
    {
        public override void SetValue(IDbDataParameter parameter, Ordinal value)
        {
            parameter.DbType = DbType.Int32;
            parameter.Value = StoredValues.FormatOrdinal(value);
        }

        public override Ordinal Parse(object value) => value switch
        {
            int number => StoredValues.ParseOrdinal(number),
            long number when number is >= int.MinValue and <= int.MaxValue => StoredValues.ParseOrdinal((int)number),
            short number => StoredValues.ParseOrdinal(number),
            _ => throw new StoredValueException(nameof(Ordinal), Describe(value), "an ordinal is stored as an integer."),
        };
    }

    private static StoredValueException NotText(Type type, object value)
        => new(type.Name, Describe(value), "it is stored as text.");

    private static string? Describe(object? value)
        => value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) + " (" + value.GetType().Name + ")";
}
