namespace Cooperation.Domain.Text;

/// <summary>
/// Demonyms that can stand for a state ("la delegación mexicana", "the Guatemalan government"), Spanish in its four
/// forms (masculine and feminine, singular and plural) and English, with the country's alpha-2 code. The one table of
/// demonyms: the country stage reads it through <see cref="Lexicon"/>.
/// </summary>
/// <remarks>
/// Spanish adjectives are given by stem and ending class and expanded by <see cref="SpanishForms"/>: "mexican" with
/// <c>o</c> gives mexicano, mexicana, mexicanos, mexicanas; "canadiens" with <c>e</c> gives canadiense, canadienses;
/// "franc" with <c>es</c> gives francés, francesa, franceses, francesas. English adjectives have one form. Demonyms that
/// are also common words or ambiguous between states ("coreano", "Indian") are left out, and "American" is handled by
/// the country stage (never after "Latin", "Central", "North", "South", "Inter-").
/// </remarks>
internal static class Demonyms
{
    /// <summary>Spanish: stem, ending class (<c>o</c>, <c>e</c>, <c>es</c>, <c>an</c>, <c>i</c>, <c>a</c>), country.</summary>
    public static readonly (string Stem, string Ending, string Country)[] Spanish =
    [
        ("mexican", "o", "MX"), ("estadounidens", "e", "US"), ("estadunidens", "e", "US"), ("norteamerican", "o", "US"),
        ("canadiens", "e", "CA"), ("guatemaltec", "o", "GT"), ("hondureñ", "o", "HN"), ("salvadoreñ", "o", "SV"),
        ("nicaragüens", "e", "NI"), ("costarricens", "e", "CR"), ("panameñ", "o", "PA"), ("beliceñ", "o", "BZ"),
        ("colombian", "o", "CO"), ("venezolan", "o", "VE"), ("cuban", "o", "CU"), ("dominican", "o", "DO"),
        ("haitian", "o", "HT"), ("ecuatorian", "o", "EC"), ("peruan", "o", "PE"), ("chilen", "o", "CL"),
        ("argentin", "o", "AR"), ("brasileñ", "o", "BR"), ("bolivian", "o", "BO"), ("paraguay", "o", "PY"),
        ("uruguay", "o", "UY"), ("jamaiquin", "o", "JM"), ("puertorriqueñ", "o", "PR"), ("español", "an", "ES"),
        ("franc", "es", "FR"), ("alem", "an", "DE"), ("italian", "o", "IT"), ("británic", "o", "GB"),
        ("chin", "o", "CN"), ("japon", "es", "JP"), ("rus", "o", "RU"), ("ucranian", "o", "UA"), ("polac", "o", "PL"),
        ("neerland", "es", "NL"), ("holand", "es", "NL"), ("belg", "a", "BE"), ("suiz", "o", "CH"), ("suec", "o", "SE"),
        ("norueg", "o", "NO"), ("dan", "es", "DK"), ("finland", "es", "FI"), ("portugu", "es", "PT"), ("grieg", "o", "GR"),
        ("irland", "es", "IE"), ("australian", "o", "AU"), ("neozeland", "es", "NZ"), ("sudafrican", "o", "ZA"),
        ("surcorean", "o", "KR"), ("norcorean", "o", "KP"), ("israel", "i", "IL"), ("marroqu", "i", "MA"),
        ("turc", "o", "TR"), ("egipci", "o", "EG"), ("saud", "i", "SA"), ("iran", "i", "IR"), ("iraqu", "i", "IQ"),
        ("siri", "o", "SY"), ("afgan", "o", "AF"), ("pakistan", "i", "PK"), ("filipin", "o", "PH"),
        ("tailand", "es", "TH"), ("indonesi", "o", "ID"), ("nigerian", "o", "NG"), ("kenian", "o", "KE"),
        ("etíop", "e", "ET"), ("senegal", "es", "SN"), ("guyan", "es", "GY"), ("surinam", "es", "SR"),
        ("trinitens", "e", "TT"), ("barbadens", "e", "BB"), ("bahameñ", "o", "BS"), ("mauritan", "o", "MR"),
        ("argelin", "o", "DZ"), ("tunecin", "o", "TN"), ("maliens", "e", "ML"), ("gambian", "o", "GM"),
    ];

