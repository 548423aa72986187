using System.Collections.Immutable;

namespace Cooperation.Domain.Text;

/// <summary>
/// The last stage: the draft catalog (format 2) built from a reading's meetings, with a citation for every fact. Not part
/// of the library yet: it returns null, and <see cref="CommuniqueReading.Draft"/> is null until it is
/// (docs/text-extraction.md, "The draft").
/// </summary>
internal static class DraftStage
{
    /// <summary>The draft for the meetings and mentions of <paramref name="text"/>, or null while the stage is to come.</summary>
    public static CooperationCatalog? Build(
        string text,
        ImmutableArray<Mention> mentions,
        ImmutableArray<ReportedMeeting> meetings,
        CommuniqueReaderOptions options)
    {
        _ = text;
        _ = mentions;
        _ = meetings;
        _ = options;
        return null;
    }
}
