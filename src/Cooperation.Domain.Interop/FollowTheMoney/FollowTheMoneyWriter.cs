using System;
using System.Buffers;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Cooperation.Domain.Interop;

/// <summary>
/// A catalog as FollowTheMoney entities, one JSON object a line (the format of <c>ftm</c>, Aleph and OpenSanctions):
/// each country that takes part and each government institution a <c>PublicBody</c>, international and civil-society
/// bodies and the mechanisms <c>Organization</c>s, people <c>Person</c>s, the parties of a mechanism and an
/// institution's parent <c>Membership</c>s, meetings <c>Event</c>s with their involved parties and organizer, sources
/// <c>Document</c>s and each citation a <c>Documentation</c> (its quote the summary), and where the catalog states a
/// participant's position, a <c>Position</c> and an <c>Occupancy</c> of it at the meeting.
/// </summary>
/// <remarks>
/// Dates are prefix dates at the catalog's precision (<c>2013</c>, <c>2013-07</c>), countries lower-case codes,
/// identifiers <see cref="FtmIds"/>, derived from the catalog's. Every entity a property refers to is in the stream,
/// written before it. The mapping, and what FollowTheMoney cannot hold, is in <c>docs/interop.md</c>.
/// </remarks>
public sealed class FollowTheMoneyWriter : DocumentWriter<CooperationCatalog>
{
    /// <summary>The format's name, as <c>cooperation export --format</c> takes it: <c>ftm</c>.</summary>
    public override string Name => "ftm";

    /// <summary>The media type of line-delimited JSON: <c>application/x-ndjson</c>.</summary>
    public override string MediaType => "application/x-ndjson";

    /// <summary>The file extension: <c>.ftm.json</c>, as FollowTheMoney's tools name entity files.</summary>
    public override string FileExtension => ".ftm.json";

    /// <inheritdoc/>
    private protected override IEnumerable<DocumentPart> WriteParts(CooperationCatalog value, IBufferWriter<byte> destination) => Steps(value, destination);

    private static IEnumerable<DocumentPart> Steps(CooperationCatalog catalog, IBufferWriter<byte> output)
    {
        using var json = FtmEntity.CreateWriter(output);
        var written = new HashSet<string>(StringComparer.Ordinal);

        // Each entity once (of several with one identifier, COOP1001, the first), and only after what it refers to.
        IEnumerable<DocumentPart> Emit(FtmEntity entity)
        {
            if (written.Add(entity.Id))
            {
                entity.WriteLine(json, output);
                yield return default;
            }
        }

        IEnumerable<DocumentPart> Documented(FtmEntity entity, ImmutableArray<Citation> citations)
        {
            var number = 0;
            foreach (var citation in citations.Where(c => written.Contains(FtmIds.Source(c.Source))))
            {
                var documentation = new FtmEntity(FtmIds.Documentation(entity.Id, ++number), "Documentation")
                    .Add("document", FtmIds.Source(citation.Source))
                    .Add("entity", entity.Id)
                    .Add("summary", citation.Quote, FtmEntity.TextLength);
                foreach (var step in Emit(documentation))
                {
                    yield return step;
                }
            }
        }

        foreach (var source in catalog.Sources)
        {
            foreach (var step in Emit(Document(source)))
            {
                yield return step;
            }
        }

        foreach (var country in Countries(catalog))
        {
            foreach (var step in Emit(State(country)))
            {
                yield return step;
            }
        }

        foreach (var institution in catalog.Institutions)
        {
            var entity = Institution(institution);
            foreach (var step in Emit(entity).Concat(Documented(entity, institution.Citations)))
            {
                yield return step;
            }
        }

        foreach (var institution in catalog.Institutions)
        {
            if (institution.Parent is { } parent && written.Contains(FtmIds.Institution(parent)))
            {
                var membership = new FtmEntity(FtmIds.ParentMembership(institution.Id), "Membership")
                    .Add("member", FtmIds.Institution(institution.Id))
                    .Add("organization", FtmIds.Institution(parent))
                    .Add("role", "part of");
                foreach (var step in Emit(membership))
                {
                    yield return step;
                }
            }
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            var entity = Mechanism(mechanism);
            foreach (var step in Emit(entity).Concat(Documented(entity, mechanism.Citations)))
            {
                yield return step;
            }

            foreach (var party in mechanism.Parties.Where(p => written.Contains(FtmIds.Party(p.Party))))
            {
                var membership = new FtmEntity(FtmIds.PartyMembership(mechanism.Id, party.Party), "Membership")
                    .Add("member", FtmIds.Party(party.Party))
                    .Add("organization", entity.Id)
                    .Add("role", party.Status.Name)
                    .Add("startDate", party.Since)
                    .Add("endDate", party.Until);
                foreach (var step in Emit(membership))
                {
                    yield return step;
                }
            }
        }

        foreach (var person in catalog.People)
        {
            var entity = Person(person);
            foreach (var step in Emit(entity).Concat(Documented(entity, person.Citations)))
            {
                yield return step;
            }
        }

        foreach (var meeting in catalog.Meetings)
        {
            if (written.Contains(FtmIds.Meeting(meeting.Id)))
            {
                continue; // a repeated identifier: the first meeting is the one exported
            }

            var involved = new List<string>();
            var after = new List<FtmEntity>();
            foreach (var delegation in meeting.Delegations)
            {
                if (written.Contains(FtmIds.Party(delegation.Party)))
                {
                    involved.Add(FtmIds.Party(delegation.Party));
                }

                var number = 0;
                foreach (var participant in delegation.Participants)
                {
                    number++;
                    var holder = Holder(meeting, delegation, participant, number, written);
                    if (holder is null)
                    {
                        if (participant.Institution is { } institution && written.Contains(FtmIds.Institution(institution)))
                        {
                            involved.Add(FtmIds.Institution(institution));
                        }

                        continue;
                    }

                    if (!written.Contains(holder.Id))
                    {
                        foreach (var step in Emit(holder))
                        {
                            yield return step;
                        }
                    }

                    involved.Add(holder.Id);
                    if (participant.Position is { } words)
                    {
                        var organization = participant.Institution is { } i && written.Contains(FtmIds.Institution(i)) ? FtmIds.Institution(i)
                            : written.Contains(FtmIds.Party(delegation.Party)) ? FtmIds.Party(delegation.Party) : null;
                        var text = DisplayText.Of(words, Language.English);
                        var position = new FtmEntity(FtmIds.Position(organization ?? string.Empty, text), "Position")
                            .Add("name", text, FtmEntity.NameLength)
                            .Add("organization", organization);
                        if (delegation.Party.IsCountry)
                        {
                            position.Add("country", delegation.Party.Country);
                        }

                        foreach (var step in Emit(position))
                        {
                            yield return step;
                        }

                        after.Add(new FtmEntity(FtmIds.Occupancy(meeting.Id, delegation.Party, number), "Occupancy")
                            .Add("holder", holder.Id)
                            .Add("post", position.Id)
                            .Add("startDate", meeting.Start)
                            .Add("endDate", meeting.End ?? meeting.Start)
                            .Add("description", $"{participant.Role.Name} of the {delegation.Party} delegation at {meeting.Id}", FtmEntity.TextLength));
                    }
                }
            }

            var entity = Event(meeting, catalog, involved, written);
            foreach (var step in Emit(entity).Concat(Documented(entity, meeting.Citations)))
            {
                yield return step;
            }

            foreach (var occupancy in after)
            {
                foreach (var step in Emit(occupancy))
                {
                    yield return step;
                }
            }
        }
    }

