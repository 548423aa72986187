using Cooperation.Domain.Text;
using NodaTime;

namespace Cooperation.Domain.Tests.Text;

/// <summary>Dates as communiqués write them, in Spanish and English, absolute and relative to the document date.</summary>
public sealed class DateExtractionTests
{
    private static readonly LocalDate Monday = new(2023, 4, 24);

    [Theory]
    [InlineData("Se reunieron el 13 de mayo de 2021 en la capital.", "13 de mayo de 2021=2021-05-13")]
    [InlineData("La visita tuvo lugar el 1º de julio de 2019.", "1º de julio de 2019=2019-07-01")]
    [InlineData("El encuentro fue el primero de julio de 2019.", "primero de julio de 2019=2019-07-01")]
    [InlineData("Se celebró del 25 al 28 de abril de 2017, en Ottawa.", "del 25 al 28 de abril de 2017=2017-04-25/2017-04-28")]
    [InlineData("Los días 10 y 11 de junio de 2022 sesionó el grupo.", "Los días 10 y 11 de junio de 2022=2022-06-10/2022-06-11")]
    [InlineData("Del 30 de noviembre al 1 de diciembre de 2019 se reunieron.", "Del 30 de noviembre al 1 de diciembre de 2019=2019-11-30/2019-12-01")]
    [InlineData("Del 28 de diciembre de 2020 al 3 de enero de 2021 hubo reuniones.", "Del 28 de diciembre de 2020 al 3 de enero de 2021=2020-12-28/2021-01-03")]
    [InlineData("Del 28 de diciembre al 3 de enero de 2021 hubo reuniones.", "Del 28 de diciembre al 3 de enero de 2021=2020-12-28/2021-01-03")]
    [InlineData("México ostenta la presidencia desde diciembre de 2020 y hasta diciembre de 2021.", "desde diciembre de 2020 y hasta diciembre de 2021=2020-12/2021-12")]
    [InlineData("El grupo se instaló en julio de 2008.", "julio de 2008=2008-07")]
    [InlineData("Desde 2013 se celebra este diálogo.", "Desde 2013=2013")]
    [InlineData("La reunión se hará en el año 2021.", "el año 2021=2021")]
    [InlineData("The ministers met on October 8, 2010 in Mexico City.", "October 8, 2010=2010-10-08")]
    [InlineData("WASHINGTON, Oct. 8, 2010 – The Secretary met her counterpart.", "Oct. 8, 2010=2010-10-08")]
    [InlineData("The mission took place on January 12-13, 2011.", "January 12-13, 2011=2011-01-12/2011-01-13")]
    [InlineData("The talks were held on 8 October 2010.", "8 October 2010=2010-10-08")]
    [InlineData("They met from November 30 - December 1, 2019.", "from November 30 - December 1, 2019=2019-11-30/2019-12-01")]
    [InlineData("The group was created in April 2011.", "April 2011=2011-04")]
    [InlineData("Cooperation has grown since 2013.", "since 2013=2013")]
    public void Absolute_dates_ranges_months_and_years(string text, string expected)
        => Assert.Equal([expected], Reading.Of(text).Values(MentionKind.Date));

    [Theory]
    [InlineData("El 31 de abril de 2021 no existe.")]
    [InlineData("Del 28 al 25 de abril de 2017 no es un rango.")]
    [InlineData("La reunión empezó a las 10:30 horas y duró dos días.")]
    [InlineData("Boletín No. 320/2019.")]
    [InlineData("La pandemia de COVID-19 cambió todo.")]
    [InlineData("Los 27 años de cooperación se celebraron en los próximos años.")]
    [InlineData("Se enviaron un millón 350 mil vacunas, 1,350 cajas.")]
    [InlineData("The meeting began at 9:30 a.m. and lasted two days.")]
    [InlineData("The 2030 Agenda guides the work.")]
    public void What_is_not_a_date_is_not_a_mention(string text)
        => Assert.Empty(Reading.Of(text).Values(MentionKind.Date));

    [Theory]
    [InlineData("La semana pasada se realizó la reunión.", "La semana pasada=2023-04-17/2023-04-21")]
    [InlineData("Last week the delegations met.", "Last week=2023-04-17/2023-04-21")]
    [InlineData("La próxima semana se reunirán.", "La próxima semana=2023-05-01/2023-05-05")]
    [InlineData("Hoy se realizó una reunión.", "Hoy=2023-04-24")]
    [InlineData("Ayer se reunieron los cancilleres.", "Ayer=2023-04-23")]
    [InlineData("El mes pasado se firmó.", "El mes pasado=2023-03")]
    [InlineData("Se prevé la reunión en octubre de este año.", "octubre de este año=2023-10")]
    [InlineData("El año pasado se reunieron.", "El año pasado=2022")]
    [InlineData("Se reunieron el pasado 25 de diciembre.", "el pasado 25 de diciembre=2022-12-25")]
    [InlineData("Se reunirán el próximo 9 de septiembre.", "el próximo 9 de septiembre=2023-09-09")]
    public void Relative_dates_are_resolved_against_the_document_date(string text, string expected)
        => Assert.Equal([expected], Reading.Of(text, date: Monday).Values(MentionKind.Date));

