using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The public converter of a value type written as a JSON string holding its canonical text form, and as a dictionary
/// key. Each value type names its own sealed subclass with <see cref="JsonConverterAttribute"/>, so reflection,
/// source-generated contexts and combined resolvers all use it; only this library derives from it.
/// </summary>
/// <remarks>
/// An invalid value is a <see cref="JsonException"/> naming the input, the reason and the expected form (the
/// serializer adds the JSON path and line); <c>null</c> for a non-nullable value is refused with the same kind of
/// message, and writing the uninitialized <c>default</c> value throws. Stateless and thread-safe.
/// </remarks>
/// <typeparam name="T">The value type.</typeparam>
public abstract class StringValueJsonConverter<T> : JsonConverter<T>
    where T : struct
{
    private readonly JsonConverter<T> _inner;

    private protected StringValueJsonConverter(JsonConverter<T> inner) => _inner = inner;

    /// <summary>True: a JSON <c>null</c> reaches the converter, which refuses it with a message that names the expected form.</summary>
    public sealed override bool HandleNull => true;

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _inner.Read(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);

    /// <inheritdoc/>
    public sealed override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => _inner.ReadAsPropertyName(ref reader, typeToConvert, options);

    /// <inheritdoc/>
    public sealed override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.WriteAsPropertyName(writer, value, options);
}

/// <summary>A <see cref="CountryCode"/> as its alpha-2 code (<c>"MX"</c>).</summary>
public sealed class CountryCodeJsonConverter() : StringValueJsonConverter<CountryCode>(new ValueJsonConverter<CountryCode>());

/// <summary>A <see cref="PartialDate"/> as its ISO 8601 form at its precision (<c>"2017"</c>, <c>"2017-04"</c>, <c>"2017-04-25"</c>).</summary>
public sealed class PartialDateJsonConverter() : StringValueJsonConverter<PartialDate>(new ValueJsonConverter<PartialDate>());

/// <summary>A <see cref="PartialDateRange"/> as its ISO 8601 interval (<c>"2017-04-25/2017-04-28"</c>, <c>"2013/.."</c>).</summary>
public sealed class PartialDateRangeJsonConverter() : StringValueJsonConverter<PartialDateRange>(new ValueJsonConverter<PartialDateRange>());

/// <summary>A <see cref="PersonName"/> as the name as written, NFC.</summary>
public sealed class PersonNameJsonConverter() : StringValueJsonConverter<PersonName>(new ValueJsonConverter<PersonName>());

/// <summary>An <see cref="Acronym"/> as written (<c>"SRE"</c>).</summary>
public sealed class AcronymJsonConverter() : StringValueJsonConverter<Acronym>(new ValueJsonConverter<Acronym>());

/// <summary>A <see cref="PartyRef"/> as its text (<c>"MX"</c> for a state, <c>"int-iom"</c> for an institution).</summary>
public sealed class PartyRefJsonConverter() : StringValueJsonConverter<PartyRef>(new ValueJsonConverter<PartyRef>());

/// <summary>A <see cref="MechanismId"/> as its identifier text.</summary>
public sealed class MechanismIdJsonConverter() : StringValueJsonConverter<MechanismId>(new ValueJsonConverter<MechanismId>());

/// <summary>An <see cref="InstitutionId"/> as its identifier text.</summary>
public sealed class InstitutionIdJsonConverter() : StringValueJsonConverter<InstitutionId>(new ValueJsonConverter<InstitutionId>());

/// <summary>A <see cref="PersonId"/> as its identifier text.</summary>
public sealed class PersonIdJsonConverter() : StringValueJsonConverter<PersonId>(new ValueJsonConverter<PersonId>());

/// <summary>A <see cref="MeetingId"/> as its identifier text.</summary>
public sealed class MeetingIdJsonConverter() : StringValueJsonConverter<MeetingId>(new ValueJsonConverter<MeetingId>());

/// <summary>A <see cref="SourceId"/> as its identifier text.</summary>
public sealed class SourceIdJsonConverter() : StringValueJsonConverter<SourceId>(new ValueJsonConverter<SourceId>());

/// <summary>A <see cref="CommitmentId"/> as its identifier text.</summary>
public sealed class CommitmentIdJsonConverter() : StringValueJsonConverter<CommitmentId>(new ValueJsonConverter<CommitmentId>());

/// <summary>An <see cref="ExternalIdentifier"/> as <c>scheme:value</c> (<c>"wikidata:Q96"</c>).</summary>
public sealed class ExternalIdentifierJsonConverter() : StringValueJsonConverter<ExternalIdentifier>(new ValueJsonConverter<ExternalIdentifier>());
