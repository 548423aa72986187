using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using NodaTime;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>One change to the clean catalog, and what a rule should say about it.</summary>
/// <param name="Id">The rule.</param>
/// <param name="Name">What the case does, in a few words (also the docs' example).</param>
/// <param name="Path">The path the diagnostic must name; null for a case the rule must stay silent on.</param>
/// <param name="Mutate">The change.</param>
/// <param name="AsOf">The as-of date, when not the fixture's.</param>
public sealed record RuleCase(string Id, string Name, string? Path, Action<JsonObject> Mutate, LocalDate? AsOf = null)
{
    public override string ToString() => $"{Id}: {Name}";
}

/// <summary>The trigger and near-miss cases of every built-in rule.</summary>
public static class RuleCases
{
    private static JsonObject Mechanism(JsonObject tree, string id) => Entity(tree, "mechanisms", id);

    private static JsonObject Meeting(JsonObject tree, string id) => Entity(tree, "meetings", id);

    private static JsonObject Institution(JsonObject tree, string id) => Entity(tree, "institutions", id);

    private static JsonNode Json(string json) => JsonNode.Parse(json)!;

    private static JsonObject Delegation(JsonObject tree, string meeting, string party)
        => Meeting(tree, meeting)["delegations"]!.AsArray().Single(d => (string?)d!["party"] == party)!.AsObject();

    private static JsonObject Participant(JsonObject tree, string meeting, string party, int index)
        => Delegation(tree, meeting, party)["participants"]![index]!.AsObject();

    private static JsonObject Party(JsonObject tree, string mechanism, string party)
        => Mechanism(tree, mechanism)["parties"]!.AsArray().Single(d => (string?)d!["party"] == party)!.AsObject();

    private static void Remove(JsonObject tree, string collection, string id)
    {
        var array = tree[collection]!.AsArray();
        array.Remove(array.Single(e => (string?)e!["id"] == id));
    }

    private static void AddCopy(JsonObject tree, string collection, string id, string newId, Action<JsonObject>? change = null)
    {
        var copy = Entity(tree, collection, id).DeepClone().AsObject();
        copy["id"] = newId;
        change?.Invoke(copy);
        tree[collection]!.AsArray().Add(copy);
    }

