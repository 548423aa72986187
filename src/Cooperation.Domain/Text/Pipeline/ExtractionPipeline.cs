using System.Buffers;
using System.Collections.Immutable;

namespace Cooperation.Domain.Text;

/// <summary>
/// Runs the stages of <see cref="CommuniqueReader"/> over one text, in order: tokens and sentences, the language, the
/// crawler's date token, dates and the dateline, the document date and the dates' values, countries, ordinals,
/// institutions and mechanisms, people, meetings. The draft stage, which reads the whole reading, runs after them
/// (<see cref="CommuniqueReader"/>).
/// </summary>
internal static class ExtractionPipeline
{
    public static CommuniqueReading Run(string input, CommuniqueReaderOptions options)
    {
        var text = input.Length > 0 && input[0] == '\uFEFF' ? input[1..] : input;
        var tokens = Tokenizer.Tokenize(text, out var count);
        try
        {
            var sentences = SentenceSplitter.Split(tokens, count);
            var catalog = options.Catalog is { } c ? CatalogNames.Of(c) : null;
            var a = new Analysis(text, tokens, count, sentences, catalog)
            {
                Language = options.Language ?? LanguageGuess.Of(tokens, count),
                DocumentDate = options.DocumentDate,
                DocumentDateSource = options.DocumentDate is null ? DocumentDateSource.Unknown : DocumentDateSource.Given,
            };

            DocumentDateFinder.FindCrawlerToken(a);
            DateScanner.Scan(a);
            DocumentDateFinder.FindDateline(a);
            DateResolver.Resolve(a);
            CountryFinder.Scan(a);
            OrdinalFinder.Scan(a);
            BodyFinder.Scan(a);
            PersonFinder.Scan(a);
            var meetings = MeetingBuilder.Build(a);
            var ordered = Found.InTextOrder(a.Found, thenByEnd: true);
            var mentions = ImmutableArray.CreateBuilder<Mention>(ordered.Length);
            foreach (var found in ordered)
            {
                mentions.Add(a.MentionOf(found));
            }

            // The linear-work tests count the stages' steps and one per character read.
            Internal.WorkMeter.Current?.Add(a.Steps + text.Length);
            return new CommuniqueReading(text, a.Language, a.DocumentDate, a.DocumentDateSource, a.DatelineDate, sentences, mentions.MoveToImmutable(), meetings, draft: null);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }
}
