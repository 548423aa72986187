using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;

namespace Cooperation.Domain.Text;

/// <summary>
/// The names of a catalog as the reader looks for them: every institution and mechanism by its Spanish and English
/// names and acronyms, every person by name and other spellings, and the member states of each mechanism. Built once
/// per catalog and shared (a weak table keyed by the catalog), so that readers are cheap to make.
/// </summary>
internal sealed class CatalogNames
{
    private static readonly ConditionalWeakTable<CooperationCatalog, CatalogNames> Cache = [];

    private CatalogNames(CooperationCatalog catalog)
    {
        Catalog = catalog;
        var names = new List<GazetteerName>();
        foreach (var institution in catalog.Institutions)
        {
            CountryCode? country = institution.Country.IsDefault ? null : institution.Country;
            var full = institution.Name.Spanish ?? institution.Name.English;
            foreach (var text in Names(institution.Name))
            {
                names.Add(new GazetteerName(text, MentionKind.Institution, false, country, Institution: institution.Id, FullName: full));
            }

            foreach (var acronym in Acronyms(institution.SpanishAcronym, institution.EnglishAcronym, institution.OtherAcronyms))
            {
                names.Add(new GazetteerName(acronym, MentionKind.Institution, true, country, Institution: institution.Id, FullName: full));
            }
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            var full = mechanism.Name.Spanish ?? mechanism.Name.English;
            foreach (var text in Names(mechanism.Name))
            {
                names.Add(new GazetteerName(text, MentionKind.Mechanism, false, null, Mechanism: mechanism.Id, FullName: full));
            }

            foreach (var acronym in Acronyms(mechanism.SpanishAcronym, mechanism.EnglishAcronym, []))
            {
                names.Add(new GazetteerName(acronym, MentionKind.Mechanism, true, null, Mechanism: mechanism.Id, FullName: full));
            }

            MemberStates[mechanism.Id] = [.. mechanism.Parties.Where(static p => p.Party.IsCountry && p.Status == ParticipationStatus.Member).Select(static p => p.Party.Country).Distinct().Order()];
        }

        foreach (var person in catalog.People)
        {
            foreach (var spelling in person.OtherNames.Prepend(person.Name))
            {
                names.Add(new GazetteerName(spelling.Value, MentionKind.Person, false, null, Person: person.Id, FullName: person.Name.Value));
            }
        }

        Gazetteer = new Gazetteer(names);
    }

    /// <summary>The catalog.</summary>
    public CooperationCatalog Catalog { get; }

    /// <summary>Every name of the catalog.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The member states of each mechanism, sorted.</summary>
    public Dictionary<MechanismId, ImmutableArray<CountryCode>> MemberStates { get; } = [];

    /// <summary>The names of <paramref name="catalog"/>, built on first use.</summary>
    public static CatalogNames Of(CooperationCatalog catalog) => Cache.GetValue(catalog, static c => new CatalogNames(c));

    private static IEnumerable<string> Names(LocalizedText name)
    {
        if (name.Spanish is { Length: > 0 } es)
        {
            yield return es;
        }

        if (name.English is { Length: > 0 } en && en != name.Spanish)
        {
            yield return en;
        }
    }

    private static IEnumerable<string> Acronyms(Acronym? spanish, Acronym? english, ImmutableArray<Acronym> others)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var acronym in new[] { spanish, english }.Where(static a => a is not null).Select(static a => a!.Value).Concat(others))
        {
            if (seen.Add(acronym.Value))
            {
                yield return acronym.Value;
            }
        }
    }
}
