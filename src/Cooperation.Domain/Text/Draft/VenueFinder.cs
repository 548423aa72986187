using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Text;

/// <summary>
/// A meeting's venue from the place the text gives ("en Ottawa", "in Mexico City", "a Honduras"). A venue needs its
/// state, which is taken only where it is certain: the place is a state ("Honduras"); it is a state's capital named
/// after it ("Ciudad de México", "Guatemala City", "Ciudad de Panamá"); the text writes the state right after it
/// ("Tegucigalpa, Honduras"); or the options' catalog has a venue or dateline in a city of that name. Otherwise no
/// venue is drafted, and the meeting's citation keeps the words.
/// </summary>
internal sealed class VenueFinder
{
    private readonly DraftContext _context;
    private Dictionary<string, CountryCode>? _catalogCities;

    public VenueFinder(DraftContext context) => _context = context;

    /// <summary>
    /// The venue of <paramref name="place"/>, written near <paramref name="near"/> (the meeting's words), and the words
    /// it stands on; null when its state is not certain.
    /// </summary>
    public (Venue Venue, TextSpan Words)? Find(string place, TextSpan near)
    {
        var at = Locate(place, near);
        if (at is not { } words || _context.Localized(place) is not { } name)
        {
            return null;
        }

        if (Countries.TryFind(place, out var country))
        {
            return (new Venue(country.Code), words);
        }

        if (CapitalOf(place) is { } capital)
        {
            return (new Venue(capital, city: name), words);
        }

        // "Tegucigalpa, Honduras": the state written right after the city.
        foreach (var mention in _context.MentionsIn(new TextSpan(words.End, Math.Min(_context.Text.Length, words.End + 4)), MentionKind.Country))
        {
            if (mention.Country is { } code && _context.OnlyBetween(words.End, mention.Start, ','))
            {
                return (new Venue(code, city: name), new TextSpan(words.Start, mention.End));
            }
        }

        return CatalogCities().TryGetValue(Key(place), out var known) ? (new Venue(known, city: name), words) : null;
    }

    // "Ciudad de México", "Ciudad de Guatemala", "Mexico City", "Guatemala City", "Panama City": a state's capital.
    private static CountryCode? CapitalOf(string place)
    {
        var words = DraftWord.Of(place, 0, place.Length);
        if (words.Count >= 3 && words[0].Key == "ciudad" && words[1].Key == "de")
        {
            var rest = place[words[2].Start..];
            return Countries.TryFind(rest, out var country) ? country.Code : null;
        }

        if (words.Count >= 2 && words[^1].Key == "city")
        {
            var rest = place[..words[^1].Start].TrimEnd();
            return Countries.TryFind(rest, out var country) ? country.Code : null;
        }

        return null;
    }

    // Where the text writes the place: within a short reach of the meeting's words (where the extractor reads it), so
    // that the search is bounded whatever the length of the sentence.
    private TextSpan? Locate(string place, TextSpan near)
    {
        const int Reach = 400;
        if (place.Length == 0)
        {
            return null;
        }

        // After the meeting's words first ("… del 25 al 28 de abril, en Ottawa"), then before them.
        var text = _context.Text;
        var end = Math.Min(text.Length, near.End + Reach + place.Length);
        var index = text.IndexOf(place, near.Start, end - near.Start, StringComparison.Ordinal);
        if (index < 0 && near.Start > 0)
        {
            var start = Math.Max(0, near.Start - Reach);
            index = text.LastIndexOf(place, near.Start - 1, near.Start - start, StringComparison.Ordinal);
        }

        return index >= 0 ? new TextSpan(index, index + place.Length) : null;
    }

    private Dictionary<string, CountryCode> CatalogCities()
    {
        if (_catalogCities is not null)
        {
            return _catalogCities;
        }

        _catalogCities = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        if (_context.Catalog is { } catalog)
        {
            foreach (var meeting in catalog.Meetings)
            {
                foreach (var venue in meeting.Venues)
                {
                    AddCity(venue);
                }
            }

            foreach (var source in catalog.Sources)
            {
                if (source.Dateline is { } dateline)
                {
                    AddCity(dateline);
                }
            }
        }

        return _catalogCities;
    }

    private void AddCity(Venue venue)
    {
        foreach (var name in new[] { venue.City?.Spanish, venue.City?.English })
        {
            if (name is not null)
            {
                _catalogCities!.TryAdd(Key(name), venue.Country);
            }
        }
    }

    private static string Key(string name) => string.Join(' ', DraftWord.Of(name, 0, name.Length).Select(static w => w.Key));
}
