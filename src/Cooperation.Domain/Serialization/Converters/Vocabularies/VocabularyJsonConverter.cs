using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a vocabulary value as its kebab-case name (<c>"head-of-delegation"</c>), also as a dictionary key.
/// </summary>
/// <remarks>
/// Reading is exact: <c>"Head-Of-Delegation"</c> is rejected (the message names the value it resembles), so stored
/// data has one spelling. Errors are <see cref="JsonException"/>s that list the accepted names; the serializer adds
/// the JSON path and line. <c>null</c> is rejected: a member that may be absent is declared optional in the model.
/// </remarks>
public sealed class VocabularyJsonConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] T> : JsonConverter<T>
    where T : VocabularyValue<T>
{
    /// <summary>True: a JSON <c>null</c> reaches the converter, which refuses it with a message that names the expected form.</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a JSON string holding {JsonModel.A(typeof(T).Name)} (one of {VocabularyValue<T>.ExpectedNames}), but found {JsonTokenDescription.Describe(ref reader)}.");
        }

        return ReadName(ref reader);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Checked(value).Name);
    }

    /// <inheritdoc/>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => ReadName(ref reader);

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(Checked(value).Name);
    }

    private static T ReadName(ref Utf8JsonReader reader)
    {
        // Names are short ASCII; anything longer than the longest name cannot match and is reported as is.
        Span<char> buffer = stackalloc char[64];
        var fits = !reader.HasValueSequence && reader.ValueSpan.Length <= buffer.Length;
        var text = fits ? buffer[..reader.CopyString(buffer)] : reader.GetString().AsSpan();
        if (VocabularyValue<T>.TryParseExact(text, out var value))
        {
            return value;
        }

        var hint = VocabularyValue<T>.TryParse(text, out var resembles) ? $" (names are lowercase: \"{resembles.Name}\")" : string.Empty;
        throw new JsonException($"{InputExcerpt.Describe(text)} is not {JsonModel.A(typeof(T).Name)}{hint}. Expected one of {VocabularyValue<T>.ExpectedNames}.");
    }

    private static T Checked(T? value)
        => value ?? throw new JsonException($"Cannot write a null {typeof(T).Name}: declare the member optional instead.");
}
