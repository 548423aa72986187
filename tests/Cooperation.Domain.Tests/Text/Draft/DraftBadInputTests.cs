using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using Cooperation.Domain.Text;

namespace Cooperation.Domain.Tests.Text.Draft;

/// <summary>
/// Bad input, through the whole reader and through the draft stage alone: nothing crashes, nothing is invented, and
/// whatever is drafted still passes check --sources with zero errors.
/// </summary>
public class DraftBadInputTests
{
    private static readonly CommuniqueReader Reader = new(CommuniqueReaderOptions.Default.WithLanguage(Language.Spanish));

    private static (CommuniqueReading Reading, ValidationReport? Report) ReadAndCheck(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reading = Reader.Read(bytes, "text.txt");
        var report = reading.Draft is { } draft ? DraftTexts.Check(draft, new DraftTexts.Sample("text.txt", bytes, Language.Spanish, null)) : null;
        Assert.Equal(0, report?.ErrorCount ?? 0);
        return (reading, report);
    }

    [Fact]
    public void A_name_of_ten_thousand_words_is_no_person_and_breaks_nothing()
    {
        var name = string.Join(' ', Enumerable.Range(0, 10_000).Select(static i => "Nombre" + (char)('a' + (i % 26)) + (char)('a' + (i / 26 % 26))));
        var text = "Ciudad de México, 3 de marzo de 2022.\n\nLa delegación mexicana fue encabezada por el canciller " + name
            + ". El 2 de marzo de 2022 se celebró la 2ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala, encabezada por la canciller Ana Ruiz Gómez.\n";
        var (reading, _) = ReadAndCheck(text);
        if (reading.Draft is { } draft)
        {
            Assert.All(draft.People, static p => Assert.True(p.Name.Value.Length <= PersonName.MaxLength));
            Assert.DoesNotContain(draft.People, static p => p.Name.Value.StartsWith("Nombre", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_date_that_does_not_exist_dates_no_meeting()
    {
        var (reading, _) = ReadAndCheck("El 31 de abril de 2022 se celebró en Ottawa la 3ª Reunión del Diálogo Consular México-Canadá.\n");
        Assert.DoesNotContain(reading.Draft?.Meetings ?? [], static m => m.Start.Earliest.Year == 2022 && m.Start.Earliest.Month == 4);
    }

    [Fact]
    public void A_range_that_runs_backwards_is_no_meeting_period()
    {
        var (reading, report) = ReadAndCheck("Ciudad de México, 2 de mayo de 2017.\n\nDel 28 al 25 de abril de 2017 se celebró en Ottawa la 8ª Reunión del Mecanismo de Consultas sobre Temas Nuevos y Tradicionales de Seguridad.\n");
        Assert.All(reading.Draft?.Meetings ?? [], static m => Assert.False(m.End is { } end && end.IsDefinitelyBefore(m.Start)));
        Assert.DoesNotContain(report?.Diagnostics ?? [], static d => d.Id == "COOP3001");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("\u0000\u0001\u0002 binary \u0007\u0008 data \u001b[0m")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.")]
    public void Text_with_nothing_to_draft_has_no_draft(string text) => Assert.Null(ReadAndCheck(text).Reading.Draft);

    [Fact]
    public void Invisible_and_control_characters_are_never_quoted()
    {
        const string Text = "Ciudad de México, 3 de marzo de 2022.\n\nEl 2 de marzo de 2022 se celebró\u200b la 2ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala\u0007 en la Ciudad de Guatemala, encabezada por la canciller Ana Ruiz Gómez.\n";
        var (reading, _) = ReadAndCheck(Text);
        Assert.All(DraftTexts.Citations(reading.Draft ?? CooperationCatalog.Empty), static c => Assert.DoesNotContain(c.Quote!, static ch => ch is '\u200b' or '\u0007'));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_and_file_names_with_a_directory_are_refused_with_what_and_where()
    {
        var bytes = Encoding.UTF8.GetBytes("El 2 de marzo de 2022 se celebró la reunión.").Concat(new byte[] { 0xFF, 0x41 }).ToArray();
        var error = Assert.Throws<DecoderFallbackException>(() => Reader.Read(bytes, "text.txt"));
        Assert.Contains("offset 46 (0xFF)", error.Message, StringComparison.Ordinal);
        Assert.Equal(46, error.Index);

        var truncated = Encoding.UTF8.GetBytes("México")[..2];
        Assert.Equal(1, Assert.Throws<DecoderFallbackException>(() => Reader.Read(truncated, "text.txt")).Index);

        var path = Assert.Throws<ArgumentException>(() => Reader.Read("a"u8, "folder/text.txt"));
        Assert.Equal("fileName", path.ParamName);
        Assert.Contains("\"folder/text.txt\"", path.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_hashed_with_the_file_and_left_out_of_the_text()
    {
        var text = "Ciudad de México, 13 de mayo de 2021\n\nEl Instituto Nacional de Migración (INM) de México informó de sus trabajos con los gobiernos de la región.\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var reading = Reader.Read(bytes, "bom.txt");
        Assert.Equal(text, reading.Text);
        var draft = Assert.IsType<CooperationCatalog>(reading.Draft);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), draft.Sources.Single().Archive!.Sha256);
        var report = DraftTexts.Check(draft, new DraftTexts.Sample("bom.txt", bytes, Language.Spanish, null));
        Assert.Equal(0, report.ErrorCount);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Id is "COOP7006" or "COOP7007" or "COOP7008");
    }

    [Fact]
    public void Read_from_a_string_names_no_archived_copy_and_otherwise_drafts_the_same()
    {
        var sample = DraftTexts.Seed("003_d352a4c521fecf60.txt");
        var fromBytes = DraftTexts.Read(sample).Draft!;
        var fromString = new CommuniqueReader().Read(Encoding.UTF8.GetString(sample.Bytes)).Draft!;
        Assert.Null(fromString.Sources.Single().Archive);
        Assert.Equal(fromBytes.Sources.Single().Id, fromString.Sources.Single().Id);
        Assert.Equal(CooperationJson.WriteString(fromBytes.Meetings.First()), CooperationJson.WriteString(fromString.Meetings.First()));
    }

    [Fact]
    public void The_draft_is_the_same_under_any_culture()
    {
        var sample = DraftTexts.Seed("000_775d0f8830f85ee8.txt");
        var invariant = WithCulture(CultureInfo.InvariantCulture, () => CooperationJson.WriteCatalog(DraftTexts.Read(sample).Draft!));
        foreach (var name in new[] { "tr-TR", "ar-SA", "th-TH" })
        {
            Assert.Equal(invariant, WithCulture(TestCultures.GetOrInvariant(name), () => CooperationJson.WriteCatalog(DraftTexts.Read(sample).Draft!)));
        }
    }

    // ---------------------------------------------------------------- the draft stage alone

    [Fact]
    public void A_name_or_position_too_long_for_the_model_is_left_out_not_cut()
    {
        var longName = string.Join(' ', Enumerable.Repeat("Nombre", 10_000));
        var longPosition = "directora general de " + string.Join(' ', Enumerable.Repeat("Asuntos", 800));
        var text = new ReadingBuilder($"El 2 de marzo de 2022 se celebró la reunión. La delegación mexicana fue encabezada por la {longPosition}, Ana Ruiz Gómez, y por {longName}.");
        text.Date("2 de marzo de 2022", "2022-03-02");
        text.Country("mexicana", "MX");
        text.Person("Ana Ruiz Gómez", position: longPosition, country: "MX");
        text.Person(longName, country: "MX");
        text.Meeting(MeetingStatus.Held, "MX GT", "2022-03-02", sentenceWords: ["El 2 de marzo"]);
        var draft = text.Draft()!;

        var participant = Assert.Single(draft.Meetings.Single().Delegations.Single(static d => d.Party.ToString() == "MX").Participants);
        Assert.Equal("Ana Ruiz Gómez", participant.Person?.Value);
        Assert.Null(participant.Position);
        Assert.Equal(["ana-ruiz-gomez"], draft.People.Select(static p => p.Id.ToString()));
        Assert.Equal(0, text.Check(draft).ErrorCount);
    }

    [Fact]
    public void An_open_range_dates_no_meeting()
    {
        var text = new ReadingBuilder("Desde 2013 se celebra el Diálogo Consular México-Estados Unidos.");
        text.Date("Desde 2013", "2013/..");
        text.Meeting(MeetingStatus.Held, "MX US", "2013/..", sentenceWords: ["Desde 2013"]);
        Assert.Null(text.Draft());
    }

    [Fact]
    public void Two_readings_of_one_meeting_are_one_meeting_and_numbers_out_of_order_are_left_open()
    {
        var text = new ReadingBuilder(
            "La 5ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala se celebró el 2 de marzo de 2020. "
            + "El Grupo de Alto Nivel de Seguridad México-Guatemala se reunió el 2 de marzo de 2020 en la Ciudad de Guatemala. "
            + "La 3ª Reunión del Grupo de Alto Nivel de Seguridad México-Guatemala se celebró el 9 de marzo de 2021.");
        text.Ordinal("5ª Reunión", 5);
        text.Mechanism("Grupo de Alto Nivel de Seguridad México-Guatemala");
        text.Date("2 de marzo de 2020", "2020-03-02");
        text.Mechanism("Grupo de Alto Nivel de Seguridad México-Guatemala", occurrence: 2);
        text.Date("2 de marzo de 2020", "2020-03-02", occurrence: 2);
        text.Ordinal("3ª Reunión", 3);
        text.Mechanism("Grupo de Alto Nivel de Seguridad México-Guatemala", occurrence: 3);
        text.Date("9 de marzo de 2021", "2021-03-09");
        const string Name = "Grupo de Alto Nivel de Seguridad México-Guatemala";
        text.Meeting(MeetingStatus.Held, "GT MX", "2020-03-02", mechanism: Name, ordinal: 5, sentenceWords: ["La 5ª"]);
        text.Meeting(MeetingStatus.Held, "GT MX", "2020-03-02", mechanism: Name, place: "Ciudad de Guatemala", sentenceWords: ["se reunió"]);
        text.Meeting(MeetingStatus.Held, "GT MX", "2021-03-09", mechanism: Name, ordinal: 3, sentenceWords: ["La 3ª"]);
        var draft = text.Draft()!;

        Assert.Equal(2, draft.Meetings.Length);
        var first = draft.Meetings.Single(static m => m.Start.ToString() == "2020-03-02");
        Assert.Equal((5, "GT"), (first.Ordinal?.Value, first.Venues.Single().Country.ToString()));
        Assert.Null(draft.Meetings.Single(static m => m.Start.ToString() == "2021-03-09").Ordinal);
        var report = text.Check(draft);
        Assert.Equal(0, report.ErrorCount);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Id is "COOP4001" or "COOP4002" or "COOP4005");
    }

    [Fact]
    public void One_person_is_on_one_side_once_and_several_heads_of_one_side_are_co_chairs()
    {
        var text = new ReadingBuilder(
            "El 2 de marzo de 2022 se celebró la reunión. La delegación mexicana fue encabezada por Ana Ruiz Gómez, Luis Mora Paz y Eva Sol Luna. "
            + "La delegación guatemalteca estuvo integrada por Ana Ruiz Gómez y Pedro Ríos Gil.");
        text.Date("2 de marzo de 2022", "2022-03-02");
        text.Country("mexicana", "MX");
        text.Person("Ana Ruiz Gómez");
        text.Person("Luis Mora Paz");
        text.Person("Eva Sol Luna");
        text.Country("guatemalteca", "GT");
        text.Person("Ana Ruiz Gómez", occurrence: 2);
        text.Person("Pedro Ríos Gil");
        text.Meeting(MeetingStatus.Held, "GT MX", "2022-03-02", sentenceWords: ["El 2 de marzo"]);
        var draft = text.Draft()!;

        var meeting = Assert.Single(draft.Meetings);
        var mexico = meeting.Delegations.Single(static d => d.Party.ToString() == "MX").Participants;
        Assert.Equal(3, mexico.Length);
        Assert.All(mexico, static p => Assert.Equal(DelegationRole.CoChair, p.Role));
        Assert.Equal(["Pedro Ríos Gil"], meeting.Delegations.Single(static d => d.Party.ToString() == "GT").Participants.Select(static p => p.Person!.Value.Value));
        var report = text.Check(draft);
        Assert.Equal(0, report.ErrorCount);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Id is "COOP5002" or "COOP5004" or "COOP5006");
    }

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
        }
    }
}
