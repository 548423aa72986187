using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Output;
using Cooperation.Cli.Terminal;
using Cooperation.Domain;
using NodaTime;

namespace Cooperation.Cli.Commands;

/// <summary><c>cooperation list mechanisms|meetings|institutions|countries</c>, with filters.</summary>
internal static class ListCommand
{
    // Every filter of some listing, with the listings it applies to; given to another listing, it is an argument error.
    private static readonly (string Name, string[] Aliases, bool Flag, string[] Listings)[] Filters =
    [
        ("--country", [], false, ["mechanisms", "meetings", "institutions"]),
        ("--topic", [], false, ["mechanisms", "meetings"]),
        ("--kind", [], false, ["mechanisms", "meetings", "institutions"]),
        ("--status", [], false, ["mechanisms", "meetings"]),
        ("--mechanism", ["-m"], false, ["meetings"]),
        ("--from", [], false, ["mechanisms", "meetings"]),
        ("--to", [], false, ["mechanisms", "meetings"]),
        ("--all", [], true, ["countries"]),
    ];

    public static Command Create(CliConsole console)
    {
        var list = new Command("list", "List the catalog's mechanisms, meetings, institutions or countries.")
        {
            Mechanisms(console),
            Meetings(console),
            Institutions(console),
            CountriesOf(console),
        };
        foreach (var listing in list.Subcommands)
        {
            RefuseOtherFilters(listing);
        }

        return list;
    }

    // Hidden options for the filters of the other listings, so that "list institutions --topic migration" says that
    // --topic does not apply to institutions instead of not knowing the option (or ignoring it).
    private static void RefuseOtherFilters(Command listing)
    {
        foreach (var (name, aliases, flag, listings) in Filters)
        {
            if (listings.Contains(listing.Name))
            {
                continue;
            }

            Option option = flag
                ? new Option<bool>(name, aliases) { Hidden = true }
                : new Option<string?>(name, aliases) { Hidden = true, Arity = ArgumentArity.ZeroOrOne };
            var message = $"{name} does not apply to {listing.Name}: it filters {(listings.Length == 1 ? "only " + listings[0] : string.Join(", ", listings[..^1]) + " and " + listings[^1])}.";
            option.Validators.Add(result =>
            {
                // A flag has a result even when absent (its default); only one that was given is refused.
                if (!result.Implicit)
                {
                    result.AddError(message);
                }
            });
            listing.Options.Add(option);
        }
    }

