using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The library's JSON converters, one per type of the model (value types, vocabularies, records, entities, the
/// catalog), for setups that register converters explicitly; see
/// <see cref="CooperationJsonSerializerOptionsExtensions.ConfigureForCooperation"/>.
/// </summary>
/// <remarks>
/// Registering them is optional: each model type names its converter with <see cref="JsonConverterAttribute"/>, which
/// reflection and the source generator both honour. Converters in <c>options.Converters</c> take precedence over
/// attributes, so registering them also wins over a converter of your own registered later for the same type.
/// </remarks>
public static class CooperationConverters
{
    /// <summary>
    /// Every converter, one per model type, in the order of the model's list of types (the catalog, entities, records,
    /// values, vocabularies); the instances <see cref="CooperationJsonContext"/> uses, stateless and safe to share
    /// between options.
    /// </summary>
    public static IReadOnlyList<JsonConverter> All { get; } = ImmutableArray.CreateRange(ModelTypes.All, static type => CooperationJsonContext.Default.GetTypeInfo(type)!.Converter);
}
