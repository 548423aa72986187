namespace Cooperation.Domain.Text;

/// <summary>
/// Function words and other common words of both languages: never part of a person's name even when capitalised at the
/// start of a sentence, and counted to find a text's language. Also the connectors allowed inside names, the
/// prepositions of places and the openers of bylines.
/// </summary>
internal static class FunctionWords
{
    /// <summary>Frequent Spanish words (articles, prepositions, conjunctions, pronouns, adverbs, common verbs).</summary>
    public static readonly string[] Spanish =
    [
        "el", "la", "los", "las", "un", "una", "unos", "unas", "lo", "al", "del", "de", "en", "por", "para", "con", "sin",
        "sobre", "entre", "hacia", "hasta", "desde", "durante", "ante", "bajo", "contra", "según", "tras", "mediante",
        "y", "e", "o", "u", "ni", "que", "pero", "sino", "como", "cuando", "donde", "mientras", "porque", "pues", "si",
        "este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "dicho", "dicha", "dichos",
        "dichas", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "se", "le", "les", "nos", "ellos", "ellas",
        "él", "ella", "ambos", "ambas", "cada", "todo", "toda", "todos", "todas", "otro", "otra", "otros", "otras",
        "también", "además", "asimismo", "así", "igualmente", "finalmente", "posteriormente", "previamente", "ya", "aún",
        "más", "muy", "no", "sí", "es", "son", "fue", "fueron", "será", "serán", "ha", "han", "había", "habían", "está",
        "están", "estuvo", "estuvieron", "hay", "cabe", "señalar", "destacar", "durante", "tanto", "como", "luego",
        "cual", "cuales", "quien", "quienes", "cuyo", "cuya", "dentro", "fuera", "antes", "después", "mismo", "misma",
        "mismos", "mismas", "parte", "vez", "sido", "ser", "estar", "tener", "hacer", "ello", "esto", "eso", "aquí",
        "allí", "ahí", "actualmente", "recientemente", "conjunto", "conjuntamente", "particularmente", "especialmente",
        "entonces", "embargo", "incluso", "inclusive", "además", "igual", "manera",
        "forma", "objetivo", "fin", "cabe", "agregó", "añadió", "indicó", "señaló", "destacó",
        "informó", "afirmó", "subrayó", "reiteró", "expresó", "dijo", "resaltó", "recalcó", "enfatizó", "agradeció",
    ];

    /// <summary>Frequent English words.</summary>
    public static readonly string[] English =
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "over",
        "under", "between", "through", "during", "before", "after", "since", "until", "against", "among", "within",
        "and", "or", "but", "nor", "so", "yet", "that", "which", "who", "whom", "whose", "when", "where", "while",
        "because", "if", "as", "than", "this", "these", "those", "its", "it", "their", "they", "them", "our", "we",
        "us", "he", "she", "his", "her", "both", "each", "all", "other", "another", "also", "further", "furthermore",
        "moreover", "however", "likewise", "finally", "then", "there", "here", "is", "are", "was", "were", "be",
        "been", "being", "has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "do", "does", "did", "not", "no", "yes", "more", "most", "such", "very", "well", "including", "given",
        "according", "following", "today", "said", "says", "added", "noted", "stated", "during", "upon", "per", "via",
        "any", "some", "many", "much", "few", "several", "own", "same", "only", "just", "even", "still", "already",
        "through", "throughout", "across", "toward", "towards", "together", "jointly",
    ];

    /// <summary>Lowercase words that may stand inside a name ("Secretaría de la Defensa Nacional", "Department of State").</summary>
    public static readonly string[] Connectors =
    [
        "de", "del", "la", "las", "los", "el", "y", "e", "para", "sobre", "contra", "en", "entre",
        "of", "the", "and", "for", "on", "to", "against", "in",
    ];

    /// <summary>Articles and determiners.</summary>
    public static readonly string[] Determiners =
    [
        "el", "la", "los", "las", "un", "una", "este", "esta", "estos", "estas", "dicho", "dicha", "su", "sus", "nuestra",
        "nuestro", "the", "a", "an", "this", "these", "that", "its", "their", "our",
    ];

    /// <summary>Prepositions that introduce a place ("en Ottawa", "in Mexico City").</summary>
    public static readonly string[] PlacePrepositions = ["en", "in", "at"];

    /// <summary>Words that open a byline or name a newsroom.</summary>
    public static readonly string[] Bylines = ["por", "by", "redacción", "staff", "agencias"];

    /// <summary>Words after which a date is a start ("desde 2013", "since 2013", "a partir de").</summary>
    public static readonly string[] Since = ["desde", "since", "partir"];
}