    // Every country that is a party, sends a delegation or holds a presidency: each is a public body (the state).
    private static List<CountryCode> Countries(CooperationCatalog catalog)
    {
        var set = new HashSet<CountryCode>(catalog.Countries);
        foreach (var meeting in catalog.Meetings)
        {
            set.UnionWith(meeting.Delegations.Where(d => d.Party.IsCountry).Select(d => d.Party.Country));
        }

        foreach (var mechanism in catalog.Mechanisms)
        {
            set.UnionWith(mechanism.Parties.Where(p => p.Party.IsCountry).Select(p => p.Party.Country));
        }

        return [.. set.Order()];
    }

    private static FtmEntity Document(Source source)
    {
        var entity = new FtmEntity(FtmIds.Source(source.Id), "Document")
            .AddName("name", DisplayText.Of(source.Title, Language.English))
            .Add("fileName", source.Archive?.File ?? source.Id + ".txt")
            .Add("title", DisplayText.Of(source.Title, Language.English))
            .Add("title", DisplayText.Of(source.Title, Language.Spanish))
            .Add("publisher", DisplayText.Of(source.Publisher, Language.English))
            .Add("date", source.Date)
            .Add("language", source.Language == Language.Spanish ? "spa" : "eng")
            .Add("sourceUrl", source.Url?.AbsoluteUri, 4096);
        return entity;
    }

    private static FtmEntity State(CountryCode code)
    {
        var country = Domain.Countries.Get(code);
        return new FtmEntity(FtmIds.Country(code), "PublicBody")
            .AddName("name", country.Name.GetOrOther(Language.English))
            .AddName("alias", country.Name.Spanish)
            .Add("country", code)
            .Add("jurisdiction", code)
            .Add("topics", "gov.national");
    }

    private static FtmEntity Institution(Institution institution)
    {
        var government = institution.Kind != InstitutionKind.InternationalOrganization
            && institution.Kind != InstitutionKind.CivilSocietyNetwork
            && institution.Kind != InstitutionKind.Academic;
        var entity = new FtmEntity(FtmIds.Institution(institution.Id), government ? "PublicBody" : "Organization")
            .AddName("name", DisplayText.Of(institution.Name, Language.English))
            .AddName("alias", DisplayText.Of(institution.Name, Language.Spanish));
        foreach (var acronym in new[] { institution.SpanishAcronym, institution.EnglishAcronym }.OfType<Acronym>().Concat(institution.OtherAcronyms))
        {
            entity.AddName("alias", acronym.ToString());
        }

        entity.Add("country", institution.Country).Add("classification", institution.Kind.Name);
        if (institution.Kind == InstitutionKind.InternationalOrganization)
        {
            entity.Add("topics", "gov.igo");
        }
        else if (government)
        {
            entity.Add("topics", "gov");
        }

        return Identified(entity, institution.Identifiers);
    }

