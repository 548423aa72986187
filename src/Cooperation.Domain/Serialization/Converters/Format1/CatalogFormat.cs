using System;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The versions of the catalog format. Format 2 (<c>cooperation-catalog/2</c>) is written; format 1 is still read,
/// into the same model and with the same results: its members are read by the frozen format 1 converters
/// (<c>Serialization/Converters/Format1</c>), so a format 1 document is held to format 1's members and no others.
/// </summary>
/// <remarks>
/// A format 2 document starts with its <c>format</c> member; a format 1 document may give it anywhere, so a collection
/// that comes before <c>format</c> is read as format 1.
/// </remarks>
internal static class CatalogFormat
{
    /// <summary>The format written.</summary>
    public const string Current = "cooperation-catalog/2";

    /// <summary>The first format, still read.</summary>
    public const string Format1 = "cooperation-catalog/1";

    private static readonly string Allowed2 = string.Join(", ", CooperationCatalogJsonConverter.Names);

    private static readonly string Allowed1 = "format, sources, institutions, mechanisms, meetings";

    private static readonly string Allowed1Assumed = $"{Allowed1} (the members of format \"{Format1}\", assumed because no \"format\" member comes before this one; a document of format \"{Current}\" starts with \"format\": \"{Current}\")";

    // The format 1 variant of each options instance, made once: options cache their converters.
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Format1Options = [];

    /// <summary>Reads the value of <c>format</c>: 1 or 2; anything else is an error naming what was found.</summary>
    public static int ReadVersion(ref Utf8JsonReader reader, bool formatIsFirst)
    {
        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(Current))
        {
            if (!formatIsFirst)
            {
                throw new JsonException($"A document of format \"{Current}\" starts with its \"format\" member; here it comes after a collection.");
            }

            return 2;
        }

        if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals(Format1))
        {
            return 1;
        }

        var found = reader.TokenType == JsonTokenType.String ? InputExcerpt.Describe(reader.GetString()) : JsonTokenDescription.Describe(ref reader);
        throw new JsonException($"The member \"format\" of a catalog must be \"{Current}\" (or \"{Format1}\", still read), but found {found}.");
    }

    /// <summary>A member only format 2 has, in a document that has not said it is of format 2.</summary>
    public static void CheckFormat2Member(int version, string member)
    {
        if (version != 2)
        {
            throw new JsonException(version == 1
                ? $"The member \"{member}\" is not in format \"{Format1}\"; a document that uses it is of format \"{Current}\"."
                : $"The member \"{member}\" belongs to format \"{Current}\", whose documents start with \"format\".");
        }
    }

    /// <summary>
    /// The members a catalog of <paramref name="version"/> may have, for an unknown-member error; when the document has
    /// not given its <c>format</c> (yet), it is taken to be of format 1, and the message says so.
    /// </summary>
    public static string AllowedMembers(int version, bool formatGiven)
        => !formatGiven ? Allowed1Assumed : version == 2 ? Allowed2 : Allowed1;

    /// <summary>The options that read the entities of a document of <paramref name="version"/>.</summary>
    public static JsonSerializerOptions OptionsFor(int version, JsonSerializerOptions options)
        => version == 1 ? Format1Options.GetValue(options, static o => MakeFormat1(o)) : options;

    private static JsonSerializerOptions MakeFormat1(JsonSerializerOptions options)
    {
        // Converters in the options list come before those named by attributes, so these replace format 2's readers.
        var format1 = new JsonSerializerOptions(options);
        format1.Converters.Insert(0, new SourceFormat1JsonConverter());
        format1.Converters.Insert(0, new InstitutionFormat1JsonConverter());
        format1.Converters.Insert(0, new ParticipantFormat1JsonConverter());
        format1.Converters.Insert(0, new DelegationFormat1JsonConverter());
        format1.Converters.Insert(0, new CommitmentFormat1JsonConverter());
        format1.Converters.Insert(0, new MechanismFormat1JsonConverter());
        format1.Converters.Insert(0, new MeetingFormat1JsonConverter());
        format1.MakeReadOnly();
        return format1;
    }
}
