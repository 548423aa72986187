using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// The institutions of a draft: every named body the text mentions that the options' catalog does not hold, one per
/// name (its acronym in parentheses after it joins it), with its kind from its head noun ("Secretaría" a ministry,
/// "Instituto" an agency, "Unidad" a unit; <see cref="DraftLexicon.InstitutionHeads"/>), its state from the mention,
/// and a citation quoting the name as written. A body whose kind the words do not give, or a national body whose state
/// the text does not make clear, is not drafted: nothing is guessed.
/// </summary>
internal sealed class InstitutionDrafter
{
    private readonly DraftContext _context;
    private readonly DraftIds _ids = new();
    private readonly Dictionary<Mention, InstitutionId> _byMention = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InstitutionId, Institution> _drafted = [];

    public InstitutionDrafter(DraftContext context) => _context = context;

    /// <summary>The drafted institutions, in the order the text first names them.</summary>
    public List<Institution> Drafted { get; } = [];

    /// <summary>The institution a mention stands for, in the draft or in the catalog; null when it was not drafted.</summary>
    public InstitutionId? IdOf(Mention mention) => _byMention.TryGetValue(mention, out var id) ? id : mention.Institution;

    /// <summary>The state of an institution of the draft or the catalog; null for an international body or an unknown one.</summary>
    public CountryCode? CountryOf(InstitutionId id)
    {
        if (_drafted.TryGetValue(id, out var institution) || _context.Catalog?.TryGetInstitution(id, out institution) == true)
        {
            return institution!.Country.IsDefault ? null : institution.Country;
        }

        return null;
    }

    public void Run()
    {
        var mentions = _context.Reading.Mentions.Where(static m => m.Kind == MentionKind.Institution).ToList();
        var acronyms = AcronymPairs.Find(_context, mentions);
        var paired = new HashSet<Mention>(acronyms.Values.Select(static a => a.Mention), ReferenceEqualityComparer.Instance);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var byAcronym = new Dictionary<string, Group>(StringComparer.Ordinal);
        var order = new List<Group>();

        foreach (var mention in mentions)
        {
            if (paired.Contains(mention))
            {
                continue;
            }

            var name = mention.Name ?? mention.Text;
            if (AcronymPairs.IsAcronymText(name, out var alone) && !acronyms.ContainsKey(mention))
            {
                // "la SRE" after "Secretaría de Relaciones Exteriores (SRE)": the same body.
                if (byAcronym.TryGetValue(alone.Value, out var known))
                {
                    known.Mentions.Add(mention);
                }

                continue;
            }

            var key = KeyOf(mention, name);
            if (key.Length == 0)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = new Group(mention, name);
                order.Add(group);
            }

            group.Mentions.Add(mention);
            if (acronyms.TryGetValue(mention, out var acronym))
            {
                group.Mentions.Add(acronym.Mention);
                group.Acronym ??= acronym.Acronym;
                group.LongForm ??= mention;
                group.AcronymMention ??= acronym.Mention;
                byAcronym.TryAdd(acronym.Acronym.Value, group);
            }
        }