    private static Command Mechanisms(CliConsole console)
    {
        var common = new Common();
        var country = VocabularyOption.Country("Only mechanisms the country is a party to.");
        var topic = VocabularyOption.Create<Topic>("--topic", "mechanisms on this topic");
        var kind = VocabularyOption.Create<MechanismKind>("--kind", "mechanisms of this kind");
        var status = VocabularyOption.Create<MechanismStatus>("--status", "mechanisms with this status");
        var from = CommonOptions.DateBound("--from", end: false, "Only mechanisms that existed on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).");
        var to = CommonOptions.DateBound("--to", end: true, "Only mechanisms established on or before this date.");
        var command = new Command("mechanisms", "List cooperation mechanisms: dialogues, groups, conferences.") { country, topic, kind, status, from, to };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var catalog = common.Catalog(result, console);
            IEnumerable<Mechanism> mechanisms = result.GetValue(country) is { } c ? catalog.MechanismsOf(c) : catalog.Mechanisms;
            if (result.GetValue(topic) is { } t)
            {
                mechanisms = mechanisms.Where(m => m.Topics.Contains(t));
            }

            if (result.GetValue(kind) is { } k)
            {
                mechanisms = mechanisms.Where(m => m.Kind == k);
            }

            if (result.GetValue(status) is { } s)
            {
                mechanisms = mechanisms.Where(m => m.Status == s);
            }

            var start = result.GetValue(from);
            var end = result.GetValue(to);
            var list = mechanisms.Where(m => Existed(m, start, end)).ToList();
            return common.Write(result, list, l => CatalogTables.Mechanisms(list, l), console);
        });
        return command;
    }

    private static Command Meetings(CliConsole console)
    {
        var common = new Common();
        var country = VocabularyOption.Country("Only meetings the country attended or whose mechanism it is a party to.");
        var topic = VocabularyOption.Create<Topic>("--topic", "meetings on this topic (theirs or their mechanism's)");
        var kind = VocabularyOption.Create<MeetingKind>("--kind", "meetings of this kind");
        var status = VocabularyOption.Create<MeetingStatus>("--status", "meetings with this status");
        var mechanism = new Option<string?>("--mechanism", "-m") { Description = "Only meetings of this mechanism (its id).", HelpName = "ID" };
        var from = CommonOptions.DateBound("--from", end: false, "Only meetings that may have been held on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).");
        var to = CommonOptions.DateBound("--to", end: true, "Only meetings that may have been held on or before this date.");
        var command = new Command("meetings", "List meetings: held, planned, postponed and cancelled.") { country, topic, kind, status, mechanism, from, to };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var catalog = common.Catalog(result, console);
            IEnumerable<Meeting> meetings = catalog.Meetings;
            if (result.GetValue(mechanism) is { } id)
            {
                if (!MechanismId.TryParse(id, out var mechanismId) || !catalog.TryGetMechanism(mechanismId, out _))
                {
                    throw new CliException($"--mechanism: the catalog has no mechanism \"{id}\" (see \"cooperation list mechanisms\").");
                }

                meetings = catalog.MeetingsOf(mechanismId);
            }

            if (result.GetValue(country) is { } c)
            {
                var party = PartyRef.ForCountry(c);
                var theirs = catalog.MechanismsOf(c).Select(m => m.Id).ToHashSet();
                meetings = meetings.Where(m => m.Delegations.Any(d => d.Party == party) || (m.Mechanism is { } mid && theirs.Contains(mid)));
            }

            if (result.GetValue(topic) is { } t)
            {
                meetings = meetings.Where(m => m.Topics.Contains(t)
                    || (m.Mechanism is { } mid && catalog.TryGetMechanism(mid, out var owner) && owner!.Topics.Contains(t)));
            }

            if (result.GetValue(kind) is { } k)
            {
                meetings = meetings.Where(m => m.Kind == k);
            }

            if (result.GetValue(status) is { } s)
            {
                meetings = meetings.Where(m => m.Status == s);
            }

            var start = result.GetValue(from);
            var end = result.GetValue(to);
            meetings = meetings.Where(m => (start is not { } a || (m.Dates.Latest ?? m.Dates.Earliest) >= a) && (end is not { } b || m.Dates.Earliest <= b));
            var list = meetings.ToList();
            return common.Write(result, list, l => CatalogTables.Meetings(list, catalog, l), console);
        });
        return command;
    }

    private static Command Institutions(CliConsole console)
    {
        var common = new Common();
        var country = VocabularyOption.Country("Only institutions of this country.");
        var kind = VocabularyOption.Create<InstitutionKind>("--kind", "institutions of this kind");
        var command = new Command("institutions", "List institutions: ministries, agencies, international organizations.") { country, kind };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var catalog = common.Catalog(result, console);
            IEnumerable<Institution> institutions = catalog.Institutions;
            if (result.GetValue(country) is { } c)
            {
                institutions = institutions.Where(i => i.Country == c);
            }

            if (result.GetValue(kind) is { } k)
            {
                institutions = institutions.Where(i => i.Kind == k);
            }

            var list = institutions.ToList();
            return common.Write(result, list, l => CatalogTables.Institutions(list, l), console);
        });
        return command;
    }

    private static Command CountriesOf(CliConsole console)
    {
        var common = new Common();
        var all = new Option<bool>("--all") { Description = "All 249 ISO 3166-1 countries, not only those in the catalog." };
        var command = new Command("countries", "List the countries in the catalog, with how many mechanisms and meetings each has.") { all };
        common.AddTo(command);
        command.SetAction(result =>
        {
            var catalog = common.Catalog(result, console);
            var countries = (result.GetValue(all) ? Domain.Countries.All.AsEnumerable() : catalog.Countries.Select(Domain.Countries.Get)).ToList();
            return common.Write(result, countries, l => CatalogTables.Countries(catalog, countries, l), console);
        });
        return command;
    }

    // A mechanism existed at some time in [from, to] when it was established by the end and not dissolved before the start.
    private static bool Existed(Mechanism mechanism, LocalDate? from, LocalDate? to)
        => (to is not { } end || mechanism.Established is not { } established || established.Earliest <= end)
            && (from is not { } start || mechanism.Dissolved is not { } dissolved || dissolved.Latest >= start);

    /// <summary>The options every listing has (catalog, format, language) and how a listing is written.</summary>
    private sealed class Common
    {
        private readonly Option<string[]> _catalogs = CommonOptions.Catalogs();
        private readonly Option<string> _format = CommonOptions.Format("text", "text", "json", "csv");
        private readonly Option<Language?> _language = CommonOptions.Language();

        public void AddTo(Command command)
        {
            command.Options.Add(_catalogs);
            command.Options.Add(_format);
            command.Options.Add(_language);
        }

        public CooperationCatalog Catalog(ParseResult result, CliConsole console)
            => CatalogLoader.LoadMerged(result.GetValue(_catalogs) ?? [], console);

        public int Write<T>(ParseResult result, IReadOnlyList<T> items, System.Func<Language?, Table> table, CliConsole console)
            where T : class
        {
            var language = result.LanguageOf(_language);
            switch (result.GetRequiredValue(_format))
            {
                case "json":
                    EntityJson.WriteArray(items, console.StandardOutput);
                    break;
                case "csv":
                    table(null).WriteCsv(console.StandardOutput);
                    break;
                default:
                    table(language).WriteText(console);
                    break;
            }

            return ExitCodes.Success;
        }
    }
}
