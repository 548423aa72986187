using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Cooperation.Domain.Interop;

/// <summary>
/// One FollowTheMoney entity as the line-delimited format writes it: <c>{"id": …, "schema": …, "properties":
/// {"name": ["…"], …}}</c>, properties in the order added, each a list of distinct strings. Values longer than their
/// type allows in the model (a name 384 characters, a label 1,024, an address 250, a text 65,000) are cut, with "…",
/// at a character boundary; a cut name is kept whole in <c>notes</c>.
/// </summary>
internal sealed class FtmEntity(string id, string schema)
{
    /// <summary>The model's limits of the property types the export writes, in characters.</summary>
    public const int NameLength = 384;
    public const int LabelLength = 1024;
    public const int AddressLength = 250;
    public const int TextLength = 65_000;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<(string Name, List<string> Values)> _properties = [];

    public string Id { get; } = id;

    public string Schema { get; } = schema;

    /// <summary>Adds a value to a property (a null or empty value is no value), cut to <paramref name="maxLength"/>.</summary>
    public FtmEntity Add(string property, string? value, int maxLength = LabelLength)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        var values = Values(property);
        var cut = Cut(value, maxLength);
        if (!values.Contains(cut))
        {
            values.Add(cut);
        }

        return this;
    }

    /// <summary>Adds a name-typed value (name, alias): cut to 384 characters, and then kept whole in <c>notes</c>.</summary>
    public FtmEntity AddName(string property, string? value)
    {
        Add(property, value, NameLength);
        if (value is { Length: > NameLength })
        {
            Add("notes", value, TextLength);
        }

        return this;
    }

    /// <summary>Adds a date at the precision the catalog knows (<c>2013</c>, <c>2013-07</c>, <c>2013-07-25</c>).</summary>
    public FtmEntity Add(string property, PartialDate? date) => Add(property, date?.ToString());

    /// <summary>Adds a country as the model spells it: the lower-case ISO 3166-1 alpha-2 code.</summary>
    public FtmEntity Add(string property, CountryCode country)
        => country.IsDefault ? this : Add(property, country.ToString().ToLowerInvariant());

    /// <summary>Writes the entity as one line (no line break inside), then LF.</summary>
    public void WriteLine(Utf8JsonWriter json, IBufferWriter<byte> output)
    {
        json.Reset(output);
        json.WriteStartObject();
        json.WriteString("id", Id);
        json.WriteString("schema", Schema);
        json.WriteStartObject("properties");
        foreach (var (name, values) in _properties)
        {
            json.WriteStartArray(name);
            foreach (var value in values)
            {
                json.WriteStringValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
    }

    /// <summary>A writer for <see cref="WriteLine"/>, reset onto its output for each entity.</summary>
    public static Utf8JsonWriter CreateWriter(IBufferWriter<byte> output) => new(output, Options);

    // Cut to at most maxLength UTF-16 units (so at most maxLength characters), "…" last, never inside a surrogate pair.
    private static string Cut(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var end = maxLength - 1;
        if (char.IsLowSurrogate(value[end]))
        {
            end--;
        }

        return string.Concat(value.AsSpan(0, end), "…");
    }

    private List<string> Values(string property)
    {
        foreach (var (name, values) in _properties)
        {
            if (string.Equals(name, property, StringComparison.Ordinal))
            {
                return values;
            }
        }

        var added = new List<string>(1);
        _properties.Add((property, added));
        return added;
    }
}
