using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// Finds named institutions and mechanisms. First by name: the catalog's names and acronyms (linked to its entities),
/// then the bodies every reader of the genre knows (<see cref="KnownBodies"/>). Then by form: a head noun and the
/// capitalised words around it, in the Spanish order ("Secretaría de Seguridad y Protección Ciudadana", "Grupo de Alto
/// Nivel de Seguridad", "Unidad de Política Migratoria, Registro e Identidad de Personas") and the English one ("the
/// Department of Homeland Security", "National Center for Investigation and National Security", "the U.S.-Mexico
/// High-Level Economic Dialogue", "Attorney General's Office"). An acronym in parentheses after a name is a second
/// mention of the same body ("(SRE)", "(GANSEG)"), and the acronym alone later in the text is found again ("la SRE").
/// </summary>
/// <remarks>
/// A name stops at a lower-case word that is not a connector, at punctuation (a comma only continues a list inside the
/// name that ends with "y"/"e"/"and": "Inmigración, Refugiados y Ciudadanía"), at a title after a name ("Department of
/// State Deputy Assistant Secretary"), at a given name, and before a second body it belongs to ("Unidad de Política
/// Migratoria | de la Secretaría de Gobernación"). Positions are not bodies ("secretario de Relaciones Exteriores");
/// "secretaría" is a ministry only with its accent.
/// </remarks>
internal static class BodyFinder
{
    /// <summary>The most tokens a name spans.</summary>
    private const int MaxNameTokens = 16;

    private static readonly Gazetteer Known = new(KnownBodies.All.Select(static b => new GazetteerName(
        b.Name,
        b.Mechanism ? MentionKind.Mechanism : MentionKind.Institution,
        b.Name.Length <= 8 && !b.Name.Contains(' ', StringComparison.Ordinal),
        b.Country is { } c ? Lexicon.Code(c) : null)));

    private static readonly HashSet<ulong> PersonModifiers =
        [.. new[] { "deputy", "assistant", "under", "senior", "acting", "former", "then", "vice", "associate", "principal" }.Select(WordHash.Of)];

    [ThreadStatic]
    private static List<GazetteerName>? _scratch;

    private static List<GazetteerName> Scratch => _scratch ??= [];

    private static readonly HashSet<ulong> EmbassyHeads = [.. new[] { "embajada", "consulado", "embassy", "consulate" }.Select(WordHash.Of)];

    public static void Scan(Analysis a)
    {
        var matches = new List<GazetteerName>();
        var k = a.SkipUntil;
        while (k < a.Count)
        {
            a.Steps++;
            if (a.Tokens[k].Kind != TokenKind.Word || a.IsClaimed(k, k + 1, MentionKinds.Date | MentionKinds.Bodies))
            {
                k++;
                continue;
            }

            if (TryKnown(a, k, matches, out var end) || TryForm(a, k, out end))
            {
                var body = a.Found[^1];
                end = TakeAcronym(a, body, end);
                k = end;
                continue;
            }

            k++;
        }

        FindSpelledOut(a);
        FindBareAcronyms(a, matches);
        AssignCountries(a);
    }

    // Words between the capitalised words of a name that its acronym skips ("Customs and Border Protection (CBP)").
    private static readonly HashSet<ulong> AcronymConnectors =
        [.. new[] { "and", "of", "for", "the", "on", "de", "del", "la", "las", "los", "el", "y", "para", "sobre" }.Select(WordHash.Of)];

    private static readonly HashSet<ulong> ProgrammeWords = [.. HeadNouns.Programmes.Select(WordHash.Of)];