    [Theory]
    [InlineData("El martes se reunieron las delegaciones.", "martes=2023-04-18")]
    [InlineData("El lunes se reunieron las delegaciones.", "lunes=2023-04-24")]
    [InlineData("El martes se reunirán las delegaciones.", "martes=2023-04-25")]
    [InlineData("On Friday the officials met.", "Friday=2023-04-21")]
    [InlineData("The officials will meet next Friday.", "next Friday=2023-04-28")]
    [InlineData("El miércoles 26 de abril se celebró la reunión.", "miércoles 26 de abril=2023-04-26")]
    [InlineData("El martes 26 de abril se celebró la reunión.", "martes 26 de abril=2022-04-26")]
    [InlineData("El pasado martes se reunieron.", "pasado martes=2023-04-18")]
    public void A_weekday_is_the_latest_on_or_before_the_document_date_or_the_next_in_the_future(string text, string expected)
        => Assert.Equal([expected], Reading.Of(text, date: Monday).Values(MentionKind.Date));

    [Theory]
    [InlineData("La reunión se realizó del 25 al 28 de abril, en Ottawa.", "del 25 al 28 de abril=2023-04-25/2023-04-28", "2023-05-02")]
    [InlineData("La reunión se realizó del 25 al 28 de abril, en Ottawa.", "del 25 al 28 de abril=2022-04-25/2022-04-28", "2023-04-20")]
    [InlineData("La reunión se realizará del 25 al 28 de abril, en Ottawa.", "del 25 al 28 de abril=2023-04-25/2023-04-28", "2023-04-20")]
    [InlineData("The dialogue will be held in Washington on September 9.", "September 9=2021-09-09", "2021-08-11")]
    [InlineData("The President traveled to Mexico on August 10.", "August 10=2021-08-10", "2021-08-11")]
    [InlineData("Se reunirán del 28 de diciembre al 3 de enero.", "del 28 de diciembre al 3 de enero=2023-12-28/2024-01-03", "2023-11-02")]
    public void A_date_without_a_year_takes_it_from_the_document_date_and_the_tense(string text, string expected, string documentDate)
        => Assert.Equal([expected], Reading.Of(text, date: LocalDate.FromDateTime(System.DateTime.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture))).Values(MentionKind.Date));

    [Fact]
    public void Without_a_document_date_relative_dates_stay_open()
    {
        var reading = Reading.Of("Hoy se realizó la reunión; la semana pasada, el 25 de abril, hubo otra.");
        Assert.Equal(["Hoy=null", "la semana pasada=null", "25 de abril=null"], reading.Values(MentionKind.Date));
        Assert.Equal(DocumentDateSource.Unknown, reading.DocumentDateSource);
    }

    [Theory]
    [InlineData("Ciudad de México, 13 de mayo de 2021.\n\nHoy se realizó una reunión.", "2021-05-13")]
    [InlineData("WASHINGTON, Oct. 8, 2010 – Today the Secretary met the Foreign Minister.", "2010-10-08")]
    [InlineData("Título\n\n**02 de mayo de 2017**\n\nHoy se reunieron.", "2017-05-02")]
    [InlineData("Secretaría de Relaciones Exteriores | 24 de abril de 2023 | Comunicado\n\nHoy se reunieron.", "2023-04-24")]
    [InlineData("\n26 de junio de 2025 a las 06:40\nMéxico y Guatemala unen fuerzas.", "2025-06-26")]
    [InlineData("Lunes, 13 de mayo de 2021\nHoy se reunieron.", "2021-05-13")]
    public void A_dateline_or_date_line_is_the_document_date(string text, string expected)
    {
        var reading = Reading.Of(text);
        Assert.Equal(DocumentDateSource.Dateline, reading.DocumentDateSource);
        Assert.Equal(expected, reading.DocumentDate?.ToString("yyyy-MM-dd", null));
        reading.AssertSpans();
    }

    [Fact]
    public void A_date_in_the_middle_of_a_paragraph_is_no_dateline()
    {
        var reading = Reading.Of("Los cancilleres recordaron la reunión del 13 de mayo de 2021 y hoy firmaron.");
        Assert.Equal(DocumentDateSource.Unknown, reading.DocumentDateSource);
        Assert.Null(reading.DatelineDate);
    }

    [Fact]
    public void The_crawler_token_is_the_document_date_and_no_mention()
    {
        var reading = Reading.Of(" date 2022-10-17 Hoy se reunieron los cancilleres.");
        Assert.Equal(DocumentDateSource.CrawlerToken, reading.DocumentDateSource);
        Assert.Equal(["Hoy=2022-10-17"], reading.Values(MentionKind.Date));
    }

    [Fact]
    public void A_given_document_date_wins_over_a_dateline_that_disagrees_and_the_dateline_is_kept()
    {
        var reading = Reading.Of("Ciudad de México, 13 de mayo de 2021.\n\nHoy se realizó una reunión.", date: new LocalDate(2021, 5, 14));
        Assert.Equal(DocumentDateSource.Given, reading.DocumentDateSource);
        Assert.Equal(new LocalDate(2021, 5, 14), reading.DocumentDate);
        Assert.Equal(new LocalDate(2021, 5, 13), reading.DatelineDate);
        Assert.Contains("Hoy=2021-05-14", reading.Values(MentionKind.Date));
    }

    [Fact]
    public void Days_without_a_month_take_the_month_of_the_date_just_before()
    {
        var reading = Reading.Of("The conference began on November 12, 2019. The ministers met the 13th and 14th.");
        Assert.Equal(["November 12, 2019=2019-11-12", "the 13th and 14th=2019-11-13/2019-11-14"], reading.Values(MentionKind.Date));
    }

    [Fact]
    public void A_surname_that_is_a_relative_word_is_no_date()
        => Assert.Empty(Reading.Of("Estuvo presente la subsecretaria Serena Hoy.", date: Monday).Values(MentionKind.Date));
}
