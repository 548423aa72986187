using System;
using System.ComponentModel;
using System.Globalization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Converts a value type from and to its canonical text form, for configuration binders, property grids and
/// other <see cref="TypeConverter"/> consumers. Conversions ignore the culture: the text forms are invariant.
/// </summary>
internal sealed class ValueTypeConverter<T> : TypeConverter
    where T : struct, IValue<T>
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType)
        => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string text ? T.Parse(text, CultureInfo.InvariantCulture) : base.ConvertFrom(context, culture, value);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
    {
        if (destinationType == typeof(string) && value is T typed)
        {
            return typed.ToString(null, CultureInfo.InvariantCulture);
        }

        return base.ConvertTo(context, culture, value, destinationType);
    }
}