    // A state's own name ("Estados Unidos Mexicanos (EUM)") or a programme's ("Temporary Protected Status (TPS)",
    // "Migrant Protection Protocols (MPP)") spelled out before its acronym is no body.
    private static bool IsStateOrProgramme(Analysis a, int first, int end)
    {
        if (a.IsClaimed(first, first + 1, MentionKinds.Country))
        {
            return true;
        }

        for (var j = first; j < end; j++)
        {
            a.Steps++;
            if (a.Tokens[j].Kind == TokenKind.Word && (ProgrammeWords.Contains(a.Tokens[j].Hash) || a.Tokens[j].Is(LexClass.DocumentNoun)))
            {
                return true;
            }
        }

        return false;
    }

    // "U.S. Customs and Border Protection (CBP)", "Immigration and Customs Enforcement (ICE)": a capitalised name that no
    // head noun marks is a body when the acronym in parentheses after it spells its capitalised words' initials.
    private static void FindSpelledOut(Analysis a)
    {
        Dictionary<int, Found>? bodies = null;
        for (var k = Math.Max(a.SkipUntil, 1); k + 2 < a.Count; k++)
        {
            a.Steps++;
            ref readonly var acronymToken = ref a.Tokens[k + 1];
            if (!a.IsPunct(k, '(') || !a.IsPunct(k + 2, ')') || acronymToken.Kind != TokenKind.Word || !acronymToken.Has(TokenFlags.AllCaps)
                || acronymToken.Length is < 2 or > 8)
            {
                continue;
            }

            // A person's initials are no body's acronym ("Juan Pérez (JP)").
            var first = SpelledFirst(a, k, a.Span(k + 1));
            if (first < 0 || a.IsClaimed(first, k, MentionKinds.Bodies | MentionKinds.Person | MentionKinds.Date) || a.Is(first, LexClass.GivenName)
                || IsStateOrProgramme(a, first, k))
            {
                continue;
            }

            bodies ??= a.Found.Where(static f => f.Kind is MentionKind.Institution or MentionKind.Mechanism).GroupBy(static f => f.FirstToken).ToDictionary(static g => g.Key, static g => g.First());
            var existing = bodies.GetValueOrDefault(k + 1);
            if (existing?.LongForm is not null || (existing is null && a.IsClaimed(k + 1, k + 2, MentionKinds.All)))
            {
                continue;
            }

            // "U.S. Customs …": a state's abbreviation right before the name is part of it.
            if (a.IsClaimed(first - 1, first, MentionKinds.Country) && a.Tokens[first - 1].Has(TokenFlags.AllCaps | TokenFlags.Dotted) && a.Tokens[first].Gap == 1)
            {
                first--;
            }

            var kind = existing?.Kind ?? MentionKind.Institution;
            for (var j = first; j < k && existing is null; j++)
            {
                a.Steps++;
                if (IsHead(a, j, out var headKind))
                {
                    kind = headKind;
                    break;
                }
            }

            var body = a.Add(kind, first, k);
            body.Name = a.Words(first, k - 1);
            var acronym = existing ?? a.Add(kind, k + 1, k + 2);
            acronym.Name ??= a.Span(k + 1).ToString();
            acronym.IsAcronym = true;
            acronym.LongForm = body;
            a.DefinedAcronyms[acronymToken.Hash] = acronym;
        }
    }

    // The first token of the words before the "(" at k whose capitalised words' initials spell the acronym, or -1.
    private static int SpelledFirst(Analysis a, int k, ReadOnlySpan<char> acronym)
    {
        var letter = acronym.Length - 1;
        var j = k - 1;
        for (; j >= 0 && letter >= 0 && k - j <= (3 * acronym.Length) + 2; j--)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (t.Kind != TokenKind.Word || (j < k - 1 && a.Tokens[j + 1].Gap != 1))
            {
                return -1;
            }

            if (!t.Has(TokenFlags.Capitalized) && AcronymConnectors.Contains(t.Hash) && letter < acronym.Length - 1)
            {
                continue;
            }

            if (!t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllCaps | TokenFlags.Dotted)
                || char.ToUpperInvariant(a.Span(j)[0]) != char.ToUpperInvariant(acronym[letter]))
            {
                return -1;
            }

