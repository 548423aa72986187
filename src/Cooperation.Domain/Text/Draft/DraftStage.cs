using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Cooperation.Domain.Text;

/// <summary>
/// The last stage: the draft catalog (format 2) built from a reading's meetings and mentions, every fact with a citation
/// quoting the words it came from (docs/text-extraction.md, "The draft"). Institutions first (participants and the
/// source's publisher point at them), then the mechanisms and people the meetings need, then the meetings, then the
/// source that all of them cite.
/// </summary>
internal static class DraftStage
{
    /// <summary>
    /// The draft of <paramref name="reading"/>, or null when the text reports nothing a catalog could take (no meeting,
    /// person, institution or mechanism: a source alone would back nothing).
    /// </summary>
    /// <param name="reading">The reading, without its draft.</param>
    /// <param name="catalog">The catalog the mentions were linked to; what it holds is referred to, not drafted again.</param>
    /// <param name="archive">The archived copy of the text (file name and SHA-256 of its bytes), when the caller has one.</param>
    /// <param name="sha256">The SHA-256 of the text's bytes, in lowercase hexadecimal: the source's identifier ends with its first digits.</param>
    public static CooperationCatalog? Build(CommuniqueReading reading, CooperationCatalog? catalog, ArchivedCopy? archive, string sha256)
    {
        var first = new DraftContext(reading, catalog, SourceId.Parse("draft", CultureInfo.InvariantCulture));
        var head = SourceDrafter.Read(first);
        var context = new DraftContext(first, SourceDrafter.IdFor(head, sha256));

        var institutions = new InstitutionDrafter(context);
        institutions.Run();
        var mechanisms = new MechanismDrafter(context);
        mechanisms.Collect();
        var people = new PeopleDrafter(context);
        people.Collect();
        var meetings = new MeetingDrafter(context, institutions, mechanisms, people);
        meetings.Plan();
        mechanisms.Run();
        var drafted = people.Finish();
        var drafts = meetings.Draft();

        if (institutions.Drafted.Count == 0 && mechanisms.Drafted.Count == 0 && drafted.Count == 0 && drafts.Count == 0)
        {
            return null;
        }

        var issuer = head.Publisher is { } publisher ? institutions.IdOf(publisher) : null;
        var builder = new CatalogBuilder().Add(SourceDrafter.Draft(context, head, archive, issuer));
        institutions.Drafted.ForEach(i => builder.Add(i));
        mechanisms.Drafted.ForEach(m => builder.Add(m));
        drafted.ForEach(p => builder.Add(p));
        drafts.ForEach(m => builder.Add(m));
        return builder.Build();
    }

    /// <summary>The SHA-256 of <paramref name="bytes"/> in lowercase hexadecimal, as an archived copy records it.</summary>
    public static string Sha256Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256Of(string text) => Sha256Of(Encoding.UTF8.GetBytes(text));
}
