namespace Cooperation.Domain.Text;

/// <summary>
/// The language of a text: the one whose frequent words ("de", "la", "que", "the", "of", "and") it uses more, counted
/// over its first 5,000 tokens. Spanish when neither leads (an empty text, a list of names, another language).
/// </summary>
internal static class LanguageGuess
{
    private const int Sample = 5000;

    public static Language Of(Token[] tokens, int count)
    {
        var spanish = 0;
        var english = 0;
        for (var k = 0; k < count && k < Sample; k++)
        {
            ref readonly var t = ref tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (t.Is(LexClass.Spanish))
            {
                spanish++;
            }

            if (t.Is(LexClass.English))
            {
                english++;
            }
        }

        return english > spanish ? Language.English : Language.Spanish;
    }
}
