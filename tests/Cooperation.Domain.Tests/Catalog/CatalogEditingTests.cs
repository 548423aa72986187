using System;
using System.Collections.Generic;
using System.Linq;
using Cooperation.Domain.Rules;
using NodaTime;
using static Cooperation.Domain.Tests.Model.SeedFacts;

namespace Cooperation.Domain.Tests.Catalog;

/// <summary>ToBuilder, the builder's Replace, AddOrReplace and Remove, and the catalog's With and Without.</summary>
public class CatalogEditingTests
{
    private static readonly PersonId Vanessa = PersonId.Parse("vanessa-calva-ruiz");

    private static readonly MeetingId PlannedId = ConsularAnual2023Planned().Id;

    // The consular dialogue: its mid-term meeting held, its annual meeting planned, with a delegation.
    private static CooperationCatalog Consular()
        => new CatalogBuilder()
            .Add(ConsularDialogue())
            .Add(ConsularMidTerm2023())
            .Add(ConsularAnual2023Planned().WithDelegations([new Delegation(MX, [new Participant(DelegationRole.HeadOfDelegation, PersonName.From("Vanessa Calva Ruiz"), personId: Vanessa)])]))
            .Add(new Person(Vanessa, PersonName.From("Vanessa Calva Ruiz"), [PersonName.From("Vanessa Calva")]))
            .Build();

    [Fact]
    public void Marking_a_planned_meeting_as_held_is_seen_by_every_query()
    {
        var catalog = Consular();
        var planned = catalog.GetMeeting(PlannedId);

        var edited = catalog.With(planned.WithStatus(MeetingStatus.Held));

        var held = edited.GetMeeting(PlannedId);
        Assert.Equal(MeetingStatus.Held, held.Status);
        Assert.Equal(catalog.Meetings.Length, edited.Meetings.Length);
        Assert.Single(edited.Meetings, m => m.Id == PlannedId);
        Assert.Contains(held, edited.Meetings);
        Assert.Contains(held, edited.MeetingsOf(ConsularDialogue().Id));
        Assert.DoesNotContain(planned, edited.MeetingsOf(ConsularDialogue().Id));
        Assert.Same(held, Assert.Single(edited.MeetingsWith(Vanessa)));
        Assert.Same(held, Assert.Single(edited.MeetingsWith(PersonName.From("VANESSA CALVA"))));
        Assert.Contains(held, edited.MeetingsAttendedBy(MX));
        Assert.Contains(held, edited.MeetingsBetween(new DateInterval(new LocalDate(2023, 10, 1), new LocalDate(2023, 10, 31))));
        Assert.Equal(MeetingStatus.Held, Assert.Single(edited.PositionsOf(Vanessa)).Meeting == PlannedId ? held.Status : null);
        var asOf = new LocalDate(2023, 11, 15);
        var rebuilt = new CatalogBuilder().Add(ConsularDialogue()).Add(ConsularMidTerm2023()).Add(held).AddRange(new CatalogBuilder().Add(catalog.People[0]).Build()).Build();
        Assert.Equal(rebuilt.AssessCadence(ConsularDialogue().Id, asOf).ToString(), edited.AssessCadence(ConsularDialogue().Id, asOf).ToString());
        Assert.NotEqual(catalog.AssessCadence(ConsularDialogue().Id, asOf).ToString(), edited.AssessCadence(ConsularDialogue().Id, asOf).ToString());
        AssertSame(rebuilt, edited);

        // The catalog it was made from is unchanged.
        Assert.Same(planned, catalog.GetMeeting(PlannedId));
        Assert.Contains(planned, catalog.MeetingsOf(ConsularDialogue().Id));
    }