        foreach (var group in order)
        {
            Draft(group);
        }
    }

    private void Draft(Group group)
    {
        // A body the catalog knows under any of its mentions is that body.
        var linked = group.Mentions.Select(static m => m.Institution).FirstOrDefault(static id => id is not null);
        if (linked is { } known)
        {
            Assign(group, known);
            return;
        }

        var country = group.Mentions.Select(static m => m.Country).FirstOrDefault(static c => c is not null);
        var words = DraftWord.Of(group.Name, 0, group.Name.Length);
        if (KindOf(words, country) is not { } kind || _context.Localized(group.Name) is not { } name)
        {
            return;
        }

        // The name with its acronym as the text defines it ("Grupo de Alto Nivel de Seguridad (GANSEG)").
        var span = group.AcronymMention is { } acronymMention && group.LongForm is { } longForm && _context.ClosingParenthesisAfter(acronymMention.End) is > 0 and var close
            ? new TextSpan(longForm.Start, close)
            : group.First.Span;
        if ((_context.Cite(span) ?? _context.Cite(group.First.Span)) is not { } citation)
        {
            return;
        }

        var prefix = country is { } c ? c.Alpha2.ToLowerInvariant() : "int";
        var idWords = group.Acronym is { } acr ? acr.Value.ToLowerInvariant() : DraftIds.Words(group.Name, 5, replace: _context.StateWords(group.Mentions, country));
        if (idWords is null)
        {
            return;
        }

        var id = InstitutionId.Parse(_ids.Claim(DraftIds.Compose(prefix + "-" + idWords, null), candidate => _context.Catalog?.TryGetInstitution(InstitutionId.Parse(candidate, CultureInfo.InvariantCulture), out _) == true), CultureInfo.InvariantCulture);
        var english = _context.Language == Language.English;
        var institution = new Institution(
            id,
            name,
            kind,
            country ?? default,
            spanishAcronym: english ? null : group.Acronym,
            englishAcronym: english ? group.Acronym : null,
            citations: [citation]);
        Drafted.Add(institution);
        _drafted[id] = institution;
        Assign(group, id);
    }

    private void Assign(Group group, InstitutionId id)
    {
        foreach (var mention in group.Mentions)
        {
            _byMention[mention] = id;
        }
    }

    /// <summary>
    /// The kind the first head noun of the name gives, for a body of <paramref name="country"/> or, when it is null, of
    /// no state; null when no head noun gives one.
    /// </summary>
    public static InstitutionKind? KindOf(List<DraftWord> words, CountryCode? country)
    {
        // "National Human Rights Commission", "Instituto Nacional de …": a body of a state the text does not name.
        if (country is null && words.Any(static w => DraftLexicon.National.Contains(w.Key)))
        {
            return null;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Key;
            if (word == "ministerio" && i + 1 < words.Count && DraftLexicon.Public.Contains(words[i + 1].Key))
            {
                return country is null ? null : InstitutionKind.ProsecutionService;
            }

            if (DraftLexicon.Commissions.Contains(word))
            {
                if (country is null)
                {
                    return InstitutionKind.InternationalOrganization;
                }

                return words.Any(static w => DraftLexicon.Rights.Contains(w.Key)) ? InstitutionKind.AutonomousBody : InstitutionKind.Agency;
            }

            if (DraftLexicon.InstitutionHeads.TryGetValue(word, out var kind))
            {
                return country is not null ? kind
                    : DraftLexicon.InternationalHeads.TryGetValue(word, out var international) ? international
                    : null;
            }

            if (DraftLexicon.InternationalHeads.TryGetValue(word, out var head))
            {
                return country is null || head != InstitutionKind.InternationalOrganization ? head : null;
            }
        }

        return null;
    }

    // The name's words, folded, as one key, the states it names as their codes: "Secretaría de Relaciones Exteriores"
    // and "SECRETARIA DE RELACIONES EXTERIORES" are one body, and so are "Embajada de EE.UU. en México" and "Embajada de
    // Estados Unidos en México".
    private string KeyOf(Mention mention, string name)
    {
        if (!string.Equals(name, mention.Text, StringComparison.Ordinal))
        {
            return Key(name);
        }

        var builder = new System.Text.StringBuilder();
        var at = mention.Start;
        foreach (var country in _context.MentionsIn(mention.Span, MentionKind.Country))
        {
            if (country.End <= mention.End && country.Start >= at && country.Country is { } code)
            {
                builder.Append(Key(_context.Text[at..country.Start])).Append(' ').Append(code.Alpha2).Append(' ');
                at = country.End;
            }
        }

        return builder.Append(Key(_context.Text[at..mention.End])).ToString().Trim();
    }

    private static string Key(string name)
        => string.Join(' ', DraftWord.Of(name, 0, name.Length).Where(static w => char.IsAsciiLetterOrDigit(w.Key[0]) && !DraftIds.IsSkipped(w.Key)).Select(static w => w.Key));

    private sealed class Group(Mention first, string name)
    {
        public Mention First { get; } = first;

        public string Name { get; } = name;

        public Acronym? Acronym { get; set; }

        public Mention? AcronymMention { get; set; }

        /// <summary>The mention the acronym follows in parentheses.</summary>
        public Mention? LongForm { get; set; }

        public List<Mention> Mentions { get; } = [];
    }
}