    public static readonly RuleCase[] Triggers =
    [
        new("COOP1001", "a second mechanism with the identifier mx-ca-talks-wg", "mechanisms[mx-ca-talks-wg]", t => AddCopy(t, "mechanisms", "mx-ca-talks-wg", "mx-ca-talks-wg")),
        new("COOP1002", "a meeting of the mechanism mx-ca-nope, which the catalog does not have", "meetings[talks-2].mechanism", t => Meeting(t, "talks-2")["mechanism"] = "mx-ca-nope"),
        new("COOP1002", "a working group whose parent mechanism is missing", "mechanisms[mx-ca-talks-wg].parent", t => Mechanism(t, "mx-ca-talks-wg")["parent"] = "nope"),
        new("COOP1003", "a participant from the institution ca-nope, which the catalog does not have", "meetings[talks-1].delegations[CA].participants[0]", t => Delegation(t, "talks-1", "CA")["participants"]![0]!["institution"] = "ca-nope"),
        new("COOP1003", "an agency whose parent ministry is missing", "institutions[mx-inm].parent", t => Institution(t, "mx-inm")["parent"] = "mx-nope"),
        new("COOP1003", "an organization party that is not in the catalog", "mechanisms[crm].parties[int-unhcr]", t => Mechanism(t, "crm")["parties"]!.AsArray().Add(Json("""{ "party": "int-unhcr", "status": "observer" }"""))),
        new("COOP1004", "a mechanism citing the source s-nope, which the catalog does not have", "mechanisms[crm].citations[s-nope]", t => Mechanism(t, "crm")["citations"]!.AsArray().Add(Json("""{ "source": "s-nope" }"""))),
        new("COOP1004", "a participant quoting the source s-nope", "meetings[talks-1].delegations[MX].participants[0].citations[s-nope]", t => Participant(t, "talks-1", "MX", 0)["citations"]!.AsArray().Add(Json("""{ "source": "s-nope", "quote": "Ana" }"""))),
        new("COOP1001", "a second outcome with the identifier crm-training", "meetings[ministerial-2010].outcomes[crm-training]", t => Meeting(t, "ministerial-2010")["outcomes"]![0]!["id"] = "crm-training"),
        new("COOP1008", "a participant who refers to the person ana-dos, whom the catalog does not have", "meetings[talks-1].delegations[MX].participants[0].personId", t => Participant(t, "talks-1", "MX", 0)["personId"] = "ana-dos"),
        new("COOP1008", "a statement by the person nadie, whom the catalog does not have", "meetings[talks-1].statements[0].speaker", t => Meeting(t, "talks-1")["statements"]![0]!["speaker"] = "nadie"),
        new("COOP1009", "a second person spelled ANA UNO", "people[ana-zeta]", t => t["people"]!.AsArray().Add(Json("""{ "id": "ana-zeta", "name": "ANA UNO" }"""))),
        new("COOP1010", "an outcome that follows up the outcome nope, which no outcome is", "mechanisms[crm].outcomes[0].followsUp", t => Mechanism(t, "crm")["outcomes"]![0]!["followsUp"]!.AsArray().Add("nope")),
        new("COOP1011", "a meeting that is part of itself", "meetings[talks-1].relations[1]", t => Meeting(t, "talks-1")["relations"]!.AsArray().Add(Json("""{ "kind": "part-of", "meeting": "talks-1" }"""))),
        new("COOP1011", "an outcome that follows itself up", "mechanisms[crm].outcomes[0].followsUp", t => Mechanism(t, "crm")["outcomes"]![0]!["followsUp"]!.AsArray().Add("crm-training")),
        new("COOP1012", "a meeting that is part of the meeting visit-nope, which the catalog does not have", "meetings[talks-1].relations[1]", t => Meeting(t, "talks-1")["relations"]!.AsArray().Add(Json("""{ "kind": "part-of", "meeting": "visit-nope" }"""))),
        new("COOP1012", "a presentation given at the meeting seminar-nope", "sources[s-old].presentedAt", t => Entity(t, "sources", "s-old")["presentedAt"] = "seminar-nope"),
        new("COOP1002", "a meeting that discussed the work of the mechanism mx-nope", "meetings[talks-1].relations[1]", t => Meeting(t, "talks-1")["relations"]!.AsArray().Add(Json("""{ "kind": "discussed", "mechanism": "mx-nope" }"""))),
        new("COOP1003", "an outcome supported by the institution int-nope", "mechanisms[crm].outcomes[0].institutions", t => Mechanism(t, "crm")["outcomes"]![0]!["institutions"]!.AsArray().Add(Json("""{ "institution": "int-nope", "part": "supporter" }"""))),
        new("COOP1005", "GANSEG follows GANSEF, which follows the working group, which follows GANSEG", "mechanisms[mx-ca-talks-wg].predecessor", t =>
        {
            Mechanism(t, "mx-gt-gansef")["predecessor"] = "mx-ca-talks-wg";
            Mechanism(t, "mx-ca-talks-wg")["predecessor"] = "mx-gt-ganseg";
        }),
        new("COOP1006", "the ministry's parent is its own agency", "institutions[mx-inm].parent", t => Institution(t, "mx-segob")["parent"] = "mx-inm"),
        new("COOP1007", "GANSEF names GANSEG as its successor, but GANSEG names no predecessor", "mechanisms[mx-gt-gansef].successor", t => Mechanism(t, "mx-gt-ganseg").Remove("predecessor")),
        new("COOP2001", "the bilateral talks list the United States as a third member", "mechanisms[mx-ca-talks].parties", t => Mechanism(t, "mx-ca-talks")["parties"]!.AsArray().Add(Json("""{ "party": "US", "status": "member" }"""))),
        new("COOP2001", "a bilateral mechanism with an observer", "mechanisms[mx-ca-talks].parties", t => Party(t, "mx-ca-talks", "CA")["status"] = "observer"),
        new("COOP2002", "a unilateral mechanism with two parties", "mechanisms[mx-ca-talks-wg].parties", t => Mechanism(t, "mx-ca-talks-wg")["scope"] = "unilateral"),
        new("COOP2003", "a regional conference with two members and an observer", "mechanisms[crm].parties", t =>
        {
            var parties = Mechanism(t, "crm")["parties"]!.AsArray();
            foreach (var p in parties.Where(p => (string?)p!["party"] is "CA" or "GT" or "HN").ToList())
            {
                parties.Remove(p);
            }

            Mechanism(t, "crm").Remove("presidencies");
        }),
        new("COOP2004", "Mexico takes part in the conference since 1990, but it was established in 1996", "mechanisms[crm].parties[MX]", t => Party(t, "crm", "MX")["since"] = "1990"),
        new("COOP2005", "a commitment of the conference names Belize, which is not a party", "mechanisms[crm].outcomes[0]", t => Mechanism(t, "crm")["outcomes"]![0]!["parties"]!.AsArray().Add("BZ")),
        new("COOP2005", "a commitment of a meeting names the United States, which sent no delegation", "meetings[ministerial-2010].outcomes[0]", t => Meeting(t, "ministerial-2010")["outcomes"]![0]!["parties"]!.AsArray().Add("US")),
        new("COOP3001", "the 3rd meeting ends on 20 April but starts on 26 April", "meetings[talks-3].end", t => Meeting(t, "talks-3")["end"] = "2021-04-20"),
        new("COOP3001", "Mexico's participation ends in 1990 but began in 1996", "mechanisms[crm].parties[MX]", t => Party(t, "crm", "MX")["until"] = "1990"),
        new("COOP3001", "GANSEF dissolved in 2001, before it was established in 2002", "mechanisms[mx-gt-gansef].dissolved", t => Mechanism(t, "mx-gt-gansef")["dissolved"] = "2001"),
        new("COOP3002", "the 1st meeting in 2017, before the talks were established in 2018", "meetings[talks-1].start", t => Meeting(t, "talks-1")["start"] = "2017-04-10"),
        new("COOP3003", "a GANSEF meeting in 2009, after it was dissolved in July 2008", "meetings[gansef-2005].start", t => Meeting(t, "gansef-2005")["start"] = "2009-01-10"),
        new("COOP3004", "the 4th meeting marked held on 1 July 2022, validated as of 1 June 2022", "meetings[talks-4].status", t => Meeting(t, "talks-4")["start"] = "2022-07-01"),
        new("COOP3005", "a meeting planned for January 2022 still planned on 1 June 2022", "meetings[talks-5].status", t => Meeting(t, "talks-5")["start"] = "2022-01"),
        new("COOP3006", "an annual mechanism last met in April 2022, validated as of 15 June 2023", "mechanisms[mx-ca-talks].cadence", t => { }, new LocalDate(2023, 6, 15)),
        new("COOP3007", "an annual mechanism last met in April 2022, validated as of 15 June 2024", "mechanisms[mx-ca-talks].cadence", t => { }, new LocalDate(2024, 6, 15)),
        new("COOP3008", "a mid-term meeting in October 2018, before the 1st ordinary meeting", "meetings[talks-mid-2018]", t => AddCopy(t, "meetings", "talks-mid-2019", "talks-mid-2018", m => m["start"] = "2018-10-01")),
        new("COOP3008", "two mid-term meetings with no ordinary meeting between them", "meetings[talks-mid-2019b]", t => AddCopy(t, "meetings", "talks-mid-2019", "talks-mid-2019b", m => m["start"] = "2019-12-01")),
        new("COOP3009", "the active GANSEG has a dissolution date", "mechanisms[mx-gt-ganseg].status", t => Mechanism(t, "mx-gt-ganseg")["dissolved"] = "2015"),
        new("COOP4001", "the 3rd meeting is numbered 2, like the meeting before it", "meetings[talks-3].ordinal", t => Meeting(t, "talks-3")["ordinal"] = 2),
        new("COOP4002", "the 2nd and 4th meetings' numbers are swapped", "meetings[talks-3].ordinal", t =>
        {
            Meeting(t, "talks-2")["ordinal"] = 4;
            Meeting(t, "talks-4")["ordinal"] = 2;
        }),
        new("COOP4002", "the 3rd meeting (February 2020) is before the 1st (April 2019 moved to May 2020), with the 2nd dated only by its year", "meetings[talks-3].ordinal", t =>
        {
            Meeting(t, "talks-1")["start"] = "2020-05-01";
            Meeting(t, "talks-2")["start"] = "2020";
            Meeting(t, "talks-3")["start"] = "2020-02-01";
            Meeting(t, "talks-3").Remove("end");
        }),
        new("COOP4003", "the catalog has the 1st and 3rd meetings but not the 2nd", "meetings[talks-3].ordinal", t => Remove(t, "meetings", "talks-2")),
        new("COOP4004", "a Mexico-Canada meeting held in the United States", "meetings[talks-1].venues[0]", t => Meeting(t, "talks-1")["venues"]![0]!["country"] = "US"),
        new("COOP4005", "the 2nd meeting entered twice, the copy without its number", "meetings[talks-2]", t => AddCopy(t, "meetings", "talks-2", "talks-2-bis", m => m.Remove("ordinal"))),
        new("COOP5001", "Canada's delegation without a head", "meetings[talks-1].delegations[CA]", t => Delegation(t, "talks-1", "CA")["participants"]![0]!["role"] = "member"),
        new("COOP5002", "Canada's delegation with two heads", "meetings[talks-1].delegations[CA]", t => Delegation(t, "talks-1", "CA")["participants"]![1]!["role"] = "head-of-delegation"),
        new("COOP5003", "Belize sends a delegation to a conference it is not part of", "meetings[crm-2021-11].delegations[BZ]", t => Meeting(t, "crm-2021-11")["delegations"]!.AsArray().Add(Json("""{ "party": "BZ", "participants": [ { "role": "head-of-delegation", "person": "Fer Seis" } ] }"""))),
        new("COOP5004", "Ana Uno listed twice in Mexico's delegation", "meetings[talks-1].delegations[MX].participants[2]", t => Delegation(t, "talks-1", "MX")["participants"]!.AsArray().Add(Json("""{ "role": "member", "person": "Ana Uno" }"""))),
        new("COOP5005", "Canada's head of delegation from Mexico's foreign ministry", "meetings[talks-1].delegations[CA].participants[0]", t => Delegation(t, "talks-1", "CA")["participants"]![0]!["institution"] = "mx-sre"),
        new("COOP5007", "a statement by Eva Cinco, who is in no delegation of the meeting under her identifier", "meetings[talks-1].statements[0]", t =>
        {
            t["people"]!.AsArray().Add(Json("""{ "id": "eva-cinco", "name": "Eva Cinco" }"""));
            Meeting(t, "talks-1")["statements"]![0]!["speaker"] = "eva-cinco";
        }),
        new("COOP5008", "a participant written Ana Una, a spelling the person ana-uno does not record", "meetings[talks-1].delegations[MX].participants[0]", t => Participant(t, "talks-1", "MX", 0)["person"] = "Ana Una"),
        new("COOP5006", "Ana Uno in both Mexico's and Canada's delegations", "meetings[talks-1].delegations[CA].participants[2]", t => Delegation(t, "talks-1", "CA")["participants"]!.AsArray().Add(Json("""{ "role": "member", "person": "Ana Uno" }"""))),
        new("COOP6001", "Guatemala's term starts in June 2021, during Mexico's", "mechanisms[crm].presidencies[1]", t => Mechanism(t, "crm")["presidencies"]![1]!["term"] = "2021-06/2022-06"),
        new("COOP6002", "the IOM, an observer, holds the presidency", "mechanisms[crm].presidencies[2]", t => Mechanism(t, "crm")["presidencies"]!.AsArray().Add(Json("""{ "holder": "int-iom", "term": "2022-12/2023-12" }"""))),
        new("COOP6002", "Belize, not a party, holds the presidency", "mechanisms[crm].presidencies[2]", t => Mechanism(t, "crm")["presidencies"]!.AsArray().Add(Json("""{ "holder": "BZ", "term": "2022-12/2023-12" }"""))),
        new("COOP6003", "Guatemala's term starts in March 2022, three months after Mexico's ended", "mechanisms[crm].presidencies[0]", t => Mechanism(t, "crm")["presidencies"]![1]!["term"] = "2022-03/2022-12"),
        new("COOP6004", "a presidency in 1990, before the conference was established in 1996", "mechanisms[crm].presidencies[0]", t => Mechanism(t, "crm")["presidencies"]![0]!["term"] = "1990/1991"),
        new("COOP7001", "the 2nd meeting is held but cites no source", "meetings[talks-2].citations", t => Meeting(t, "talks-2").Remove("citations")),
        new("COOP7002", "GANSEG cites no source", "mechanisms[mx-gt-ganseg].citations", t => Mechanism(t, "mx-gt-ganseg").Remove("citations")),
        new("COOP7003", "an institution named only in English", "institutions[ca-gac].name", t => Institution(t, "ca-gac")["name"] = Json("""{ "en": "Global Affairs Canada" }""")),
        new("COOP7003", "a meeting titled only in Spanish", "meetings[ministerial-2010].title", t => Meeting(t, "ministerial-2010")["title"] = Json("""{ "es": "Reunión Ministerial" }""")),
        new("COOP7004", "the 4th meeting (28 April) cites a communiqué of 25 April as its report", "meetings[talks-4].citations[s-talks-2022]", t => Meeting(t, "talks-4")["start"] = "2022-04-28"),
        new("COOP7006", "a statement quoting words its source does not have", "meetings[talks-1].statements[0].citations[s-talks-2022]", t => Meeting(t, "talks-1")["statements"]![0]!["citations"]![0]!["quote"] = "afirmó que todo avanza"),
        new("COOP7006", "a person quoted in the wrong case", "people[ana-uno].citations[s-talks-2022]", t => Entity(t, "people", "ana-uno")["citations"]![0]!["quote"] = "ana uno, de la SRE"),
        new("COOP7007", "a quoted source whose archived file is missing", "sources[s-talks-2022].archive", t => Entity(t, "sources", "s-talks-2022")["archive"]!["file"] = "missing.txt"),
        new("COOP7007", "a quoted source that names no archived copy", "sources[s-talks-2022]", t => Entity(t, "sources", "s-talks-2022").Remove("archive")),
        new("COOP7008", "an archived copy recorded with another hash", "sources[s-talks-2022].archive", t => Entity(t, "sources", "s-talks-2022")["archive"]!["sha256"] = new string('0', 64)),
        new("COOP8001", "a suppression of COOP5001 on a meeting whose delegations all have a head", "meetings[talks-1].suppressions[0]", t => Meeting(t, "talks-1")["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "Thought to have no head." }]""")),
        new("COOP8002", "a suppression of COOP9999, which no rule has", "meetings[talks-1].suppressions[0]", t => Meeting(t, "talks-1")["suppressions"] = Json("""[{ "rule": "COOP9999", "justification": "A typo." }]""")),
        new("COOP7005", "a source that nothing cites", "sources[s-unused]", t => t["sources"]!.AsArray().Add(Json("""{ "id": "s-unused", "title": { "es": "Nota" }, "publisher": { "es": "SRE" }, "date": "2020", "language": "es", "kind": "press-release" }"""))),
    ];

