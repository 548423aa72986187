using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a <see cref="MeetingId"/> as a JSON string holding its identifier text, and as a dictionary key. Named by the type's
/// <see cref="JsonConverterAttribute"/>, so reflection, source-generated contexts and combined resolvers all use it.
/// </summary>
/// <remarks>
/// An invalid value is a <see cref="JsonException"/> naming the input, the reason and the expected form (the
/// serializer adds the JSON path and line); <c>null</c> for a non-nullable value is refused with the same kind of
/// message, and writing the uninitialized <c>default</c> value throws. Stateless and thread-safe.
/// </remarks>
public sealed class MeetingIdJsonConverter : JsonConverter<MeetingId>
{
    private static readonly ValueJsonConverter<MeetingId> Inner = new();

    /// <summary>True: a JSON <c>null</c> reaches the converter, which refuses it with a message that names the expected form.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override MeetingId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, MeetingId value, JsonSerializerOptions options) => Inner.Write(writer, value, options);

    /// <inheritdoc/>
    public override MeetingId ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Inner.ReadAsPropertyName(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, MeetingId value, JsonSerializerOptions options) => Inner.WriteAsPropertyName(writer, value, options);
}
