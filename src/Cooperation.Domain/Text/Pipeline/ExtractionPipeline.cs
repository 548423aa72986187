using System.Collections.Immutable;

namespace Cooperation.Domain.Text;

/// <summary>Runs the stages of <see cref="CommuniqueReader"/> over one text, in order (the draft stage, which needs the whole reading, runs after them).</summary>
internal static class ExtractionPipeline
{
    public static CommuniqueReading Run(string input, CommuniqueReaderOptions options)
    {
        var text = input.Length > 0 && input[0] == '\uFEFF' ? input[1..] : input;
        var language = options.Language ?? Language.Spanish;
        ImmutableArray<Mention> mentions = [];
        ImmutableArray<ReportedMeeting> meetings = [];
        var source = options.DocumentDate is null ? DocumentDateSource.Unknown : DocumentDateSource.Given;
        return new CommuniqueReading(text, language, options.DocumentDate, source, null, [], mentions, meetings, draft: null);
    }
}
