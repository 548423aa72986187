using System;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain.Internal;

namespace Cooperation.Domain.Serialization;

/// <summary>
/// The versions of the catalog format. Format 2 (<c>cooperation-catalog/2</c>) is written; format 1 is still read,
/// into the same model and with the same results: its members are read by the frozen format 1 converters
/// (<c>Serialization/Converters/Format1</c>), so a format 1 document is held to format 1's members and no others.
/// </summary>
/// <remarks>
/// A format 2 document starts with its <c>format</c> member; a format 1 document may give it anywhere, so a collection
/// that comes before <c>format</c> is read as format 1. The converters of each format's entities are called directly
/// (<see cref="ReadersFor"/>), never looked up in the caller's options.
/// </remarks>
internal static class CatalogFormat
{
    /// <summary>The format written.</summary>
    public const string Current = "cooperation-catalog/2";

    /// <summary>The first format, still read.</summary>
    public const string Format1 = "cooperation-catalog/1";

    /// <summary>The members of a catalog document, in the order they are written: <c>format</c>, then the collections.</summary>
    public static readonly string[] Members = ["format", .. CatalogCollections.Names];

    private static readonly string Allowed2 = string.Join(", ", Members);

    // Format 1 had no people.
    private static readonly string Allowed1 = string.Join(", ", Members.Where(static m => m != CatalogCollections.People));

    private static readonly string Allowed1Assumed = $"{Allowed1} (the members of format \"{Format1}\", assumed because no \"format\" member comes before this one; a document of format \"{Current}\" starts with \"format\": \"{Current}\")";

    private static readonly Readers Current2 = new(new SourceJsonConverter(), new InstitutionJsonConverter(), new PersonJsonConverter(), new MechanismJsonConverter(), new MeetingJsonConverter());

    // Format 1 has no people: a document that lists them is of format 2 (CheckFormat2Member).
    private static readonly Readers Format1Readers = new(new SourceFormat1JsonConverter(), new InstitutionFormat1JsonConverter(), Current2.Person, new MechanismFormat1JsonConverter(), new MeetingFormat1JsonConverter());

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

    /// <summary>The converters that read the entities of a document of <paramref name="version"/> (0, not given yet, reads as 1).</summary>
    public static Readers ReadersFor(int version) => version == 2 ? Current2 : Format1Readers;

    /// <summary>The converters of the collections' entities for one format.</summary>
    internal sealed record Readers(
        JsonConverter<Source> Source,
        JsonConverter<Institution> Institution,
        JsonConverter<Person> Person,
        JsonConverter<Mechanism> Mechanism,
        JsonConverter<Meeting> Meeting);
}