    [Fact]
    public void Adding_a_changed_meeting_keeps_the_old_one_for_look_ups_and_AddOrReplace_does_not()
    {
        var catalog = Consular();
        var held = catalog.GetMeeting(PlannedId).WithStatus(MeetingStatus.Held);

        // The shortcut of the issue: both meetings stay, the first added answers look-ups, COOP1001 reports it.
        var added = new CatalogBuilder().AddRange(catalog).Add(held).Build();
        Assert.Equal(MeetingStatus.Planned, added.GetMeeting(PlannedId).Status);
        Assert.Contains(Validator.Validate(added).Diagnostics, d => d.Id == "COOP1001");

        var replaced = catalog.ToBuilder().AddOrReplace(held).Build();
        Assert.Same(held, replaced.GetMeeting(PlannedId));
        AssertSame(replaced, catalog.With(held));
        AssertSame(replaced, catalog.ToBuilder().Replace(held).Build());
    }

    // Edits of every kind on the reference catalog, each compared with a catalog built from the edited entities.
    public static TheoryData<string> Edits() => [.. EditsOf(ReferenceCatalog.Default).Keys];

    private static Dictionary<string, (Func<CooperationCatalog, CooperationCatalog> Edit, Func<CatalogBuilder, CatalogBuilder> OnBuilder, Func<CooperationCatalog, CatalogBuilder> Expected)> EditsOf(CooperationCatalog catalog)
    {
        var meeting = catalog.Meetings.First(m => m.Mechanism is not null && !m.Delegations.IsEmpty);
        var otherMechanism = catalog.Mechanisms.First(m => m.Id != meeting.Mechanism);
        var moved = meeting.WithMechanism(otherMechanism.Id).WithStart(PartialDate.Parse("1999"));
        var newMeeting = meeting.WithId(MeetingId.Parse("aaa-new-meeting"));
        var person = catalog.People.First(p => !p.OtherNames.IsEmpty);
        var respelled = person.WithOtherNames([PersonName.From("Someone Else Entirely")]);
        var mechanism = catalog.Mechanisms.First(m => m.Status == MechanismStatus.Active && !catalog.MeetingsOf(m.Id).IsEmpty);
        var dissolved = mechanism.WithStatus(MechanismStatus.Dissolved).WithDissolved(PartialDate.Parse("2030"));
        var source = catalog.Sources[3];
        var institution = new Institution(InstitutionId.Parse("zz-new"), En("New institution"), InstitutionKind.Ministry, CountryCode.Parse("PE"));

        CatalogBuilder All(CooperationCatalog c, Func<Source, Source?>? s = null, Func<Person, Person?>? p = null, Func<Mechanism, Mechanism?>? k = null,
            Func<Meeting, Meeting?>? m = null, Func<Institution, Institution?>? i = null)
        {
            var b = new CatalogBuilder();
            foreach (var x in c.Sources.Select(s ?? (x => x)).OfType<Source>())
            {
                b.Add(x);
            }

            foreach (var x in c.Institutions.Select(i ?? (x => x)).OfType<Institution>())
            {
                b.Add(x);
            }

            foreach (var x in c.People.Select(p ?? (x => x)).OfType<Person>())
            {
                b.Add(x);
            }

            foreach (var x in c.Mechanisms.Select(k ?? (x => x)).OfType<Mechanism>())
            {
                b.Add(x);
            }

            foreach (var x in c.Meetings.Select(m ?? (x => x)).OfType<Meeting>())
            {
                b.Add(x);
            }

            return b;
        }

        return new()
        {
            ["meeting moved to another mechanism"] = (c => c.With(moved), b => b.Replace(moved), c => All(c, m: x => x.Id == moved.Id ? moved : x)),
            ["meeting added"] = (c => c.With(newMeeting), b => b.AddOrReplace(newMeeting), c => All(c).Add(newMeeting)),
            ["meeting removed"] = (c => c.Without(meeting.Id), b => b.Remove(meeting.Id), c => All(c, m: x => x.Id == meeting.Id ? null : x)),
            ["person respelled"] = (c => c.With(respelled), b => b.Replace(respelled), c => All(c, p: x => x.Id == person.Id ? respelled : x)),
            ["person removed"] = (c => c.Without(person.Id), b => b.Remove(person.Id), c => All(c, p: x => x.Id == person.Id ? null : x)),
            ["mechanism dissolved"] = (c => c.With(dissolved), b => b.Replace(dissolved), c => All(c, k: x => x.Id == dissolved.Id ? dissolved : x)),
            ["mechanism removed"] = (c => c.Without(mechanism.Id), b => b.Remove(mechanism.Id), c => All(c, k: x => x.Id == mechanism.Id ? null : x)),
            ["source removed"] = (c => c.Without(source.Id), b => b.Remove(source.Id), c => All(c, s: x => x.Id == source.Id ? null : x)),
            ["source replaced"] = (c => c.With(source.WithNumber("999")), b => b.Replace(source.WithNumber("999")), c => All(c, s: x => x.Id == source.Id ? source.WithNumber("999") : x)),
            ["institution added"] = (c => c.With(institution), b => b.AddOrReplace(institution), c => All(c).Add(institution)),
            ["institution removed"] = (c => c.Without(catalog.Institutions[0].Id), b => b.Remove(catalog.Institutions[0].Id), c => All(c, i: x => x.Id == catalog.Institutions[0].Id ? null : x)),
        };
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void An_edit_gives_the_catalog_built_from_the_edited_entities(string edit)
    {
        var catalog = ReferenceCatalog.Default;
        var (apply, onBuilder, expected) = EditsOf(catalog)[edit];
        var rebuilt = expected(catalog).Build();
        AssertSame(rebuilt, apply(catalog));
        AssertSame(rebuilt, onBuilder(catalog.ToBuilder()).Build());
        AssertSame(ReferenceCatalog.Default, catalog);
    }

    [Fact]
    public void A_missing_identifier_is_an_EntityNotFoundException_naming_it()
    {
        var catalog = Consular();
        var missing = MeetingId.Parse("mx-us-consular-dialogue-2030-10");
        var meeting = catalog.Meetings[0].WithId(missing);

        void Check(Type type, string id, Action action)
        {
            var error = Assert.Throws<EntityNotFoundException>(action);
            Assert.Equal(type, error.EntityType);
            Assert.Equal(id, error.Id);
            Assert.Contains($"\"{id}\"", error.Message, StringComparison.Ordinal);
            Assert.IsAssignableFrom<KeyNotFoundException>(error);
        }

        Check(typeof(Meeting), missing.Value, () => catalog.ToBuilder().Replace(meeting));
        Check(typeof(Meeting), missing.Value, () => catalog.ToBuilder().Remove(missing));
        Check(typeof(Meeting), missing.Value, () => catalog.Without(missing));
        Check(typeof(Meeting), missing.Value, () => catalog.GetMeeting(missing));
        Check(typeof(Source), "nowhere", () => catalog.Without(SourceId.Parse("nowhere")));
        Check(typeof(Source), "nowhere", () => catalog.ToBuilder().Remove(SourceId.Parse("nowhere")));
        Check(typeof(Person), "nobody", () => catalog.Without(PersonId.Parse("nobody")));
        Check(typeof(Person), "nobody", () => catalog.ToBuilder().Replace(new Person(PersonId.Parse("nobody"), PersonName.From("No Body"))));
        Check(typeof(Mechanism), "mx-gt-ganseg", () => catalog.Without(MechanismId.Parse("mx-gt-ganseg")));
        Check(typeof(Mechanism), "mx-gt-ganseg", () => catalog.ToBuilder().Remove(MechanismId.Parse("mx-gt-ganseg")));
        Check(typeof(Institution), "mx-sre", () => catalog.Without(InstitutionId.Parse("mx-sre")));
        Check(typeof(Institution), "mx-sre", () => catalog.ToBuilder().Remove(InstitutionId.Parse("mx-sre")));
        Assert.Equal("The catalog has no meeting \"mx-us-consular-dialogue-2030-10\".", Assert.Throws<EntityNotFoundException>(() => catalog.Without(missing)).Message);

        Assert.Throws<ArgumentException>(() => catalog.Without(default(MeetingId)));
        Assert.Throws<ArgumentException>(() => catalog.ToBuilder().Remove(default(PersonId)));
        Assert.Throws<ArgumentNullException>(() => catalog.With((Meeting)null!));
        Assert.Throws<ArgumentNullException>(() => catalog.ToBuilder().AddOrReplace((Source)null!));
    }

    [Fact]
    public void Replacing_an_identifier_used_twice_leaves_one_entity()
    {
        var planned = ConsularAnual2023Planned();
        var twice = new CatalogBuilder().Add(ConsularDialogue()).Add(planned).Add(planned.WithStart(PartialDate.Parse("2023-11")));
        Assert.Contains(Validator.Validate(twice.Build()).Diagnostics, d => d.Id == "COOP1001");
        var held = planned.WithStatus(MeetingStatus.Held);

        var viaCatalog = twice.Build().With(held);
        var viaBuilder = twice.Build().ToBuilder().Replace(held).Build();

        var expected = new CatalogBuilder().Add(ConsularDialogue()).Add(held).Build();
        AssertSame(expected, viaCatalog);
        AssertSame(expected, viaBuilder);
        Assert.DoesNotContain(Validator.Validate(viaCatalog).Diagnostics, d => d.Id == "COOP1001");
        AssertSame(new CatalogBuilder().Add(ConsularDialogue()).Build(), twice.Build().Without(planned.Id));
        AssertSame(new CatalogBuilder().Add(ConsularDialogue()).Build(), twice.Remove(planned.Id).Build());
    }

    [Fact]
    public void Removing_what_others_refer_to_is_allowed_and_reported_by_the_rules()
    {
        var catalog = Consular();
        var without = catalog.Without(ConsularDialogue().Id);
        Assert.Equal(catalog.Meetings.ToArray(), without.Meetings.ToArray());
        Assert.Equal(2, without.MeetingsOf(ConsularDialogue().Id).Length);
        Assert.Contains(Validator.Validate(without).Diagnostics, d => d.Id == "COOP1002");
        Assert.DoesNotContain(Validator.Validate(catalog).Diagnostics, d => d.Id == "COOP1002");

        // A catalog with no people does not check participants (COOP1008): keep another person.
        var noPerson = catalog.With(new Person(PersonId.Parse("daria-darnell"), PersonName.From("Daria Darnell"))).Without(Vanessa);
        Assert.Empty(noPerson.FindPeople(PersonName.From("Vanessa Calva")));
        Assert.Contains(Validator.Validate(noPerson).Diagnostics, d => d.Id == "COOP1008");
    }

    [Fact]
    public void A_builder_from_a_catalog_is_independent_of_it()
    {
        var catalog = Consular();
        var builder = catalog.ToBuilder();
        builder.Remove(PlannedId).Remove(Vanessa);
        Assert.Equal(2, catalog.Meetings.Length);
        Assert.Single(builder.Build().Meetings);
        builder.Add(ConsularAnual2023Planned());
        Assert.Equal(2, builder.Build().Meetings.Length);
        Assert.Empty(builder.Build().People);
        AssertSame(catalog, catalog.ToBuilder().Build());
    }

    // Every collection, look-up, index and query, and the rules engine's report, agree.
    internal static void AssertSame(CooperationCatalog expected, CooperationCatalog actual)
    {
        Assert.Equal(expected.Sources.ToArray(), actual.Sources.ToArray());
        Assert.Equal(expected.Institutions.ToArray(), actual.Institutions.ToArray());
        Assert.Equal(expected.People.ToArray(), actual.People.ToArray());
        Assert.Equal(expected.Mechanisms.ToArray(), actual.Mechanisms.ToArray());
        Assert.Equal(expected.Meetings.ToArray(), actual.Meetings.ToArray());
        Assert.Equal(expected.Countries.ToArray(), actual.Countries.ToArray());

        foreach (var s in expected.Sources.Concat(actual.Sources))
        {
            Assert.Equal(expected.TryGetSource(s.Id, out var e) ? e : null, actual.TryGetSource(s.Id, out var a) ? a : null);
        }

        foreach (var i in expected.Institutions.Concat(actual.Institutions))
        {
            Assert.Equal(expected.TryGetInstitution(i.Id, out var e) ? e : null, actual.TryGetInstitution(i.Id, out var a) ? a : null);
            Assert.Equal(expected.MeetingsWith(i.Id).ToArray(), actual.MeetingsWith(i.Id).ToArray());
        }

        foreach (var p in expected.People.Concat(actual.People))
        {
            Assert.Equal(expected.TryGetPerson(p.Id, out var e) ? e : null, actual.TryGetPerson(p.Id, out var a) ? a : null);
            Assert.Equal(expected.MeetingsWith(p.Id).ToArray(), actual.MeetingsWith(p.Id).ToArray());
            Assert.Equal(expected.PositionsOf(p.Id).ToArray(), actual.PositionsOf(p.Id).ToArray());
            foreach (var name in p.OtherNames.Prepend(p.Name))
            {
                Assert.Equal(expected.FindPeople(name).ToArray(), actual.FindPeople(name).ToArray());
                Assert.Equal(expected.MeetingsWith(name).ToArray(), actual.MeetingsWith(name).ToArray());
            }
        }

        var mechanisms = expected.Mechanisms.Concat(actual.Mechanisms).ToArray();
        foreach (var m in mechanisms)
        {
            Assert.Equal(expected.TryGetMechanism(m.Id, out var e) ? e : null, actual.TryGetMechanism(m.Id, out var a) ? a : null);
        }

        foreach (var party in mechanisms.SelectMany(m => m.Parties).Select(p => p.Party).Distinct())
        {
            Assert.Equal(expected.MechanismsOf(party).ToArray(), actual.MechanismsOf(party).ToArray());
            Assert.Equal(expected.MeetingsAttendedBy(party).ToArray(), actual.MeetingsAttendedBy(party).ToArray());
        }

        foreach (var topic in mechanisms.SelectMany(m => m.Topics).Distinct())
        {
            Assert.Equal(expected.MechanismsWithTopic(topic).ToArray(), actual.MechanismsWithTopic(topic).ToArray());
        }

        foreach (var kind in mechanisms.Select(m => m.Kind).Distinct())
        {
            Assert.Equal(expected.MechanismsOfKind(kind).ToArray(), actual.MechanismsOfKind(kind).ToArray());
        }

        foreach (var status in mechanisms.Select(m => m.Status).Distinct())
        {
            Assert.Equal(expected.MechanismsWithStatus(status).ToArray(), actual.MechanismsWithStatus(status).ToArray());
        }

        var meetings = expected.Meetings.Concat(actual.Meetings).ToArray();
        foreach (var m in meetings)
        {
            Assert.Equal(expected.TryGetMeeting(m.Id, out var e) ? e : null, actual.TryGetMeeting(m.Id, out var a) ? a : null);
        }

        foreach (var id in mechanisms.Select(m => m.Id).Concat(meetings.Where(m => m.Mechanism is not null).Select(m => m.Mechanism!.Value)).Distinct())
        {
            Assert.Equal(expected.MeetingsOf(id).ToArray(), actual.MeetingsOf(id).ToArray());
        }

        var options = ValidationOptions.Default.WithAsOf(new LocalDate(2024, 1, 1));
        Assert.Equal(Validator.Validate(expected, options).Diagnostics.ToArray(), Validator.Validate(actual, options).Diagnostics.ToArray());
    }
}
