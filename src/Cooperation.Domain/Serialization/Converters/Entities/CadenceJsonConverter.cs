using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;
using NodaTime;
using NodaTime.Text;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// Reads and writes a <see cref="Cadence"/>: <c>{"kind": "annual", "preferredMonth": 10, "midTermMonth": 4,
/// "gracePeriod": "P1M"}</c>; <c>"intervalMonths"</c> only (and then required) for <c>every-n-months</c>.
/// </summary>
public sealed class CadenceJsonConverter : JsonConverter<Cadence>, IJsonMemberTable
{
    private const string Entity = nameof(Cadence);

    private static readonly string[] Names = ["kind", "intervalMonths", "preferredMonth", "midTermMonth", "gracePeriod"];

    private static readonly string Allowed = string.Join(", ", Names);

    private static readonly VocabularyJsonConverter<CadenceKind> KindConverter = new();

    /// <summary>The members, in canonical order, for the JSON Schema export.</summary>
    internal static readonly JsonMemberInfo[] Members =
    [
        new("kind", typeof(CadenceKind), true, false),
        new("intervalMonths", typeof(int), false, false),
        new("preferredMonth", typeof(int), false, false),
        new("midTermMonth", typeof(int), false, false),
        new("gracePeriod", typeof(Period), false, false),
    ];

    JsonMemberInfo[] IJsonMemberTable.Members => Members;

    /// <inheritdoc/>
    public override Cadence Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonModel.ExpectObject(ref reader, Entity);
        ulong seen = 0;
        CadenceKind kind = null!;
        int? interval = null, preferred = null, midTerm = null;
        Period? grace = null;
        while (JsonModel.NextMember(ref reader))
        {
            if (reader.ValueTextEquals("kind"u8))
            {
                JsonModel.Mark(ref seen, 0, "kind", Entity);
                kind = JsonModel.Value(ref reader, KindConverter, options, "kind", Entity);
            }
            else if (reader.ValueTextEquals("intervalMonths"u8))
            {
                JsonModel.Mark(ref seen, 1, "intervalMonths", Entity);
                interval = JsonModel.Int32(ref reader, "intervalMonths", Entity);
            }
            else if (reader.ValueTextEquals("preferredMonth"u8))
            {
                JsonModel.Mark(ref seen, 2, "preferredMonth", Entity);
                preferred = JsonModel.Int32(ref reader, "preferredMonth", Entity);
            }
            else if (reader.ValueTextEquals("midTermMonth"u8))
            {
                JsonModel.Mark(ref seen, 3, "midTermMonth", Entity);
                midTerm = JsonModel.Int32(ref reader, "midTermMonth", Entity);
            }
            else if (reader.ValueTextEquals("gracePeriod"u8))
            {
                JsonModel.Mark(ref seen, 4, "gracePeriod", Entity);
                var text = JsonModel.String(ref reader, "gracePeriod", Entity);
                var parsed = PeriodPattern.Roundtrip.Parse(text);
                grace = parsed.Success ? parsed.Value : throw new JsonException($"The member \"gracePeriod\" of a Cadence is not an ISO 8601 period (\"P1M\", \"P15D\"): {InputExcerpt.Describe(text)}.");
            }
            else
            {
                throw JsonModel.Unknown(ref reader, Entity, Allowed);
            }
        }

        JsonModel.Require(seen, Names, 0b1, Entity);
        if ((interval is not null) != (kind == CadenceKind.EveryNMonths))
        {
            throw new JsonException(kind == CadenceKind.EveryNMonths
                ? "The required member \"intervalMonths\" is missing from an every-n-months Cadence."
                : $"The member \"intervalMonths\" belongs only to an every-n-months Cadence, not to {kind.Name}.");
        }

        if (kind == CadenceKind.Ongoing || kind == CadenceKind.AdHoc)
        {
            if (preferred is not null || midTerm is not null || grace is not null)
            {
                throw new JsonException($"An {kind.Name} Cadence has no preferred month, mid-term month or grace period.");
            }

            return kind == CadenceKind.Ongoing ? Cadence.Ongoing : Cadence.AdHoc;
        }

        try
        {
            return kind.Name switch
            {
                "annual" => Cadence.Annual(preferred, midTerm, grace),
                "semiannual" => Cadence.Semiannual(preferred, midTerm, grace),
                "biennial" => Cadence.Biennial(preferred, midTerm, grace),
                _ => preferred is null
                    ? Cadence.EveryMonths(interval!.Value, midTerm, grace)
                    : throw new JsonException("An every-n-months Cadence has no preferred month."),
            };
        }
        catch (ArgumentException error)
        {
            throw JsonModel.Invalid(error, Entity);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Cadence value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonModel.Write(writer, "kind"u8, value.Kind, KindConverter, options);
        if (value.Kind == CadenceKind.EveryNMonths)
        {
            writer.WriteNumber("intervalMonths"u8, value.IntervalMonths!.Value);
        }

        if (value.PreferredMonth is { } preferred)
        {
            writer.WriteNumber("preferredMonth"u8, preferred);
        }

        if (value.MidTermMonth is { } midTerm)
        {
            writer.WriteNumber("midTermMonth"u8, midTerm);
        }

        if (!value.GracePeriod.Equals(Period.Zero))
        {
            writer.WriteString("gracePeriod"u8, PeriodPattern.NormalizingIso.Format(value.GracePeriod));
        }

        writer.WriteEndObject();
    }
}