    public static readonly RuleCase[] NearMisses =
    [
        new("COOP8001", "a suppression of a time-dependent rule (COOP3005) on a meeting it does not concern on this day", null, t => Meeting(t, "talks-1")["suppressions"] = Json("""[{ "rule": "COOP3005", "justification": "May be long past some day." }]""")),
        new("COOP8001", "a suppression that accepts the finding it names", null, t =>
        {
            Meeting(t, "talks-1")["delegations"]![0]!["participants"]![0]!["role"] = "member";
            Meeting(t, "talks-1")["delegations"]![0]!["participants"]!.AsArray().Where(p => (string?)p!["role"] is "head" or "co-chair").ToList().ForEach(p => p!["role"] = "member");
            Meeting(t, "talks-1")["suppressions"] = Json("""[{ "rule": "COOP5001", "justification": "The source names no head." }]""");
        }),
        new("COOP8002", "a suppression of a built-in rule", null, t => Meeting(t, "talks-1")["suppressions"] = Json("""[{ "rule": "COOP7003", "justification": "Known." }]""")),
        new("COOP1001", "a source and a mechanism may share an identifier: they are different kinds", null, t => t["sources"]!.AsArray().Add(Json("""{ "id": "crm", "title": { "es": "Nota" }, "publisher": { "es": "SRE" }, "date": "2021-12-20", "language": "es", "kind": "press-release" }"""))),
        new("COOP2003", "three members and an observer are enough", null, t =>
        {
            var parties = Mechanism(t, "crm")["parties"]!.AsArray();
            foreach (var p in parties.Where(p => (string?)p!["party"] is "CA" or "HN").ToList())
            {
                parties.Remove(p);
            }
        }),
        new("COOP3001", "an end given by month that contains the start is not before it", null, t => Meeting(t, "talks-3")["end"] = "2021-04"),
        new("COOP3004", "a meeting held on the as-of day itself", null, t => Meeting(t, "talks-4")["start"] = "2022-06-01"),
        new("COOP3005", "a planned meeting less than 90 days past", null, t => Meeting(t, "talks-5")["start"] = "2022-04"),
        new("COOP3005", "a meeting planned for the last month of the calendar", null, t => Meeting(t, "talks-5")["start"] = "9999-12"),
        new("COOP6003", "a term running to the end of the calendar, followed by another", null, t => Mechanism(t, "crm")["presidencies"]![1]!["term"] = "2021-12/9999-12"),
        new("COOP3006", "a late mechanism with its next meeting planned is not reported", null, t => Meeting(t, "talks-5")["start"] = "2023-09", new LocalDate(2023, 6, 15)),
        new("COOP3006", "a mechanism recorded as dormant is not reported as overdue", null, t => Mechanism(t, "mx-ca-talks")["status"] = "dormant", new LocalDate(2023, 6, 15)),
        new("COOP3008", "a mid-term meeting after an ordinary one", null, t => { }),
        new("COOP4002", "meetings whose dates overlap (a month and a day in it) are not out of order", null, t => Meeting(t, "talks-4")["start"] = "2022-04"),
        new("COOP4003", "a series may begin at any number: the catalog need not hold the 1st meeting", null, t => Remove(t, "meetings", "talks-1")),
        new("COOP5001", "a delegation whose participants are not named is not reported", null, t => Delegation(t, "talks-1", "CA").Remove("participants")),
        new("COOP5003", "an observer organization's delegation is expected", null, t => { }),
        new("COOP5004", "namesakes with different person identifiers are different people", null, t => Delegation(t, "talks-1", "MX")["participants"]!.AsArray().Add(Json("""{ "role": "member", "person": "Ana Uno", "personId": "ana-uno-2" }"""))),
        new("COOP6001", "a handover within the same month is not an overlap", null, t => { }),
        new("COOP6003", "a term ending in November followed by one starting in December leaves no gap", null, t => Mechanism(t, "crm")["presidencies"]![0]!["term"] = "2020-12/2021-11"),
        new("COOP7004", "a source dated during a meeting's month may report it", null, t => Meeting(t, "talks-4")["start"] = "2022-04"),
        new("COOP1008", "a catalog that records no people uses person identifiers as labels", null, t =>
        {
            t.Remove("people");
            Meeting(t, "talks-1").Remove("statements");
        }),
        new("COOP5008", "a participant written with a spelling the person records as another name", null, t => Participant(t, "talks-1", "MX", 0)["person"] = "Ana Uno Uno"),
        new("COOP7006", "a quote with other white space and in decomposed form is found", null, t => Meeting(t, "talks-1")["statements"]![0]!["citations"]![0]!["quote"] = "afirmo\u0301  que la cooperación   avanza"),
        new("COOP7006", "a quote whose archived copy is unavailable is COOP7007's to report, not a quote not found", null, t => Entity(t, "sources", "s-talks-2022")["archive"]!["file"] = "missing.txt"),
        new("COOP2003", "a multilateral mechanism with members the sources do not name is not counted", null, t =>
        {
            var crm = Mechanism(t, "crm");
            crm["parties"] = Json("""[ { "party": "MX", "status": "member", "since": "1996" }, { "party": "int-iom", "status": "observer" } ]""");
            crm["presidencies"] = Json("""[ { "holder": "MX", "term": "2020-12/2021-12" } ]""");
            crm["unlistedParties"] = Json("""[ "member" ]""");
        }),
    ];

    public static IEnumerable<object[]> TriggerNames() => Triggers.Select(c => new object[] { c.ToString() });

    public static IEnumerable<object[]> NearMissNames() => NearMisses.Select(c => new object[] { c.ToString() });
}