    private static FtmEntity Mechanism(Mechanism mechanism)
    {
        var entity = new FtmEntity(FtmIds.Mechanism(mechanism.Id), "Organization")
            .AddName("name", DisplayText.Of(mechanism.Name, Language.English))
            .AddName("alias", DisplayText.Of(mechanism.Name, Language.Spanish));
        foreach (var acronym in new[] { mechanism.SpanishAcronym, mechanism.EnglishAcronym }.OfType<Acronym>())
        {
            entity.AddName("alias", acronym.ToString());
        }

        foreach (var party in mechanism.Parties.Where(p => p.Party.IsCountry))
        {
            entity.Add("country", party.Party.Country);
        }

        entity.Add("classification", mechanism.Kind.Name)
            .Add("status", mechanism.Status.Name)
            .Add("incorporationDate", mechanism.Established)
            .Add("dissolutionDate", mechanism.Dissolved)
            .Add("summary", DisplayText.Of(mechanism.Purpose, Language.English), FtmEntity.TextLength)
            .Add("topics", "gov.igo");
        entity.Add("keywords", mechanism.Scope.Name);
        foreach (var topic in mechanism.Topics)
        {
            entity.Add("keywords", topic.Name);
        }

        return Identified(entity, mechanism.Identifiers);
    }

    private static FtmEntity Person(Person person)
    {
        var entity = new FtmEntity(FtmIds.Person(person.Id), "Person").AddName("name", person.Name.ToString());
        foreach (var other in person.OtherNames)
        {
            entity.AddName("alias", other.ToString());
        }

        return Identified(entity.Add("title", DisplayText.Of(person.Rank, Language.English)), person.Identifiers);
    }

    // FollowTheMoney has a property for one register only, Wikidata (wikidataId, a QID); the other schemes are dropped.
    private static FtmEntity Identified(FtmEntity entity, ImmutableArray<ExternalIdentifier> identifiers)
    {
        foreach (var identifier in identifiers.Where(i => i.Scheme == ExternalIdentifier.WikidataScheme))
        {
            entity.Add("wikidataId", identifier.Value);
        }

        return entity;
    }

    // The person a participant is: one of the catalog's people, or one known only by the name the delegation gives
    // (an entity of its own, per participation); null for a participant that is an institution.
    private static FtmEntity? Holder(Meeting meeting, Delegation delegation, Participant participant, int number, HashSet<string> written)
    {
        if (participant.PersonId is { } id && written.Contains(FtmIds.Person(id)))
        {
            return new FtmEntity(FtmIds.Person(id), "Person");
        }

        if (participant.Person is not { } name)
        {
            return null;
        }

        var person = new FtmEntity(FtmIds.Participant(meeting.Id, delegation.Party, number), "Person").AddName("name", name.ToString());
        if (participant.Position is { } position)
        {
            person.Add("position", DisplayText.Of(position, Language.English));
        }

        return person;
    }

    private static FtmEntity Event(Meeting meeting, CooperationCatalog catalog, List<string> involved, HashSet<string> written)
    {
        var entity = new FtmEntity(FtmIds.Meeting(meeting.Id), "Event")
            .AddName("name", DisplayText.Title(meeting, catalog, Language.English))
            .AddName("alias", meeting.Title?.Spanish)
            .Add("startDate", meeting.Start)
            .Add("endDate", meeting.End)
            .Add("location", DisplayText.Venues(meeting.Venues, Language.English), FtmEntity.AddressLength)
            .Add("summary", DisplayText.Of(meeting.Purpose, Language.English), FtmEntity.TextLength);
        foreach (var venue in meeting.Venues)
        {
            entity.Add("country", venue.Country);
        }

        if (meeting.Mechanism is { } mechanism && written.Contains(FtmIds.Mechanism(mechanism)))
        {
            entity.Add("organizer", FtmIds.Mechanism(mechanism));
        }

        foreach (var party in involved)
        {
            entity.Add("involved", party);
        }

        entity.Add("keywords", meeting.Kind.Name).Add("keywords", meeting.Status.Name);
        var notes = new List<string>();
        if (meeting.ApproximateDates)
        {
            notes.Add("The dates are approximate.");
        }

        notes.AddRange(meeting.Outcomes.Select(o => $"{o.Kind.Name} ({o.Status.Name}): {DisplayText.Of(o.Text, Language.English)}"));
        return entity.Add("description", string.Join("\n", notes), FtmEntity.TextLength);
    }
}
