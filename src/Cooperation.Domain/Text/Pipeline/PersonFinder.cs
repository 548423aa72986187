using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;

namespace Cooperation.Domain.Text;

/// <summary>
/// Finds the people a text names, with the position written next to each name and the state each represents. A
/// person is a run of capitalised name words (with particles: "Ponce de León", "de la Fuente", "Ramirez de la O") that
/// the text vouches for: a catalog person under any recorded spelling; a title or position before it ("el canciller
/// Juan Ramón de la Fuente", "el secretario de Relaciones Exteriores, Marcelo Ebrard", "Foreign Secretary Luis
/// Videgaray", "National Security Advisor Jake Sullivan") or after it ("Vanessa Calva Ruiz, directora general de …",
/// "Eugenio Imaz Gispert, Director General of …"); a place in a list of such people (semicolons, commas, "y", "and");
/// a byline ("Por Juan Pablo Ojeda"); a common given name; or a surname of a person already named ("Garduño",
/// "Sullivan", "López Obrador").
/// </summary>
/// <remarks>
/// Titles and honorifics are not part of the name ("vicealmirante Alfredo Hernández" is "Alfredo Hernández"). A run of
/// more than six name words is no name; it is skipped whole, so a 10,000-word capitalised "name" costs one pass.
/// </remarks>
internal static class PersonFinder
{
    /// <summary>The most name words a person's name has.</summary>
    public const int MaxNameWords = 6;

    private static readonly HashSet<ulong> Particles = [.. new[] { "de", "del", "la", "las", "los", "y", "van", "von", "da", "di", "dos", "do", "le", "st" }.Select(WordHash.Of)];

    // The words that carry a position on after its title ("Alcalde de Tijuana", "Ambassador to Mexico", "Director for …").
    private static readonly HashSet<ulong> PositionPrepositions = [.. new[] { "de", "del", "para", "en", "ante", "of", "for", "to", "in", "at" }.Select(WordHash.Of)];

    private const LexClass NotNames = LexClass.Function | LexClass.Determiner | LexClass.Month | LexClass.Weekday | LexClass.Title
        | LexClass.TitleModifier | LexClass.Honorific | LexClass.InstitutionHead | LexClass.MechanismHead | LexClass.StateNoun
        | LexClass.PeopleNoun | LexClass.MeetingNoun | LexClass.MeetingAdjective | LexClass.PlaceNoun | LexClass.Demonym
        | LexClass.DocumentNoun | LexClass.PeriodNoun | LexClass.RelativeDay | LexClass.RelativeModifier | LexClass.OtherEvent
        | LexClass.Byline | LexClass.MeetingVerb | LexClass.VisitVerb | LexClass.Future | LexClass.Past | LexClass.Connector;

    public static void Scan(Analysis a)
    {
        FindCatalogPeople(a);
        var runs = Runs(a);
        var accepted = new List<Found>();
        Found? previousPerson = null;
        foreach (var run in runs)
        {
            a.Steps++;
            var (first, end) = (run.First, run.End);
            var evidence = Evidence(a, first, end, previousPerson, out var position, out var nameFirst);
            if (!evidence)
            {
                continue;
            }

            var found = a.Add(MentionKind.Person, nameFirst, end);
            found.Name = a.Words(nameFirst, end - 1);
            SetPosition(a, found, position);
            accepted.Add(found);
            previousPerson = found;
        }

        FindKnownSurnames(a, runs);
        Canonicalise(a);
        AssignCountries(a);
    }

    // ---------------------------------------------------------------------------------------------- catalog

    private static void FindCatalogPeople(Analysis a)
    {
        if (a.Catalog is not { } catalog)
        {
            return;
        }

        var matches = new List<GazetteerName>();
        for (var k = a.SkipUntil; k < a.Count; k++)
        {
            a.Steps++;
            if (!a.Tokens[k].IsCapitalizedWord || a.IsClaimed(k, k + 1, MentionKinds.All)
                || !catalog.Gazetteer.TryMatch(a, k, matches, out var end) || a.IsClaimed(k, end, MentionKinds.All))
            {
                continue;
            }

            var person = matches.FirstOrDefault(static m => m.Kind == MentionKind.Person);
            if (person is null)
            {
                continue;
            }

            // A longer run of name words goes on past the catalog's spelling ("Rosa Icela Rodríguez Velázquez"): take it whole.
            while (end < a.Count && end - k < MaxNameWords + 2 && IsNameWord(a, end) && a.Tokens[end].Gap == 1)
            {
                a.Steps++;
                end++;
            }

            var found = a.Add(MentionKind.Person, k, end);
            found.Name = a.Words(k, end - 1);
            found.Person = matches.Count(static m => m.Kind == MentionKind.Person) == 1 ? person.Person : null;
            found.Canonical = person.FullName;
            SetPosition(a, found, PositionBefore(a, k) ?? PositionAfter(a, end));
            k = end - 1;
        }
    }

