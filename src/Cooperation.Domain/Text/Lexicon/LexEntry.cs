namespace Cooperation.Domain.Text;

/// <summary>What the lexicon knows of one folded word: its classes and one small value (a month, a weekday, a country row).</summary>
internal readonly record struct LexEntry(LexClass Classes, int Value)
{
    /// <summary>True when the word has any of <paramref name="classes"/>.</summary>
    public bool Is(LexClass classes) => (Classes & classes) != 0;
}