    /// <summary>English demonyms of one word.</summary>
    public static readonly (string Word, string Country)[] English =
    [
        ("Mexican", "MX"), ("Guatemalan", "GT"), ("Honduran", "HN"), ("Salvadoran", "SV"), ("Salvadorean", "SV"),
        ("Salvadorian", "SV"), ("Nicaraguan", "NI"), ("Panamanian", "PA"), ("Belizean", "BZ"), ("Canadian", "CA"),
        ("Colombian", "CO"), ("Venezuelan", "VE"), ("Cuban", "CU"), ("Dominican", "DO"), ("Haitian", "HT"),
        ("Ecuadorian", "EC"), ("Ecuadorean", "EC"), ("Peruvian", "PE"), ("Chilean", "CL"), ("Argentine", "AR"),
        ("Argentinian", "AR"), ("Argentinean", "AR"), ("Brazilian", "BR"), ("Bolivian", "BO"), ("Paraguayan", "PY"),
        ("Uruguayan", "UY"), ("Jamaican", "JM"), ("Spanish", "ES"), ("French", "FR"), ("German", "DE"), ("Italian", "IT"),
        ("British", "GB"), ("Chinese", "CN"), ("Japanese", "JP"), ("Russian", "RU"), ("Ukrainian", "UA"),
        ("Polish", "PL"), ("Dutch", "NL"), ("Belgian", "BE"), ("Swiss", "CH"), ("Swedish", "SE"), ("Norwegian", "NO"),
        ("Danish", "DK"), ("Finnish", "FI"), ("Portuguese", "PT"), ("Greek", "GR"), ("Irish", "IE"),
        ("Australian", "AU"), ("Israeli", "IL"), ("Turkish", "TR"), ("Moroccan", "MA"), ("Egyptian", "EG"),
        ("Iranian", "IR"), ("Iraqi", "IQ"), ("Syrian", "SY"), ("Afghan", "AF"), ("Pakistani", "PK"), ("Filipino", "PH"),
        ("Vietnamese", "VN"), ("Thai", "TH"), ("Indonesian", "ID"), ("Nigerian", "NG"), ("Kenyan", "KE"),
        ("Ethiopian", "ET"), ("Taiwanese", "TW"), ("Guyanese", "GY"), ("Surinamese", "SR"), ("Bahamian", "BS"),
        ("Barbadian", "BB"), ("Mauritanian", "MR"), ("Algerian", "DZ"), ("Tunisian", "TN"), ("Senegalese", "SN"),
        ("Malian", "ML"), ("Gambian", "GM"), ("American", "US"),
    ];

    /// <summary>
    /// The first halves of Spanish compound adjectives of two states that are not demonyms on their own ("hispano-marroquí",
    /// "colombo-venezolana", "franco-mexicano"); the other first halves are the masculine demonym ("mexicano-estadounidense").
    /// </summary>
    public static readonly (string Word, string Country)[] CompoundFirstHalves =
    [
        ("hispano", "ES"), ("colombo", "CO"), ("franco", "FR"), ("luso", "PT"), ("ítalo", "IT"), ("germano", "DE"),
        ("anglo", "GB"), ("sino", "CN"), ("greco", "GR"), ("domínico", "DO"), ("nipo", "JP"),
    ];

    /// <summary>
    /// Nouns of what two states share, after which a Spanish compound of two demonyms names both states ("la frontera
    /// colombo-venezolana"); forum and meeting head nouns count too.
    /// </summary>
    public static readonly string[] CompoundNouns =
    [
        "frontera", "fronteras", "relación", "relaciones", "cooperación", "acuerdo", "acuerdos", "tratado", "agenda",
        "alianza", "comisión", "consejo", "gabinete", "declaración", "negociación", "negociaciones",
    ];

    /// <summary>English demonyms of two words: the first word (folded), the second (folded), the country.</summary>
    public static readonly (string First, string Second, string Country)[] EnglishTwoWords =
    [
        ("costa", "rican", "CR"), ("puerto", "rican", "PR"), ("south", "african", "ZA"), ("south", "korean", "KR"),
        ("north", "korean", "KP"), ("sri", "lankan", "LK"),
    ];

    /// <summary>The Spanish forms of a stem and ending class: "mexican" + "o" gives mexicano, mexicana, mexicanos, mexicanas.</summary>
    public static string[] SpanishForms(string stem, string ending) => ending switch
    {
        "o" => [stem + "o", stem + "a", stem + "os", stem + "as"],
        "e" => [stem + "e", stem + "es"],
        "es" => [stem + "és", stem + "esa", stem + "eses", stem + "esas"],
        "an" => stem.EndsWith('l') ? [stem, stem + "a", stem + "es", stem + "as"] : [stem + "án", stem + "ana", stem + "anes", stem + "anas"],
        "i" => [stem + "í", stem + "íes", stem + "ís"],
        _ => [stem + "a", stem + "as"],
    };
}
