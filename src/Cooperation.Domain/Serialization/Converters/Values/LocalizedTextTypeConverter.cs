using System;
using System.ComponentModel;
using System.Globalization;

namespace Cooperation.Domain.Serialization;

/// <summary>Converts a <see cref="LocalizedText"/> to its display string; it has no text syntax to convert from.</summary>
internal sealed class LocalizedTextTypeConverter : TypeConverter
{
    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType)
        => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        => destinationType == typeof(string) && value is LocalizedText text
            ? text.ToString()
            : base.ConvertTo(context, culture, value, destinationType);
}
