using System;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Cooperation.Domain.Benchmarks;

/// <summary>
/// Reading a 10 MB catalog file and writing it back, against System.Text.Json (de)serializing the same document into
/// plain DTOs with primitive fields (<see cref="CatalogDto"/>). Goal: at most 1.3x the time and 1.2x the allocations.
/// </summary>
[MemoryDiagnoser]
public class CatalogJsonBenchmarks
{
    // The DTOs must see every member: unmapped members would let the baseline skip work.
    private static readonly JsonSerializerOptions DtoOptions = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    };

    private byte[] _document = [];

    /// <summary>The document's size in bytes, for the report.</summary>
    public int DocumentBytes => _document.Length;

    [GlobalSetup]
    public void Setup()
    {
        _document = CooperationJson.WriteCatalog(SyntheticCatalog(meetings: 3300));
        Console.WriteLine($"// catalog document: {_document.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int DtoReadAndWrite()
    {
        var dto = JsonSerializer.Deserialize<CatalogDto>(_document, DtoOptions)!;
        return JsonSerializer.SerializeToUtf8Bytes(dto, DtoOptions).Length;
    }

    [Benchmark]
    public int CatalogReadAndWrite()
    {
        var catalog = CooperationJson.ReadCatalog(_document);
        return CooperationJson.WriteCatalog(catalog).Length;
    }

    [Benchmark]
    public int DtoRead() => JsonSerializer.Deserialize<CatalogDto>(_document, DtoOptions)!.Meetings!.Count;

    [Benchmark]
    public int CatalogRead() => CooperationJson.ReadCatalog(_document).Meetings.Length;

    /// <summary>A deterministic catalog shaped like the reference data: bilingual names, delegations, outcomes.</summary>
    internal static CooperationCatalog SyntheticCatalog(int meetings)
    {
        var random = new Random(42);
        string[] codes = ["MX", "CA", "US", "GT", "HN", "SV", "BZ", "PA", "CO", "DO", "CR", "NI"];
        string[] people = ["Vanessa Calva Ruiz", "Rosa Icela Rodríguez Velázquez", "Mauricio Ibarra Ponce de León", "Daria Darnell", "Rocío González Higuera", "Luis Rodríguez Bucio"];
        LocalizedText Text(int i) => LocalizedText.Create($"Reunión de seguimiento número {i} sobre movilidad y protección consular", $"Follow-up meeting number {i} on mobility and consular protection");
        var builder = new CatalogBuilder();
        for (var i = 0; i < 200; i++)
        {
            builder.Add(new Source(SourceId.Parse($"source-{i}"), Text(i), LocalizedText.FromSpanish("Secretaría de Relaciones Exteriores"), PartialDate.FromDate(2000 + (i % 25), 1 + (i % 12), 1 + (i % 28)),
                Language.Spanish, SourceKind.PressRelease, new Uri($"https://www.gob.mx/sre/prensa/comunicado-{i}")));
        }

        for (var i = 0; i < 300; i++)
        {
            builder.Add(new Institution(InstitutionId.Parse($"inst-{i}"), LocalizedText.Create($"Dirección General de Protección Consular {i}", $"Directorate-General for Consular Protection {i}"),
                InstitutionKind.Unit, CountryCode.Parse(codes[i % codes.Length]), Acronym.Parse($"DGPC{i}")));
        }

        for (var i = 0; i < 1000; i++)
        {
            builder.Add(new Mechanism(MechanismId.Parse($"mechanism-{i}"), Text(i), MechanismKind.HighLevelDialogue, MechanismScope.Bilateral,
                [new Membership(PartyRef.Parse("MX"), ParticipationStatus.Member), new Membership(PartyRef.Parse(codes[1 + (i % (codes.Length - 1))]), ParticipationStatus.Member)],
                MechanismStatus.Active, [Topic.Migration, Topic.ConsularAffairs], Acronym.Parse("DANM"), established: PartialDate.FromYear(2000 + (i % 20)),
                cadence: Cadence.Annual(10, 4, Period.FromMonths(1)), citations: [SourceId.Parse($"source-{i % 200}")]));
        }

        for (var i = 0; i < meetings; i++)
        {
            var start = new LocalDate(2000 + (i % 25), 1 + (i % 12), 1 + (i % 20));
            builder.Add(new Meeting(MeetingId.Parse($"meeting-{i}"), MeetingKind.Ordinary, MeetingStatus.Held, PartialDate.FromLocalDate(start),
                MechanismId.Parse($"mechanism-{i % 1000}"), ordinal: Ordinal.FromInt32(1 + (i % 30)), end: PartialDate.FromLocalDate(start.PlusDays(2)),
                venues: [new Venue(CountryCode.Parse(codes[i % codes.Length]), LocalizedText.FromSpanish("Ciudad de México"))],
                delegations:
                [
                    .. new[] { "MX", codes[1 + (i % (codes.Length - 1))] }.Select(code => new Delegation(PartyRef.Parse(code),
                    [
                        .. Enumerable.Range(0, 3).Select(k => new Participant(k == 0 ? DelegationRole.HeadOfDelegation : DelegationRole.Member, PersonName.From(people[(i + k) % people.Length]),
                            InstitutionId.Parse($"inst-{(i + k) % 300}"), LocalizedText.FromSpanish("directora general de Protección Consular y Planeación Estratégica"))),
                    ])),
                ],
                topics: [Topic.ConsularAffairs, Topic.LabourMobility],
                outcomes: [new Commitment(LocalizedText.Create("Fortalecer la cooperación en asistencia y protección consular", "Strengthen cooperation on consular assistance and protection"), CommitmentKind.Agreement, CommitmentStatus.Agreed, random.Next(1, 30))],
                citations: [SourceId.Parse($"source-{i % 200}")]));
        }

        return builder.Build();
    }
}
