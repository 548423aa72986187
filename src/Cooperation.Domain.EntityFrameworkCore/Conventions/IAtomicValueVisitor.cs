using System;

namespace Cooperation.Domain.EntityFrameworkCore;

/// <summary>Something done once for each kind of atomic value type: EF Core conventions, Dapper handlers.</summary>
internal interface IAtomicValueVisitor
{
    /// <summary>A value type stored as its canonical text.</summary>
    void Text<T>()
        where T : struct, IEquatable<T>, ISpanParsable<T>, IFormattable;

    /// <summary>A vocabulary, stored as the exact name of its value.</summary>
    void Vocabulary<T>()
        where T : VocabularyValue<T>;

    /// <summary><see cref="Domain.Ordinal"/>, stored as its position.</summary>
    void Ordinal();

    /// <summary><see cref="Domain.Language"/>, stored as its code.</summary>
    void Language();
}