    // ---------------------------------------------------------------------------------------------- positions

    /// <summary>The tokens of a position, first and last, inclusive.</summary>
    private readonly record struct Span(int First, int Last);

    private static void SetPosition(Analysis a, Found person, Span? position)
    {
        if (position is { } p && p.First <= p.Last)
        {
            person.Position = a.Words(p.First, p.Last);
            person.PositionFirst = p.First;
            person.PositionLast = p.Last;
        }
    }

    // ---------------------------------------------------------------------------------------------- runs

    private readonly record struct Run(int First, int End);

    private static bool IsNameWord(Analysis a, int k)
    {
        if ((uint)k >= (uint)a.Count)
        {
            return false;
        }

        ref readonly var t = ref a.Tokens[k];
        if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllCaps | TokenFlags.Dotted | TokenFlags.CapsLine)
            || a.IsClaimed(k, k + 1, MentionKinds.All))
        {
            return false;
        }

        return t.Is(LexClass.GivenName) || !t.Is(NotNames);
    }

    // Maximal runs of name words with particles between them; a run longer than MaxNameWords is dropped whole.
    private static List<Run> Runs(Analysis a)
    {
        var runs = new List<Run>();
        var k = a.SkipUntil;
        while (k < a.Count)
        {
            a.Steps++;
            if (!IsNameWord(a, k) && !StartsWithParticle(a, k))
            {
                k++;
                continue;
            }

            var first = k;
            var words = 0;
            var end = k;
            var j = k;
            while (j < a.Count)
            {
                a.Steps++;
                if (j > first && (a.Tokens[j].Gap > 2 || (a.Tokens[j].Gap == 2 && a.Tokens[j].Sentence != a.Tokens[first].Sentence)))
                {
                    break;
                }

                // "Alejandro N. Mayorkas": a middle initial and its period, before the initial reads as a name word.
                if (j > first && IsSingleCapital(a, j) && a.IsPunct(j + 1, '.') && a.Tokens[j + 1].Gap == 0 && IsNameWord(a, j + 2))
                {
                    j += 2;
                    continue;
                }

                if (IsNameWord(a, j) || (j == first && StartsWithParticle(a, j)))
                {
                    words++;
                    j++;
                    end = j;
                    continue;
                }

                // "Ponce de León", "de la Fuente", "Ramirez de la O": particles between name words.
                if (j > first && a.Tokens[j].Kind == TokenKind.Word && Particles.Contains(a.Tokens[j].Hash) && !a.Tokens[j].Has(TokenFlags.Capitalized))
                {
                    var next = j + 1;
                    while (next < a.Count && next - j < 3 && a.Tokens[next].Kind == TokenKind.Word && Particles.Contains(a.Tokens[next].Hash) && !a.Tokens[next].Has(TokenFlags.Capitalized))
                    {
                        a.Steps++;
                        next++;
                    }

                    if (a.Tokens[j].Hash == Words.Y)
                    {
                        // "y" joins two surnames only between single words ("Ortega y Gasset"), not two people.
                        break;
                    }

                    if (IsNameWord(a, next))
                    {
                        j = next;
                        continue;
                    }

                    // "Ramirez de la O": a single capital after the particles ends the name.
                    if (IsSingleCapital(a, next) && !a.IsPunct(next + 1, '.'))
                    {
                        words++;
                        j = next + 1;
                        end = j;
                        break;
                    }
                }

                // "Pérez-Gómez": a glued hyphen between name words.
                if (j > first && a.Tokens[j].Gap == 0 && a.IsPunct(j, '-') && a.Tokens[Math.Min(j + 1, a.Count - 1)].Gap == 0 && IsNameWord(a, j + 1))
                {
                    j++;
                    continue;
                }

                // "J. Smith": an initial.
                if (IsSingleCapital(a, j) && a.IsPunct(j + 1, '.') && IsNameWord(a, j + 2))
                {
                    j += 2;
                    continue;
                }

                // "María Elena Alcalde", "Juan Carlos Coronel": a title word that ends a name begun by a given name.
                if (words >= 2 && a.Tokens[first].Is(LexClass.GivenName) && IsTitleSurname(a, j))
                {
                    words++;
                    end = ++j;
                }

                break;
            }

            if (words is >= 1 and <= MaxNameWords)
            {
                runs.Add(new Run(first, end));
            }

            k = Math.Max(j, k + 1);
        }

        return runs;
    }

    // A capitalised title or rank right after a name (no title is written after the name it goes with), with no position
    // ("Alcalde de Tijuana", "Director for …") or name going on after it, and the name's phrase ending there: at the
    // sentence's end, a semicolon, "y"/"and", or a comma before the position that is the person's ("María Elena Alcalde,
    // embajadora …"). Before a verb or another comma the word is a title after all ("Marcelo Ebrard Canciller, junto a
    // …", "Carlos Gómez Alcalde saludó …").
    private static bool IsTitleSurname(Analysis a, int k)
    {
        if ((uint)k >= (uint)a.Count || a.Tokens[k].Gap != 1)
        {
            return false;
        }

        ref readonly var t = ref a.Tokens[k];
        if (t.Kind != TokenKind.Word || !t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.AllCaps | TokenFlags.Dotted | TokenFlags.CapsLine)
            || !t.Is(LexClass.Title | LexClass.Honorific) || a.IsClaimed(k, k + 1, MentionKinds.All))
        {
            return false;
        }

        var next = k + 1;
        if (next >= a.Count || a.Tokens[next].Has(TokenFlags.LineStart))
        {
            return true;
        }

        ref readonly var n = ref a.Tokens[next];
        if (n.Kind != TokenKind.Word)
        {
            return !n.IsPunct(',') || a.Is(next + 1, LexClass.Title | LexClass.TitleModifier)
                || a.IsWord(next + 1, Words.Y) || a.IsWord(next + 1, Words.E) || a.IsWord(next + 1, Words.And)
                || (a.Is(next + 1, LexClass.Determiner) && a.Is(next + 2, LexClass.Title | LexClass.TitleModifier));
        }

        return n.Hash == Words.Y || n.Hash == Words.E || n.Hash == Words.And;
    }

    private static bool IsSingleCapital(Analysis a, int k)
        => (uint)k < (uint)a.Count && a.Tokens[k].Kind == TokenKind.Word && a.Tokens[k].Length == 1 && a.Tokens[k].Has(TokenFlags.Capitalized)
        && !a.IsClaimed(k, k + 1, MentionKinds.All);

    // "De la Fuente" at the start of a run: the surname of a person named in full elsewhere.
    private static bool StartsWithParticle(Analysis a, int k)
        => a.IsWord(k, Words.De) && a.Tokens[k].Has(TokenFlags.Capitalized) && (a.IsWord(k + 1, Words.La) || a.IsWord(k + 1, Words.Los))
        && IsNameWord(a, k + 2);

    // ---------------------------------------------------------------------------------------------- evidence

    private static bool Evidence(Analysis a, int first, int end, Found? previousPerson, out Span? position, out int nameFirst)
    {
        position = null;
        nameFirst = first;
        var words = NameWords(a, first, end);
        var before = first - 1;

        // After "of", "for", "de": the run may be a title's complement followed by the name ("Secretary of Homeland
        // Security John Kelly", "Secretary of Finance Ramirez de la O"); keep the name from a given name on, or the last
        // two words of a long run.
        if (a.IsWord(before, Words.Of) || a.IsWord(before, Words.For) || a.IsWord(before, Words.On))
        {
            var split = SplitComplement(a, first, end, words);
            if (split < 0 || (split == end - 1 && EndsTitleBeforeName(a, split, end)))
            {
                return false;
            }

            nameFirst = split;
            position = EnglishTitleBefore(a, nameFirst);
            return position is not null;
        }

        if (a.Tokens[first].Has(TokenFlags.CapsLine))
        {
            return false;
        }

        if (words == 1 && EndsTitleBeforeName(a, first, end))
        {
            return false;
        }

        // A title right before the name: "el canciller Juan…", "vicealmirante Alfredo…", "President Biden",
        // "National Security Advisor Jake Sullivan", "el canciller mexicano Juan Ramón…".
        if (TitleRightBefore(a, first) is { } direct)
        {
            // "el Mtro. Roberto Velasco, subsecretario para …", "el vicealmirante José Luis Arellano, jefe de …": an
            // honorific or rank alone gives way to the position written after the name, or before it and a comma
            // ("el subsecretario para América del Norte, Mtro. Roberto Velasco").
            position = OnlyHonorifics(a, direct) && (PositionAfter(a, end) ?? PositionBeforeComma(a, direct.First)) is { } written ? written : direct;
            return true;
        }

        // A byline: "Por Juan Pablo Ojeda", "By Jane Doe" at the start of a line.
        if (before >= 0 && a.Is(before, LexClass.Byline) && a.Tokens[before].Has(TokenFlags.LineStart | TokenFlags.Capitalized) && a.Tokens[before].Has(TokenFlags.Capitalized)
            && words >= 2)
        {
            return true;
        }

        // A position before a comma: "el secretario de Relaciones Exteriores, Marcelo Ebrard".
        if (a.IsPunct(before, ',') && words >= 2 && PositionBefore(a, first) is { } clause)
        {
            position = clause;
            return true;
        }

        // A position after a comma: "Vanessa Calva Ruiz, directora general de …".
        if (words >= 2 && PositionAfter(a, end) is { } after)
        {
            position = after;
            return true;
        }

        // A list of people: "…, Marcelo Ebrard; y de la Secretaría … (SSPC), Rosa Icela Rodríguez", "los presidentes
        // Claudia Sheinbaum y Bernardo Arévalo".
        if (previousPerson is not null && words >= 2 && InListAfter(a, previousPerson, first))
        {
            position = a.IsWord(before, Words.Y) || a.IsWord(before, Words.And)
                ? (previousPerson.PositionFirst >= 0 ? new Span(previousPerson.PositionFirst, previousPerson.PositionLast) : null)
                : ListItemPosition(a, first);
            return true;
        }

        // A common given name and a surname.
        if (words >= 2 && a.Tokens[first].Is(LexClass.GivenName))
        {
            return true;
        }

        return false;
    }

    // "Deputy Minister of Public Safety, Tricia Geddes": one word after a title's capitalised words, before a comma and
    // a name of two words, ends the title written before that name; it is no person of its own.
    private static bool EndsTitleBeforeName(Analysis a, int word, int end)
        => !a.Is(word, LexClass.GivenName) && a.IsPunct(end, ',') && IsNameWord(a, end + 1) && IsNameWord(a, end + 2)
        && a.Tokens[word].Gap == 1 && word > 0 && a.Tokens[word - 1].IsCapitalizedWord;

    private static int NameWords(Analysis a, int first, int end)
    {
        var words = 0;
        for (var j = first; j < end; j++)
        {
            a.Steps++;
            if (IsNameWord(a, j) || (IsSingleCapital(a, j) && j > first))
            {
                words++;
            }
        }

        return words;
    }

    // After a title's "of": the portfolio ("Homeland Security", "Finance"), then the name from a given name on or
    // after the portfolio's words ("Secretary of Finance Ramirez de la O"); -1 when the run does not start with a
    // portfolio ("Secretary for Western Hemisphere Affairs").
    private static int SplitComplement(Analysis a, int first, int end, int words)
    {
        for (var j = first + 1; j < end; j++)
        {
            a.Steps++;
            if (a.Tokens[j].Is(LexClass.GivenName) && IsNameWord(a, j) && j + 1 < end)
            {
                return j;
            }
        }

        var name = first;
        while (name < end && a.Is(name, LexClass.Portfolio))
        {
            a.Steps++;
            name++;
        }

        _ = words;
        return name > first && name < end && IsNameWord(a, name) && NameWords(a, name, end) >= 1 ? name : -1;
    }

    // The title words right before a name, with nothing between: Spanish lower-case titles and their modifiers and
    // demonyms ("el canciller mexicano", "el vicecanciller", "la secretaria"), honorifics ("vicealmirante", "Mtro."),
    // and English capitalised title phrases ("Foreign Secretary", "U.S. Secretary of State", "DHS Secretary",
    // "National Security Advisor to the Vice President Ambassador").
    private static Span? TitleRightBefore(Analysis a, int first)
    {
        var j = first - 1;
        if (j < 0 || a.Tokens[first].Gap > 1)
        {
            return null;
        }

        // "Mtro.", "Dr.": an abbreviated honorific and its period.
        if (a.IsPunct(j, '.') && a.Is(j - 1, LexClass.Honorific))
        {
            j -= 2;
            if (j < 0 || !(a.Is(j, LexClass.Title | LexClass.TitleModifier | LexClass.Honorific | LexClass.Demonym)))
            {
                return new Span(first - 2, first - 2);
            }
        }

        ref readonly var t = ref a.Tokens[j];
        if (t.Kind != TokenKind.Word)
        {
            return null;
        }

        if (!t.Has(TokenFlags.Capitalized))
        {
            // Spanish: "el canciller mexicano", "la secretaria", "vicealmirante", "el comisionado".
            var last = j;
            while (j >= 0 && a.Tokens[j].Kind == TokenKind.Word && !a.Tokens[j].Has(TokenFlags.Capitalized)
                && a.Is(j, LexClass.Title | LexClass.TitleModifier | LexClass.Honorific | LexClass.Demonym) && last - j < 4)
            {
                j--;
            }

            var start = j + 1;
            return start <= last && a.Is(start, LexClass.Title | LexClass.Honorific) ? new Span(start, last) : null;
        }

        return EnglishTitleBefore(a, first);
    }

    // A capitalised run right before the name that holds a title: "Foreign Secretary", "U.S. Secretary of State",
    // "then-Secretary of Homeland Security", "NSC Senior Director", "Department of Homeland Security Assistant Secretary".
    private static Span? EnglishTitleBefore(Analysis a, int first)
    {
        var last = first - 1;
        var j = last;
        var hasTitle = false;
        var start = first;
        while (j >= 0 && last - j < 14)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (a.Tokens[j + 1].Gap > 1)
            {
                break;
            }

            var capitalized = t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.Dotted);
            var connector = t.Kind == TokenKind.Word && (t.Hash == Words.Of || t.Hash == Words.For || t.Hash == Words.The || t.Hash == Words.To || t.Hash == Words.And) && j < last;
            var glue = t.Kind == TokenKind.Punct && t.Gap == 0 && t.Number is '-' or '.' && a.Tokens[j + 1].Gap == 0;
            if (!(capitalized || connector || glue) || a.IsClaimed(j, j + 1, MentionKinds.Person | MentionKinds.Date))
            {
                break;
            }

            // A possessive ends the title ("President Biden's | National Security Advisor").
            if (t.Kind == TokenKind.Word && t.Hash == Words.S && (a.IsPunct(j - 1, '\'') || a.IsPunct(j - 1, '\u2019')))
            {
                break;
            }

            if (capitalized && a.Is(j, LexClass.Function | LexClass.Determiner) && !t.Has(TokenFlags.AllCaps | TokenFlags.Dotted))
            {
                break;
            }

            hasTitle |= capitalized && a.Is(j, LexClass.Title);
            if (capitalized)
            {
                start = j;
            }

            j--;
        }

        // "then-Secretary": a glued lower-case prefix.
        if (start < first && a.IsPunct(start - 1, '-') && a.Tokens[start].Gap == 0 && a.IsWord(start - 2, Words.Then))
        {
            start -= 2;
        }

        return hasTitle && start < first ? new Span(start, last) : null;
    }

    // The position in the clause before "…, NAME": from the first title word of the clause (after the last semicolon, the
    // last person, or the sentence's start) to the comma.
    private static Span? PositionBefore(Analysis a, int first)
    {
        var comma = first - 1;
        if (!a.IsPunct(comma, ','))
        {
            return TitleRightBefore(a, first);
        }

        var sentence = a.Tokens[first].Sentence;
        var titleAt = -1;
        for (var j = comma - 1; j >= 0 && comma - j < 40; j--)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (t.Sentence != sentence || t.IsPunct(';') || t.IsPunct(':') || a.IsClaimed(j, j + 1, MentionKinds.Person))
            {
                break;
            }

            // A verb ends the clause: "El secretario de Gobernación recibió a la ministra de Seguridad, NAME" gives
            // NAME the minister's position, not the words from the secretary on.
            if (t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized)
                && (t.Is(LexClass.MeetingVerb | LexClass.VisitVerb) || TenseGuess.Of(a, j, sentence) != Tense.Unknown))
            {
                break;
            }

            if (t.Kind == TokenKind.Word && t.Is(LexClass.Title) && !a.IsClaimed(j, j + 1, MentionKinds.Bodies))
            {
                titleAt = j;
            }
        }

        if (titleAt < 0)
        {
            return null;
        }

        // Modifiers before the title in English ("Deputy Assistant Secretary"), and the title's article is left out.
        while (titleAt > 0 && a.Tokens[titleAt - 1].Has(TokenFlags.Capitalized) && a.Is(titleAt - 1, LexClass.TitleModifier | LexClass.Title))
        {
            a.Steps++;
            titleAt--;
        }

        return new Span(titleAt, comma - 1);
    }

    // "…, Mtro. NAME": the position of the clause before a comma that an honorific follows; none without the comma.
    private static Span? PositionBeforeComma(Analysis a, int honorific)
        => a.IsPunct(honorific - 1, ',') ? PositionBefore(a, honorific) : null;

    // ", directora general de …" / ", Director General of …": a title after the name, to the end of its clause.
    private static Span? PositionAfter(Analysis a, int end)
    {
        if (!a.IsPunct(end, ','))
        {
            return null;
        }

        var j = end + 1;
        if (a.Is(j, LexClass.Determiner))
        {
            j++;
        }

        var start = j;
        var sawTitle = false;
        for (var n = 0; n < 4 && j < a.Count; n++, j++)
        {
            a.Steps++;
            if (a.Is(j, LexClass.Title))
            {
                sawTitle = true;
                break;
            }

            if (!a.Is(j, LexClass.TitleModifier) && !(a.Tokens[j].Kind == TokenKind.Word && a.Tokens[j].Has(TokenFlags.AllCaps | TokenFlags.Dotted)))
            {
                break;
            }
        }

        if (!sawTitle || a.Tokens[start].Sentence != a.Tokens[end].Sentence)
        {
            return null;
        }

        // The clause ends at a semicolon, the sentence's end, ", y"/", and", ", quien"/", who", or the next person.
        var last = start;
        for (j = start; j < a.Count && a.Tokens[j].Sentence == a.Tokens[start].Sentence && j - start < 40; j++)
        {
            a.Steps++;
            ref readonly var t = ref a.Tokens[j];
            if (t.IsPunct(';') || t.IsPunct('.') || a.IsClaimed(j, j + 1, MentionKinds.Person))
            {
                break;
            }

            // A comma before "y"/"and", "quien"/"who", a given name, or a lower-case word that is not a connector
            // ("…, encabezó la delegación") ends the position.
            if (t.IsPunct(',') && (a.IsWord(j + 1, Words.Y) || a.IsWord(j + 1, Words.And) || a.IsWord(j + 1, Words.E) || a.IsWord(j + 1, Words.Quien)
                || a.IsWord(j + 1, Words.Quienes) || a.IsWord(j + 1, Words.Who) || a.Is(j + 1, LexClass.GivenName) || a.Is(j + 1, LexClass.Function)
                || (j + 1 < a.Count && a.Tokens[j + 1].Kind == TokenKind.Word && !a.Tokens[j + 1].Has(TokenFlags.Capitalized)
                    && !a.Is(j + 1, LexClass.Connector | LexClass.Determiner | LexClass.TitleModifier))))
            {
                break;
            }

            if (t.Kind != TokenKind.Punct || t.IsPunct(')'))
            {
                last = j;
            }
        }

        return new Span(start, last);
    }

    // The run follows a person in a list: "NAME; (y) …, RUN", "NAME, RUN", "NAME y RUN", with no full stop between.
    private static bool InListAfter(Analysis a, Found previous, int first)
    {
        if (a.Tokens[previous.FirstToken].Sentence != a.Tokens[first].Sentence || first - previous.EndToken > 30)
        {
            return false;
        }

        // "NAME, RUN", "NAME y RUN", "NAME, y RUN": the run right after the person.
        var separator = previous.EndToken;
        var joined = a.IsPunct(separator, ',') || a.IsWord(separator, Words.Y) || a.IsWord(separator, Words.And) || a.IsWord(separator, Words.E);
        if (joined && (first == separator + 1 || (first == separator + 2 && (a.IsWord(separator + 1, Words.Y) || a.IsWord(separator + 1, Words.And)))))
        {
            return true;
        }

        // "NAME; y de la Secretaría … (SSPC), RUN": the next item of a list of "position, name" after a semicolon.
        if (!a.IsPunct(separator, ';') || !a.IsPunct(first - 1, ','))
        {
            return false;
        }

        for (var j = separator + 1; j < first - 1; j++)
        {
            a.Steps++;
            if (a.IsPunct(j, ';') || a.IsPunct(j, '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyHonorifics(Analysis a, Span span)
    {
        for (var j = span.First; j <= span.Last; j++)
        {
            a.Steps++;
            if (a.Tokens[j].Kind == TokenKind.Word && !a.Tokens[j].Is(LexClass.Honorific))
            {
                return false;
            }
        }

        return true;
    }

    private static Span? ListItemPosition(Analysis a, int first)
    {
        var comma = first - 1;
        if (!a.IsPunct(comma, ','))
        {
            return null;
        }

        var j = comma - 1;
        while (j >= 0 && !a.IsPunct(j, ';') && comma - j < 30 && !a.IsClaimed(j, j + 1, MentionKinds.Person))
        {
            a.Steps++;
            j--;
        }

        var start = j + 1;
        while (start < comma && (a.Is(start, LexClass.Connector | LexClass.Determiner | LexClass.Function) && !a.Tokens[start].Has(TokenFlags.Capitalized)))
        {
            a.Steps++;
            start++;
        }

        return start < comma ? new Span(start, comma - 1) : null;
    }

    // ---------------------------------------------------------------------------------------------- surnames

    // "Garduño", "Sullivan", "López Obrador", "Wilson Paz": runs that repeat the surnames (or the first words) of a
    // person already named. Every later part and every start of two or more words of each name is a key.
    private static void FindKnownSurnames(Analysis a, List<Run> runs)
    {
        var keys = new HashSet<ulong>();
        var hashes = new List<ulong>();
        var parts = new List<ulong>();
        foreach (var person in a.Found)
        {
            a.Steps++;
            if (person.Kind == MentionKind.Person)
            {
                foreach (var key in PartKeys(NameHashes(a, person.FirstToken, person.EndToken, hashes), parts))
                {
                    a.Steps++;
                    keys.Add(key);
                }
            }
        }

        if (keys.Count == 0)
        {
            return;
        }

        foreach (var run in runs)
        {
            a.Steps++;
            if (a.IsClaimed(run.First, run.End, MentionKinds.All))
            {
                continue;
            }

            var name = NameHashes(a, run.First, run.End, hashes);
            if (name.Length is 0 or > 3 || !keys.Contains(Key(name)))
            {
                continue;
            }

            var found = a.Add(MentionKind.Person, run.First, run.End);
            found.Name = a.Words(run.First, run.End - 1);
            SetPosition(a, found, TitleRightBefore(a, run.First));
        }
    }

    // The hashes of the words of a name, in a list the caller reuses (read before the next call).
    private static ReadOnlySpan<ulong> NameHashes(Analysis a, int first, int end, List<ulong> list)
    {
        list.Clear();
        for (var j = first; j < end; j++)
        {
            a.Steps++;
            if (a.Tokens[j].Kind == TokenKind.Word)
            {
                list.Add(a.Tokens[j].Hash);
            }
        }

        return CollectionsMarshal.AsSpan(list);
    }

    private static ulong Key(ReadOnlySpan<ulong> words)
    {
        var key = 1469598103934665603UL;
        foreach (var word in words)
        {
            key = (key ^ word) * 1099511628211UL;
        }

        return key;
    }

    // The parts of a name another mention may repeat: each single word after the first ("Garduño", "Yáñez"), each run
    // of later words ("López Obrador", "de la Fuente"), and each start of two or more words ("Wilson Paz").
    // Given in a list the caller reuses (read before the next call).
    private static List<ulong> PartKeys(ReadOnlySpan<ulong> name, List<ulong> keys)
    {
        keys.Clear();
        for (var start = 1; start < name.Length; start++)
        {
            for (var end = start + 1; end <= name.Length; end++)
            {
                keys.Add(Key(name.Slice(start, end - start)));
            }
        }

        for (var length = 2; length < name.Length; length++)
        {
            keys.Add(Key(name[..length]));
        }

        return keys;
    }

    // ---------------------------------------------------------------------------------------------- names

    // A shorter mention takes the fullest form of the same person named in the text as its canonical name: the
    // longest names register their parts first.
    private static void Canonicalise(Analysis a)
    {
        var fullest = new Dictionary<ulong, Found>();
        var hashes = new List<ulong>();
        var parts = new List<ulong>();
        foreach (var person in a.Found.Where(static f => f.Kind == MentionKind.Person).OrderByDescending(static f => f.EndToken - f.FirstToken).ThenBy(static f => f.Start))
        {
            a.Steps++;
            var name = NameHashes(a, person.FirstToken, person.EndToken, hashes);
            if (person.Canonical is null && fullest.TryGetValue(Key(name), out var fuller))
            {
                person.Canonical = fuller.Canonical ?? fuller.Name;
                person.Person ??= fuller.Person;
            }

            foreach (var key in PartKeys(name, parts))
            {
                a.Steps++;
                fullest.TryAdd(key, person);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- states

    // The state a person represents: a state or demonym in the position ("canciller mexicano", "U.S. Secretary of
    // State", "cónsul de Honduras en México": the first not after "en"/"to"), the state of a body in the position
    // ("director general del Centro Nacional de Inteligencia (CNI)"), the delegation the sentence is about ("La
    // delegación mexicana estuvo integrada por …"), or the same person's state elsewhere in the text.
    private static void AssignCountries(Analysis a)
    {
        var atToken = new Dictionary<int, Found>();
        var endingAt = new Dictionary<int, Found>();
        foreach (var found in a.Found)
        {
            a.Steps++;
            if (found.Kind is MentionKind.Country or MentionKind.Institution && found.Country is not null)
            {
                if (!atToken.TryGetValue(found.FirstToken, out var known) || found.Kind == MentionKind.Country)
                {
                    atToken[found.FirstToken] = found;
                }

                if (found.Kind == MentionKind.Country)
                {
                    endingAt[found.EndToken] = found;
                }
            }
        }

        var people = a.Found.Where(static f => f.Kind == MentionKind.Person).OrderBy(static f => f.Start).ToList();
        var byName = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var person in people)
        {
            a.Steps++;
            person.Country = FromPosition(a, person, atToken) ?? OfState(a, person, atToken) ?? FromDelegation(a, person, atToken, endingAt);
            if (person.Country is { } country)
            {
                byName.TryAdd(person.Canonical ?? person.Name ?? string.Empty, country);
            }
        }

        foreach (var person in people)
        {
            a.Steps++;
            if (person.Country is null && byName.TryGetValue(person.Canonical ?? person.Name ?? string.Empty, out var country))
            {
                person.Country = country;
            }
        }
    }

    // "Foreign Minister Alexandra Hill Tinoco of El Salvador": a state right after the name and "of".
    private static CountryCode? OfState(Analysis a, Found person, Dictionary<int, Found> atToken)
        => a.IsWord(person.EndToken, Words.Of) && atToken.TryGetValue(person.EndToken + 1, out var state) && state.Kind == MentionKind.Country ? state.Country : null;

    private static CountryCode? FromPosition(Analysis a, Found person, Dictionary<int, Found> atToken)
    {
        if (person.PositionFirst < 0)
        {
            return null;
        }

        CountryCode? fromBody = null;
        for (var j = person.PositionFirst; j <= person.PositionLast; j++)
        {
            a.Steps++;
            if (!atToken.TryGetValue(j, out var found))
            {
                continue;
            }

            // "cónsul de Honduras en México", "U.S. ambassador to Mexico": a state after "en"/"to" is where, not whose.
            var before = j - 1;
            if (a.IsWord(before, Words.En) || a.IsWord(before, Words.To) || a.IsWord(before, Words.In) || a.IsWord(before, Words.Ante))
            {
                continue;
            }

            if (found.Kind == MentionKind.Country)
            {
                return found.Country;
            }

            fromBody ??= found.Country;
        }

        return fromBody;
    }

    // "La delegación mexicana estuvo integrada por …", "The U.S. delegation was led by …", "por Guatemala lideró los
    // trabajos el canciller …": the state of the delegation the person's sentence is about (looked for in the 60 tokens
    // before the name).
    private static CountryCode? FromDelegation(Analysis a, Found person, Dictionary<int, Found> atToken, Dictionary<int, Found> endingAt)
    {
        var sentence = a.Tokens[person.FirstToken].Sentence;
        CountryCode? side = null;
        var bare = false;
        for (var j = person.FirstToken - 1; j >= 0 && person.FirstToken - j <= 60 && (a.Tokens[j].Sentence == sentence || (bare && a.Tokens[j].Sentence == sentence - 1)); j--)
        {
            a.Steps++;
            if (a.IsWord(j, Words.Delegacion) || a.IsWord(j, Words.Delegation) || a.IsWord(j, Words.Contraparte) || a.IsWord(j, Words.Counterpart)
                || (a.Tokens[j].Kind == TokenKind.Word && SideNouns.Contains(a.Tokens[j].Hash)))
            {
                // "por México, la subsecretaria …" after "Por la parte beliceña asistió …": the nearer side wins.
                if (side is not null)
                {
                    return side;
                }

                if (SideOf(a, j, atToken, endingAt) is { } named)
                {
                    return named;
                }

                // "La delegación estuvo integrada por …": the delegation the sentence before named ("una delegación
                // técnica guatemalteca visitó …").
                bare |= a.Tokens[j].Sentence == sentence && !SideNouns.Contains(a.Tokens[j].Hash);
            }

            // "por Guatemala lideró …": a state right after "por" names the side.
            if (side is null && a.Tokens[j].Sentence == sentence && a.IsWord(j, Words.Por) && atToken.TryGetValue(j + 1, out var state) && state.Kind == MentionKind.Country)
            {
                side = state.Country;
            }
        }

        return side;
    }

    // "la parte beliceña", "el lado mexicano", "the U.S. side": nouns of a side that name a delegation with their state.
    private static readonly HashSet<ulong> SideNouns = [.. new[] { "parte", "lado", "side" }.Select(WordHash.Of)];

    // The state named next to "delegación" at j: after it in Spanish (past one adjective: "delegación técnica
    // guatemalteca"), "de" and a state, or before it in English.
    private static CountryCode? SideOf(Analysis a, int j, Dictionary<int, Found> atToken, Dictionary<int, Found> endingAt)
    {
        if (atToken.TryGetValue(j + 1, out var after) && after.Kind == MentionKind.Country)
        {
            return after.Country;
        }

        if (a.Tokens[Math.Min(j + 1, a.Count - 1)].Kind == TokenKind.Word && !a.Tokens[Math.Min(j + 1, a.Count - 1)].Has(TokenFlags.Capitalized)
            && !a.Is(j + 1, LexClass.Function | LexClass.Determiner) && atToken.TryGetValue(j + 2, out var past) && past.Kind == MentionKind.Country)
        {
            return past.Country;
        }

        if (a.IsWord(j + 1, Words.De) && atToken.TryGetValue(j + 2, out var of) && of.Kind == MentionKind.Country)
        {
            return of.Country;
        }

        return endingAt.TryGetValue(j, out var before) ? before.Country : null;
    }
}
