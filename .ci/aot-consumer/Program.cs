// A service's use of the package, as a native binary: an async read from a stream that refuses synchronous I/O,
// validation, an edit, canonical JSON written and read back, the consumer's own source-generated JSON of model
// values, every vocabulary's values (which the library finds by reflection on their fields), and a file read through
// the library's opener (its calls of the C library).
using System.Text.Json;
using System.Text.Json.Serialization;
using Cooperation.Domain;
using Cooperation.Domain.Rules;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: AotConsumer CATALOG.json OUTPUT.json");
    return 2;
}

var failures = 0;
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok" : "FAILED")}: {what}");
    failures += condition ? 0 : 1;
}

// 1. Asynchronous read, one entity at a time, from a stream like an ASP.NET Core request body.
CooperationCatalog catalog;
await using (var file = File.OpenRead(args[0]))
{
    catalog = await CooperationJson.ReadCatalogAsync(new AsyncOnlyStream(file), CancellationToken.None);
}

Check(catalog.Meetings.Length == ReferenceCatalog.Default.Meetings.Length && catalog.Mechanisms.Length == ReferenceCatalog.Default.Mechanisms.Length,
    $"async read: {catalog.Mechanisms.Length} mechanisms, {catalog.Meetings.Length} meetings, as the embedded catalog");

// 2. Validation, with the rules that did not run named.
var report = Validator.Validate(catalog, ValidationOptions.Default.WithAsOf(new NodaTime.LocalDate(2026, 11, 27)));
Check(!report.HasErrors, $"validation: {report.Summary}");
Check(report.RulesNotRun.Select(r => r.Id).SequenceEqual(["COOP7006", "COOP7007", "COOP7008"]), "rules not run: " + string.Join(", ", report.RulesNotRun.Select(r => r.Id)));

// 3. An edit: a planned meeting marked as held, seen by the catalog's look-ups.
var planned = catalog.Meetings.First(m => m.Status == MeetingStatus.Planned);
var edited = catalog.With(planned.WithStatus(MeetingStatus.Held));
Check(edited.GetMeeting(planned.Id).Status == MeetingStatus.Held && edited.Meetings.Length == catalog.Meetings.Length, $"edit: {planned.Id} held");

// 4. Canonical JSON, written and read back to the same bytes.
var bytes = CooperationJson.WriteCatalog(edited);
File.WriteAllBytes(args[1], bytes);
Check(CooperationJson.WriteCatalog(CooperationJson.ReadCatalog(bytes)).AsSpan().SequenceEqual(bytes), $"canonical JSON: {bytes.Length} bytes, read back equal");

// 5. The consumer's own source-generated context, holding model values.
var visit = new Visit(CountryCode.Parse("MX"), PartialDate.Parse("2017-04-25"), Ordinal.FromInt32(3), MeetingStatus.Held, planned);
var json = JsonSerializer.Serialize(visit, AppJson.Default.Visit);
var back = JsonSerializer.Deserialize(json, AppJson.Default.Visit)!;
Check(json.StartsWith("{\"country\":\"MX\",\"when\":\"2017-04-25\",\"number\":3,\"status\":\"held\",\"meeting\":{", StringComparison.Ordinal)
    && back.Country == visit.Country && back.When == visit.When && back.Number == visit.Number && back.Status == visit.Status && back.Meeting.Id == planned.Id,
    "source-generated JSON: " + json[..Math.Min(json.Length, 72)] + "…");
try
{
    JsonSerializer.Deserialize(json.Replace("\"MX\"", "\"XX\"", StringComparison.Ordinal), AppJson.Default.Visit);
    Check(false, "a bad country code is an error");
}
catch (JsonException e)
{
    Check(e.Path == "$.country", $"a bad country code is an error at {e.Path}");
}

// 6. Vocabularies: their values are found by reflection on their fields, which the native binary must keep.
Check(MeetingStatus.All.Length >= 4 && MeetingStatus.Parse("held", null) == MeetingStatus.Held && Topic.All.Length > 5 && DelegationRole.All.Length > 3,
    $"vocabularies: {MeetingStatus.All.Length} meeting statuses, {Topic.All.Length} topics, {DelegationRole.All.Length} delegation roles");

// SmartEnum's own look-ups, which scan the assembly's types (the IL2104 of Ardalis.SmartEnum): they still find every value.
Check(Ardalis.SmartEnum.SmartEnum<MeetingStatus>.List.Count == MeetingStatus.All.Length && Ardalis.SmartEnum.SmartEnum<MeetingStatus>.FromName("held") == MeetingStatus.Held,
    $"SmartEnum look-ups: {Ardalis.SmartEnum.SmartEnum<MeetingStatus>.List.Count} meeting statuses");

// 7. A file read through the library's opener, whose calls of the C library (open without waiting, statx of the handle
//    opened) the native binary must resolve: the catalog and the line of an entity, read again; a link to /dev/zero
//    refused at the read limit instead of read without end.
foreach (var (passed, what) in OpenerChecks.Run(args[0], catalog.Meetings.Length))
{
    Check(passed, what);
}

Console.WriteLine(failures == 0 ? "native consumer: all checks passed" : $"native consumer: {failures} checks failed");
return failures == 0 ? 0 : 1;

/// <summary>A service's record with model values.</summary>
internal sealed record Visit(CountryCode Country, PartialDate When, Ordinal Number, MeetingStatus Status, Meeting Meeting);

/// <summary>The service's own context, with the web defaults.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(Visit))]
internal sealed partial class AppJson : JsonSerializerContext;

/// <summary>A stream that refuses synchronous reads, as Kestrel's request body does by default.</summary>
internal sealed class AsyncOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
    public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>Step 7: files read through the library's opener.</summary>
internal static class OpenerChecks
{
    public static List<(bool Passed, string What)> Run(string path, int meetings)
    {
        var results = new List<(bool, string)>();
        var loaded = CatalogDocument.Load(path);
        var subject = "mechanisms[" + loaded.Catalog.Mechanisms[0].Id + "]";
        var line = loaded.LineOf(subject);
        results.Add((loaded.Catalog.Meetings.Length == meetings && line > 1, "a file through the opener: " + subject + " on line " + line));
        if (!OperatingSystem.IsLinux())
        {
            return results;
        }

        var zero = Path.Combine(Path.GetTempPath(), "aot-zero-" + Guid.NewGuid().ToString("N") + ".json");
        File.CreateSymbolicLink(zero, "/dev/zero");
        try
        {
            CatalogDocument.Load(zero, maxBytes: 1 << 20);
            results.Add((false, "a link to /dev/zero is refused"));
        }
        catch (CooperationJsonException e)
        {
            results.Add((e.Message.Contains("the limit is 1048576 bytes", StringComparison.Ordinal), "a link to /dev/zero is refused at the limit"));
        }
        finally
        {
            File.Delete(zero);
        }

        return results;
    }
}
