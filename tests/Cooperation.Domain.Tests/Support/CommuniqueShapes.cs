using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Cooperation.Domain.Shapes;

/// <summary>
/// Texts for the extractor grown large in one direction, the shapes that would make careless code quadratic: one line
/// of prose with no full stop, a capitalised "name" of many words, long runs of digits, ranges chained without end
/// ("del 1 al 2 del 3 al 4 …"), runs of quotes and brackets, headlines in capitals, acronyms in parentheses, many short
/// meeting sentences, and a list of officials that never ends; and a communiqué-like text of any size. Shared by the
/// tests that count work and by the benchmarks that time it.
/// </summary>
public static class CommuniqueShapes
{
    /// <summary>The names of the adversarial shapes.</summary>
    public static IReadOnlyList<string> Names { get; } = ["line", "name", "digits", "ranges", "quotes", "capitals", "acronyms", "meetings", "officials"];

    /// <summary>The shape <paramref name="shape"/> grown to <paramref name="n"/> units.</summary>
    public static string Text(string shape, int n)
    {
        var text = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            var d = (i % 28) + 1;
            text.Append(shape switch
            {
                "line" => string.Create(CultureInfo.InvariantCulture, $"el canciller Juan Pérez se reunió con la delegación mexicana del {d} al {d + 1} de abril de 2021 en Ottawa durante la 8ª Reunión del Grupo de Alto Nivel de Seguridad (GANSEG) con la SRE y EE.UU., "),
                "name" => Names2[i % Names2.Length] + " ",
                "digits" => "1234567890123456789012345678901234567890 12 34 5678 9/2019 10:30 ",
                "ranges" => string.Create(CultureInfo.InvariantCulture, $"del {d} al {d + 1} "),
                "quotes" => "\"\u201D)\u00BB*(\u201C",
                "capitals" => "MÉXICO Y CANADÁ FIRMAN ACUERDOS CON LA SRE Y LA OIM EN OTTAWA ",
                "acronyms" => string.Create(CultureInfo.InvariantCulture, $"el Grupo de Alto Nivel de Seguridad (G{i % 997:D3}) y "),
                "meetings" => string.Create(CultureInfo.InvariantCulture, $"El {d} de mayo de 2021 se realizó la reunión entre México y Guatemala. Durante el encuentro hablaron. "),
                "officials" => string.Create(CultureInfo.InvariantCulture, $"el comisionado del Instituto Nacional de Migración, {Names2[i % Names2.Length]} Pérez; "),
                _ => throw new ArgumentException($"No shape \"{shape}\".", nameof(shape)),
            });
        }

        return shape == "ranges" ? text.Append("de abril de 2021.").ToString() : text.ToString();
    }

    /// <summary>A communiqué-like text of about <paramref name="characters"/> characters: paragraphs of the genre, with varied dates and numbers.</summary>
    public static string Communique(int characters)
    {
        var text = new StringBuilder(characters + 2048);
        text.Append("Ciudad de México, 13 de mayo de 2021\n\n");
        for (var i = 0; text.Length < characters; i++)
        {
            var d = (i % 27) + 1;
            text.Append(CultureInfo.InvariantCulture, $"Hoy se realizó la {(i % 30) + 1}ª Reunión del Grupo de Alto Nivel de Seguridad (GANSEG) entre México y Guatemala, del {d} al {d + 1} de abril, en Ottawa. ");
            text.Append("La delegación mexicana estuvo integrada por el secretario de Relaciones Exteriores, Marcelo Ebrard; la secretaria de Seguridad y Protección Ciudadana, Rosa Icela Rodríguez; y el comisionado del Instituto Nacional de Migración (INM), Francisco Garduño. ");
            text.Append(CultureInfo.InvariantCulture, $"The U.S. delegation was led by Michael Dougherty, Assistant Secretary of the Department of Homeland Security, on October {d}, 2010, and the fifth meeting will be held next week. ");
            text.Append("La semana pasada, los cancilleres de Honduras y El Salvador visitaron Washington; la próxima reunión se celebrará en octubre de este año.\n\n");
        }

        return text.ToString();
    }

    private static readonly string[] Names2 = ["Juan", "Pedro", "Luis", "María", "Ana", "Carlos", "Rosa", "Elena", "Jorge", "Marta", "Ramírez", "López"];
}
