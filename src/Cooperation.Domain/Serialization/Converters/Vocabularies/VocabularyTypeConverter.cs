using System.Diagnostics.CodeAnalysis;
using System;
using System.ComponentModel;
using System.Globalization;

namespace Cooperation.Domain.Serialization;

/// <summary>Converts a vocabulary value from and to its kebab-case name (any ASCII letter case on the way in).</summary>
internal sealed class VocabularyTypeConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T> : TypeConverter
    where T : VocabularyValue<T>
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType)
        => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override bool CanConvertTo(ITypeDescriptorContext? context, Type? destinationType)
        => destinationType == typeof(string) || base.CanConvertTo(context, destinationType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
        => value is string text ? VocabularyValue<T>.Parse(text, CultureInfo.InvariantCulture) : base.ConvertFrom(context, culture, value);

    public override object? ConvertTo(ITypeDescriptorContext? context, CultureInfo? culture, object? value, Type destinationType)
        => destinationType == typeof(string) && value is T typed ? typed.Name : base.ConvertTo(context, culture, value, destinationType);
}
