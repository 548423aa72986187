// The library from C#: the value types at work on facts from the source documents, and a small catalog
// validated in Spanish. (The README's main job is the `cooperation check` command; CI runs this sample too.)
using System;
using System.Globalization;
using System.Text.Json;
using Cooperation.Domain;

Console.WriteLine("Cooperation.Domain quickstart");
Console.WriteLine();

foreach (var text in new[] { "México", "EE.UU.", "Canadá", "la República Dominicana", "MEX", "340", "Guatemla" })
{
    var lookup = Countries.Find(text);
    Console.WriteLine(lookup.IsFound
        ? $"  {text,-26} -> {lookup.Country.Alpha2} {lookup.Country.Name.Spanish} / {lookup.Country.Name.English}"
        : $"  {text,-26} -> {lookup.Reason}");
}

Console.WriteLine();
var dialogue = MechanismId.Parse("mx-us-consular-dialogue");
var founded = PartialDate.Parse("2013");
var midTerm = PartialDateRange.Parse("2023-04-17/2023-04-21");
Console.WriteLine($"  {dialogue} founded {founded} ({founded.Precision} precision, {founded.Earliest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} to {founded.Latest.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)})");
Console.WriteLine($"  mid-term meeting {midTerm}; after founding? {founded.RelationTo(midTerm.Start)}");
Console.WriteLine($"  the 8ª reunión is the {Ordinal.Parse("8ª").ToEnglish()} meeting; the décima ronda is the {Ordinal.Parse("décima").ToEnglish()} round");
Console.WriteLine($"  is \"2008-07\" before \"2008-07-15\"? {PartialDate.Parse("2008-07").RelationTo(PartialDate.Parse("2008-07-15"))}");

var name = LocalizedText.Create("Diálogo de Alto Nivel sobre Movilidad de Personas", "High-Level Dialogue on Mobility of People");
Console.WriteLine($"  {Acronym.Parse("DANM")}: {JsonSerializer.Serialize(name, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");

if (!Ordinal.TryParse("11st", null, out _))
{
    try
    {
        Ordinal.Parse("11st");
    }
    catch (ValueFormatException error)
    {
        Console.WriteLine($"  {error.Message}");
    }
}

// The rules engine checks a whole catalog: here a bilateral dialogue recorded with a third party, and a meeting
// whose Canadian delegation has two heads.
Console.WriteLine();
var mexicoParty = PartyRef.Parse("MX");
var canada = PartyRef.Parse("CA");
var danm = new Mechanism(
    MechanismId.Parse("mx-ca-danm"), name, MechanismKind.HighLevelDialogue, MechanismScope.Bilateral,
    [new Membership(mexicoParty, ParticipationStatus.Member), new Membership(canada, ParticipationStatus.Member), new Membership(PartyRef.Parse("US"), ParticipationStatus.Member)],
    MechanismStatus.Active, established: PartialDate.Parse("2016-06"));
var ottawa = new Meeting(
    MeetingId.Parse("mx-ca-danm-2017-04-25"), MeetingKind.MidTerm, MeetingStatus.Held, PartialDate.Parse("2017-04-25"), danm.Id,
    venues: [new Venue(CountryCode.Parse("CA"))],
    delegations: [new Delegation(canada, [new Participant(DelegationRole.HeadOfDelegation, PersonName.Parse("Jane Doe")), new Participant(DelegationRole.HeadOfDelegation, PersonName.Parse("John Roe"))])]);
var catalog = new CatalogBuilder().Add(danm).Add(ottawa).Build();
var report = Cooperation.Domain.Rules.Validator.Validate(catalog, Cooperation.Domain.Rules.ValidationOptions.Default.WithLanguage(Language.Spanish));
Console.Write(new Cooperation.Domain.Rules.ReportTextWriter().WriteToString([report]));