            letter--;
        }

        return letter < 0 ? j + 1 : -1;
    }

    // ----------------------------------------------------------------------------------------------- by name

    private static bool TryKnown(Analysis a, int k, List<GazetteerName> matches, out int end)
    {
        end = k;
        GazetteerName? name = null;
        if (a.Catalog is { } catalog && catalog.Gazetteer.TryMatch(a, k, matches, out end) && !IsBareAcronymInCaps(a, k, end))
        {
            name = Choose(matches);
        }
        else if (Known.TryMatch(a, k, matches, out end) && !IsBareAcronymInCaps(a, k, end))
        {
            name = matches[0];
        }

        // A person's title in lower case is no body, even when it spells one ("la secretaria de Seguridad y Protección
        // Ciudadana, Rosa Icela Rodríguez" names the minister, not the ministry).
        if (name is null || name.Kind == MentionKind.Person || (a.Tokens[k].Is(LexClass.Title) && !a.Tokens[k].Has(TokenFlags.Capitalized)))
        {
            end = k;
            return false;
        }

        // The known name may be the start of a longer one the text gives ("Conferencia Regional sobre Migración" in a
        // longer form is rare; a longer form by shape wins when it ends later).
        if (TryForm(a, k, out var formEnd, commit: false) && formEnd > end)
        {
            end = k;
            return false;
        }

        var found = a.Add(name.Kind, k, end);
        found.Name = a.Words(k, end - 1);
        found.IsAcronym = name.IsAcronym;
        found.Country = name.Country;
        found.Institution = name.Institution;
        found.Mechanism = name.Mechanism;
        return true;
    }

    // One entity for a name several share (two mechanisms called GANSEF): link none, keep the kind most of them have.
    private static GazetteerName Choose(List<GazetteerName> matches)
    {
        if (matches.Count == 1)
        {
            return matches[0];
        }

        var institution = matches.FirstOrDefault(static m => m.Kind == MentionKind.Institution);
        var first = institution ?? matches[0];
        var sameEntity = matches.All(m => m.Institution == first.Institution && m.Mechanism == first.Mechanism && m.Person == first.Person);
        return sameEntity ? first : first with { Institution = null, Mechanism = null, Person = null, Country = matches.All(m => m.Country == first.Country) ? first.Country : null };
    }

    // An acronym in a headline in capitals ("MÉXICO Y LA SRE…") is not trusted: the whole line is in capitals.
    private static bool IsBareAcronymInCaps(Analysis a, int k, int end)
        => end == k + 1 && a.Tokens[k].Has(TokenFlags.CapsLine) && !a.IsPunct(k - 1, '(');

    // ----------------------------------------------------------------------------------------------- by form

    private static bool TryForm(Analysis a, int k, out int end, bool commit = true)
    {
        end = k;
        if (!IsHead(a, k, out var kind))
        {
            return false;
        }

        var first = ExtendLeft(a, k);
        var last = ExtendRight(a, k, first);
        if (last == k && first == k)
        {
            return false;
        }

        // The name needs a word of its own besides the head and its connectors.
        var words = 0;
        for (var j = first; j <= last; j++)
        {
            a.Steps++;
            if (j != k && a.Tokens[j].Kind == TokenKind.Word && !a.Tokens[j].Is(LexClass.Connector | LexClass.Function))
            {
                words++;
            }
        }

        // "Conference Strategic Plan", "Programa … Informe": a name that ends in a document's noun is a document.
        if (words == 0 || a.IsClaimed(first, last + 1, MentionKinds.Date | MentionKinds.Bodies) || (last > k && a.Is(last, LexClass.DocumentNoun)))
        {
            return false;
        }

        if (kind == MentionKind.Institution && IsBilateral(a, first, last))
        {
            kind = MentionKind.Mechanism;
        }

        end = last + 1;
        if (commit)
        {
            var found = a.Add(kind, first, end);
            found.Name = a.Words(first, last);
        }

        return true;
    }

    private static bool IsHead(Analysis a, int k, out MentionKind kind)
    {
        kind = MentionKind.Institution;
        ref readonly var token = ref a.Tokens[k];
        var institution = token.Is(LexClass.InstitutionHead);
        var mechanism = token.Is(LexClass.MechanismHead);
        if (!institution && !mechanism)
        {
            return false;
        }

        if (token.Has(TokenFlags.Capitalized) && StartsPersonName(a, k))
        {
            return false;
        }

        // A ministry is "Secretaría" with its accent; "secretaria" is a person (a title).
        if (token.Hash == SecretariaHash && !a.Span(k).ContainsAny('í', 'Í'))
        {
            return false;
        }

        if (!token.Has(TokenFlags.Capitalized))
        {
            // In lower case only "la secretaría de Relaciones Exteriores" and "la declaración de Los Ángeles" are names.
            var isSecretaria = token.Hash == SecretariaHash;
            var isDeclaration = token.Hash == DeclaracionHash;
            if (!(isSecretaria || isDeclaration) || !(a.IsWord(k + 1, Words.De) && k + 2 < a.Count && a.Tokens[k + 2].IsCapitalizedWord))
            {
                return false;
            }
        }

        kind = mechanism && !institution ? MentionKind.Mechanism : MentionKind.Institution;
        return true;
    }

    private static bool IsHyphen(Analysis a, int j) => a.IsPunct(j, '-') || a.IsPunct(j, '\u2010') || a.IsPunct(j, '\u2011');

    // "Marco Rubio", "Marco Antonio Solís": a given name that is also a head ("Marco de Cooperación", "Marco Integral
    // Regional para …") starts a person when one to three capitalised words follow it and the name goes no further.
    private static bool StartsPersonName(Analysis a, int k)
    {
        if (!a.Tokens[k].Is(LexClass.GivenName))
        {
            return false;
        }

        var j = k + 1;
        while (j < a.Count && j - k <= 3 && a.Tokens[j].Gap == 1 && a.Tokens[j].IsCapitalizedWord
            && !a.Tokens[j].Is(LexClass.Function | LexClass.Connector | LexClass.Determiner | LexClass.InstitutionHead | LexClass.MechanismHead))
        {
            a.Steps++;
            j++;
        }

        if (j == k + 1 || j - k > 3)
        {
            return false;
        }

        // A connector or hyphen after the words continues a mechanism's name; anything else ends a person's.
        return !(j < a.Count && (a.Is(j, LexClass.Connector) && !a.IsWord(j, Words.Y) && !a.IsWord(j, Words.And) || (a.Tokens[j].Gap == 0 && IsHyphen(a, j))));
    }

    private static readonly ulong SecretariaHash = WordHash.Of("secretaría");
    private static readonly ulong DeclaracionHash = WordHash.Of("declaración");

    // English modifiers before the head: "National Human Rights Commission", "U.S.-Mexico High-Level Economic
    // Dialogue", "Attorney General's Office". Stops at a function word, a title, a person's modifier ("Senior"), a
    // demonym, a number or a line break.
    private static int ExtendLeft(Analysis a, int head)
    {
        var first = head;
        var j = head - 1;
        var possessive = false;
        while (j >= 0 && head - j < MaxNameTokens && (a.Tokens[j + 1].Gap <= 1 || (a.Tokens[j + 1].Gap == 2 && a.Tokens[j].Sentence == a.Tokens[j + 1].Sentence)))
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];

            // Before a possessive a title is the owner, part of the name ("Attorney General's Office").
            // A demonym inside a name that goes on before it is the name's ("Royal Canadian Mounted Police"); one that
            // opens it is the state's ("the Mexican National Guard").
            var excluded = LexClass.Function | LexClass.Determiner | LexClass.Demonym | LexClass.Month | LexClass.Weekday | (possessive ? LexClass.None : LexClass.Title);
            var inner = t.Is(LexClass.Demonym) && !t.Is(excluded & ~LexClass.Demonym) && j > 0 && t.Gap == 1 && a.Tokens[j - 1].IsCapitalizedWord
                && !a.Tokens[j - 1].Is(excluded) && !a.Tokens[j - 1].Has(TokenFlags.LineStart);
            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized)
                && (t.Has(TokenFlags.Dotted | TokenFlags.AllCaps) || !t.Is(excluded) || inner)
                && !PersonModifiers.Contains(t.Hash) && !(t.Is(LexClass.GivenName) && j == first - 1 && !t.Has(TokenFlags.AllCaps))
                && !a.IsClaimed(j, j + 1, MentionKinds.Date | MentionKinds.Bodies))
            {
                first = j;
                j--;
                continue;
            }

            // "High-Level", "U.S.-Mexico", "General's": glued hyphens and the possessive.
            if (t.Kind == TokenKind.Punct && a.Tokens[j + 1].Gap == 0 && t.Gap == 0 && (t.Number is '-' or '\u2010' or '\u2011' or '\u2013' || t.Number is '\'' or '\u2019') && j > 0
                && a.Tokens[j - 1].Kind == TokenKind.Word && a.Tokens[j - 1].Has(TokenFlags.Capitalized))
            {
                j--;
                continue;
            }

            // "Mexico's National Guard": a state's possessive owns the name and is no part of it.
            if (t.Kind == TokenKind.Word && t.Hash == Words.S && (a.IsPunct(j - 1, '\'') || a.IsPunct(j - 1, '\u2019')) && t.Gap == 0
                && !a.IsClaimed(j - 2, j - 1, MentionKinds.Country))
            {
                possessive = true;
                j -= 2;
                continue;
            }

            break;
        }

        // Never start on a hyphen or a connector.
        while (first < head && a.Tokens[first].Kind != TokenKind.Word)
        {
            a.Steps++;
            first++;
        }

        return first;
    }

    // The complement after the head: capitalised words, connectors that lead to one, glued hyphens, and a list inside
    // the name. Returns the last token of the name.
    private static int ExtendRight(Analysis a, int head, int first)
    {
        var last = head;
        var j = head + 1;
        var embassy = EmbassyHeads.Contains(a.Tokens[head].Hash);
        while (j < a.Count && j - first < MaxNameTokens)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (t.Gap > 2 || (t.Gap == 2 && t.Sentence != a.Tokens[head].Sentence))
            {
                break;
            }

            // A capitalised article of a place's name after a connector or a glued hyphen: "de Los Ángeles", "de La Paz",
            // "de El Salvador", "Comisión Binacional Honduras-El Salvador".
            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized) && t.Is(LexClass.Function | LexClass.Determiner) && (a.Is(j - 1, LexClass.Connector) || (t.Gap == 0 && IsHyphen(a, j - 1)))
                && j + 1 < a.Count && a.Tokens[j + 1].Gap == 1 && a.Tokens[j + 1].IsCapitalizedWord && !a.Tokens[j + 1].Is(LexClass.Function))
            {
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized) && (!t.Is(LexClass.Function | LexClass.Month | LexClass.Weekday) || (t.Is(LexClass.Weekday) && SaintPlaces.Follows(a, j))))
            {
                // A title right after a name word ends the name ("Department of State | Deputy Assistant Secretary").
                var afterConnector = a.Is(j - 1, LexClass.Connector);
                if (!afterConnector && (t.Is(LexClass.Title) || PersonModifiers.Contains(t.Hash)))
                {
                    break;
                }

                if (t.Is(LexClass.GivenName) && !afterConnector && a.Tokens[Math.Min(j + 1, a.Count - 1)].IsCapitalizedWord && j > head + 1)
                {
                    break;
                }

                if (a.IsClaimed(j, j + 1, MentionKinds.Date))
                {
                    break;
                }

                last = j;
                j++;
                continue;
            }

            // Acronyms in a complement: "Embajada de EE.UU. en México", but not a body of its own ("de la SRE").
            if (t.Kind == TokenKind.Word && t.Has(TokenFlags.AllCaps | TokenFlags.Dotted) && !a.Is(j, LexClass.Function))
            {
                if (a.Is(j - 1, LexClass.Connector) && !a.IsClaimed(j, j + 1, MentionKinds.Country))
                {
                    break;
                }

                last = j;
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Punct && t.Gap == 0 && t.Number is '-' or '\u2010' or '\u2011' && j + 1 < a.Count && a.Tokens[j + 1].Gap == 0
                && a.Tokens[j + 1].IsCapitalizedWord)
            {
                j++;
                continue;
            }

            if (t.Kind == TokenKind.Word && t.Is(LexClass.Connector) && !t.Has(TokenFlags.Capitalized))
            {
                // "en" continues only an embassy's name ("Embajada de Estados Unidos en México"); "to" none ("Travel to
                // Mexico"), nor "entre"/"between", which name the parties ("Grupo … entre México y Honduras").
                if (((t.Hash == Words.En || t.Hash == Words.In) && !embassy) || t.Hash == Words.To || t.Hash == Words.Entre || t.Hash == Words.Between)
                {
                    break;
                }

                // "… Office and the Public Prosecutors Office", "la Unidad … y las Direcciones …": "and"/"y" with an
                // article joins two bodies, not two words of one name.
                if ((t.Hash == Words.Y || t.Hash == Words.And || t.Hash == Words.E) && a.Is(j + 1, LexClass.Determiner))
                {
                    break;
                }

                // Connectors must lead to a capitalised word within two more connectors.
                var next = j + 1;
                while (next < a.Count && next - j <= 2 && a.Is(next, LexClass.Connector) && !a.Tokens[next].Has(TokenFlags.Capitalized))
                {
                    a.Steps++;
                    next++;
                }

                if (next >= a.Count || !(a.Tokens[next].Kind == TokenKind.Word && a.Tokens[next].Has(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.Dotted)))
                {
                    break;
                }

                // Before a second body ("de la Secretaría de Gobernación", "del INM"): the name ends here. A head right
                // after a bare "de"/"of", with no article, is the name's complement, not a second body: "Mecanismo de
                // Diálogo Bilateral sobre …", "Mecanismo Bilateral de Diálogo sobre …".
                var complementHead = next == j + 1 && (t.Hash == Words.De || t.Hash == Words.Of) && !a.Tokens[next].Has(TokenFlags.AllCaps);
                if (!complementHead && StartsNestedBody(a, next))
                {
                    break;
                }

                j = next;
                continue;
            }

            if (t.IsPunct(',') && ListContinues(a, j))
            {
                j++;
                continue;
            }

            break;
        }

        // Never end on a connector or a hyphen.
        while (last > head && a.Tokens[last].Kind != TokenKind.Word)
        {
            a.Steps++;
            last--;
        }

        return last;
    }

    // A body of its own starts at k: a head with a complement of its own, or an acronym.
    private static bool StartsNestedBody(Analysis a, int k)
    {
        ref readonly var t = ref a.Tokens[k];
        if (t.Has(TokenFlags.AllCaps) && t.Length >= 2 && !a.IsClaimed(k, k + 1, MentionKinds.Country))
        {
            return true;
        }

        if (!t.Is(LexClass.InstitutionHead | LexClass.MechanismHead))
        {
            return false;
        }

        return (a.Is(k + 1, LexClass.Connector) && k + 2 < a.Count && a.Tokens[k + 2].IsCapitalizedWord)
            || (k + 1 < a.Count && a.Tokens[k + 1].IsCapitalizedWord && !a.Tokens[k + 1].Is(LexClass.Function) && a.Tokens[k + 1].Gap == 1);
    }

    // ", Registro e Identidad de Personas": a comma inside a name continues it when capitalised words and connectors
    // lead to "y"/"e"/"and" and a last capitalised word before any other punctuation, and no given name is among them.
    private static bool ListContinues(Analysis a, int comma)
    {
        var sawAnd = false;
        for (var j = comma + 1; j < a.Count && j - comma <= 12; j++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (t.IsPunct(',') && !sawAnd && a.Tokens[j - 1].IsCapitalizedWord)
            {
                continue;
            }

            if (t.Kind != TokenKind.Word || t.Gap > 2 || (t.Gap == 2 && t.Sentence != a.Tokens[comma].Sentence))
            {
                return false;
            }

            if (t.Hash == Words.Y || t.Hash == Words.E || t.Hash == Words.And)
            {
                sawAnd = true;
                continue;
            }

            if (t.Has(TokenFlags.Capitalized))
            {
                // A state after the comma ends the name: "el Grupo de Contacto, México y Belice firmaron …".
                if (t.Is(LexClass.GivenName | LexClass.Title | LexClass.Function) || a.IsClaimed(j, j + 1, MentionKinds.Country))
                {
                    return false;
                }

                if (sawAnd)
                {
                    return true;
                }

                continue;
            }

            if (!t.Is(LexClass.Connector))
            {
                return false;
            }
        }

        return false;
    }

    // "Comisión Binacional", "Joint Commission", or a commission or committee with two states in its name ("Comisión
    // México-Guatemala").
    private static bool IsBilateral(Analysis a, int first, int last)
    {
        var countries = 0;
        var committee = false;
        for (var j = first; j <= last; j++)
        {
            a.Steps++;
            if (a.Is(j, LexClass.Bilateral))
            {
                return true;
            }

            committee |= a.Tokens[j].Hash == CommissionHash || a.Tokens[j].Hash == ComisionHash;
            if (a.IsClaimed(j, j + 1, MentionKinds.Country) && (j == first || !a.IsClaimed(j - 1, j, MentionKinds.Country)))
            {
                countries++;
            }
        }

        return committee && countries >= 2;
    }

    private static readonly ulong CommissionHash = WordHash.Of("commission");
    private static readonly ulong ComisionHash = WordHash.Of("comisión");

    // ----------------------------------------------------------------------------------------------- acronyms

    // "(SRE)" right after a name: a mention of the same body, remembered for the rest of the text.
    private static int TakeAcronym(Analysis a, Found body, int end)
    {
        if (!a.IsPunct(end, '(') || !a.IsPunct(end + 2, ')') || a.Tokens[end + 1].Kind != TokenKind.Word || body.IsAcronym)
        {
            return end;
        }

        var k = end + 1;
        ref readonly var t = ref a.Tokens[k];
        var span = a.Span(k);
        var capitals = 0;
        foreach (var c in span)
        {
            a.Steps++;
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        // "SRE", "GANSEG", "Upmrip", "Minex": a capital first, and no common word.
        if (span.Length is < 2 or > 12 || !t.Has(TokenFlags.Capitalized) || (capitals < 2 && (t.Lex.Classes != LexClass.None || span.Length < 4))
            || a.IsClaimed(k, k + 1, MentionKinds.All))
        {
            return end;
        }

        // An acronym the catalog knows links the name it follows ("Diálogo de Alto Nivel sobre Movilidad de Personas
        // (DANM)"), when it names one entity of the same kind.
        if (body.Institution is null && body.Mechanism is null && a.Catalog is { } catalog && catalog.Gazetteer.TryMatch(a, k, Scratch, out var matched)
            && matched == k + 1 && Scratch.Count == 1 && Scratch[0].Kind == body.Kind && Scratch[0].IsAcronym)
        {
            body.Institution = Scratch[0].Institution;
            body.Mechanism = Scratch[0].Mechanism;
            body.Country ??= Scratch[0].Country;
        }

        // A body every reader knows by its acronym gives the name before it its state: "la Secretaría de Gobernación
        // (Segob)" is Mexico's.
        if (body.Country is null && Known.TryMatch(a, k, Scratch, out var knownEnd) && knownEnd == k + 1 && Scratch.Count == 1 && Scratch[0].Kind == body.Kind)
        {
            body.Country = Scratch[0].Country;
        }

        var acronym = a.Add(body.Kind, k, k + 1);
        acronym.Name = span.ToString();
        acronym.IsAcronym = true;
        acronym.LongForm = body;
        acronym.Country = body.Country;
        acronym.Institution = body.Institution;
        acronym.Mechanism = body.Mechanism;
        a.DefinedAcronyms[t.Hash] = acronym;
        return end + 3;
    }

    // "la SRE", "GANSEG": acronyms the text defined, and known ones, wherever they stand alone.
    private static void FindBareAcronyms(Analysis a, List<GazetteerName> matches)
    {
        if (a.DefinedAcronyms.Count == 0)
        {
            return;
        }

        for (var k = a.SkipUntil; k < a.Count; k++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[k];
            if (t.Kind != TokenKind.Word || !a.DefinedAcronyms.TryGetValue(t.Hash, out var defined) || a.IsClaimed(k, k + 1, MentionKinds.All)
                || t.Has(TokenFlags.CapsLine) || !a.Span(k).SequenceEqual(defined.Name))
            {
                continue;
            }

            var found = a.Add(defined.Kind, k, k + 1);
            found.Name = defined.Name;
            found.IsAcronym = true;
            found.LongForm = defined.LongForm;
            found.Country = defined.Country;
            found.Institution = defined.Institution;
            found.Mechanism = defined.Mechanism;
        }

        _ = matches;
    }

    // ----------------------------------------------------------------------------------------------- states

    // An institution's state: its catalog's or the known one's; else "de Honduras" after it or its acronym, a state
    // named inside it ("Public Safety Canada", "Embajada de Estados Unidos"), or a demonym before it ("the Mexican
    // Secretariat").
    private static void AssignCountries(Analysis a)
    {
        var countryAt = new Dictionary<int, CountryCode>();
        var acronymAt = new Dictionary<int, Found>();
        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.Kind == MentionKind.Country && found.Country is { } c)
            {
                countryAt[found.FirstToken] = c;
            }

            if (found.IsAcronym)
            {
                acronymAt[found.FirstToken] = found;
            }
        }

        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.Kind != MentionKind.Institution)
            {
                continue;
            }

            var after = found.EndToken;
            if (a.IsPunct(after, '(') && a.IsPunct(after + 2, ')'))
            {
                after += 3;
            }

            // "el Instituto Nacional de Migración (INM) de Honduras": the state after the name wins, also over a
            // catalog body of the same name in another state (the link is then dropped).
            if ((a.IsWord(after, Words.De) || a.IsWord(after, Words.Of)) && countryAt.TryGetValue(after + 1, out var owner))
            {
                foreach (var same in acronymAt.TryGetValue(found.EndToken + 1, out var its) ? [found, its] : new[] { found })
                {
                    a.Steps++;
                    if (same.Country is { } known && known != owner)
                    {
                        same.Institution = null;
                    }

                    same.Country = owner;
                }

                continue;
            }

            if (found.Country is not null)
            {
                continue;
            }

            for (var j = found.FirstToken; j < found.EndToken; j++)
            {
                a.Steps++;
                if (countryAt.TryGetValue(j, out var inside))
                {
                    found.Country = inside;
                    break;
                }
            }

            if (found.Country is null && found.FirstToken > 0 && a.Is(found.FirstToken - 1, LexClass.Demonym) && countryAt.TryGetValue(found.FirstToken - 1, out var demonym))
            {
                found.Country = demonym;
            }
        }

        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.IsAcronym && found.Country is null && found.LongForm?.Country is { } longCountry)
            {
                found.Country = longCountry;
            }
        }
    }
}
