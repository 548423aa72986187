using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

/// <summary>
/// <c>TryParse(text, out value, out error)</c> on every value type and vocabulary: the reason without an exception,
/// the same message as <c>Parse</c>'s exception, nothing allocated on success; and <c>T.Parse(null, provider)</c> as
/// generic code reaches it throws <see cref="ArgumentNullException"/>.
/// </summary>
public class ParseErrorTests
{
    private delegate bool TryString<T>(string? s, out T? value, out ValueFormatError? error);

    private delegate bool TrySpan<T>(ReadOnlySpan<char> s, out T? value, out ValueFormatError? error);

    // Bad for every type: empty, white space, over 64 characters (the excerpt is cut), a bidi control (escaped).
    private static readonly string[] CommonBad = ["", " ", "\t", new string('x', 300), "\u202Eabc"];

    private sealed record Case(
        string Name,
        Type Type,
        string Good,
        string[] Bad,
        bool SpanSuccessAllocatesNothing,
        Func<string?, (bool Ok, object? Value, ValueFormatError? Error)> TryString,
        Func<string, (bool Ok, object? Value, ValueFormatError? Error)> TrySpan,
        Func<string, object> Parse,
        Func<string, object> ParseWithProvider,
        Func<string, object> ParseSpan,
        Func<string, long> SuccessAllocations,
        Func<string, long> SpanSuccessAllocations);

    private static Case Make<T>(TryString<T> tryString, TrySpan<T> trySpan, Func<string, T> parse, string good, bool spanSuccessAllocatesNothing, params string[] bad)
        where T : ISpanParsable<T>
        => new(
            typeof(T).Name,
            typeof(T),
            good,
            [.. CommonBad, .. bad],
            spanSuccessAllocatesNothing,
            s => (tryString(s, out var v, out var e), v, e),
            s => (trySpan(s.AsSpan(), out var v, out var e), v, e),
            s => parse(s)!,
            s => T.Parse(s, CultureInfo.InvariantCulture)!,
            s => T.Parse(s.AsSpan(), CultureInfo.InvariantCulture)!,
            s => Allocations.Measure(() => tryString(s, out _, out _)),
            s => Allocations.Measure(() => trySpan(s.AsSpan(), out _, out _)));

    private static readonly Case[] All =
    [
        Make<CountryCode>(CountryCode.TryParse, CountryCode.TryParse, CountryCode.Parse, "MX", true, "XK", "MEXX", "999", "M1", "\uFF2D\uFF38"),
        Make<PartialDate>(PartialDate.TryParse, PartialDate.TryParse, PartialDate.Parse, "2017-04-25", true, "2024-13", "2023-02-29", "03/02/2024", "+2024", "2013/2014", "2024-01-01T10:00"),
        Make<PartialDateRange>(PartialDateRange.TryParse, PartialDateRange.TryParse, PartialDateRange.Parse, "2013/2014", true, "2013", "2014/2013", "/2014", "2013/2014-13", "2013/"),
        Make<Ordinal>(Ordinal.TryParse, Ordinal.TryParse, Ordinal.Parse, "8ª", true, "0", "-1", "eighth-ish", "99999999999", "IIII"),
        Make<MechanismId>(MechanismId.TryParse, MechanismId.TryParse, MechanismId.Parse, "mx-ca-danm", false, "MX-CA", "mx ca", "mx--ca", "-mx", "1mx", "m"),
        Make<InstitutionId>(InstitutionId.TryParse, InstitutionId.TryParse, InstitutionId.Parse, "int-iom", false, "INT-IOM", "int_iom", "int-"),
        Make<PersonId>(PersonId.TryParse, PersonId.TryParse, PersonId.Parse, "marcelo-ebrard-casaubon", false, "Marcelo", "a", "x--y"),
        Make<MeetingId>(MeetingId.TryParse, MeetingId.TryParse, MeetingId.Parse, "mx-hn-gans-1", false, "mx-hn-gans-1-", "MX"),
        Make<SourceId>(SourceId.TryParse, SourceId.TryParse, SourceId.Parse, "sre-2017", false, "SRE", "sre 2017"),
        Make<CommitmentId>(CommitmentId.TryParse, CommitmentId.TryParse, CommitmentId.Parse, "mx-ca-visa", false, "mx/ca", "9x"),
        Make<Acronym>(Acronym.TryParse, Acronym.TryParse, Acronym.Parse, "SRE", false, "S", "ABCDEFGHIJKLMN", "1SRE", "S-RE"),
        Make<PersonName>(PersonName.TryParse, PersonName.TryParse, PersonName.Parse, "Marcelo Ebrard Casaubon", false, "123", new string('a', 201), "a\u0000b"),
        Make<PartyRef>(PartyRef.TryParse, PartyRef.TryParse, PartyRef.Parse, "int-iom", false, "mx", "XK", "INT-IOM", "M"),
        Make<ExternalIdentifier>(ExternalIdentifier.TryParse, ExternalIdentifier.TryParse, ExternalIdentifier.Parse, "wikidata:Q96", false, "Q96", "wikidata:q96", "iso-3166:MEX", "Popolo:x"),
        Make<Topic>(Topic.TryParse, Topic.TryParse, Topic.Parse, "migration", true, "migrations", "Migración"),
        Make<MechanismKind>(MechanismKind.TryParse, MechanismKind.TryParse, MechanismKind.Parse, MechanismKind.All[0].Name, true, "nope"),
        Make<DelegationRole>(DelegationRole.TryParse, DelegationRole.TryParse, DelegationRole.Parse, DelegationRole.All[0].Name, true, "head of delegation"),
    ];

    public static TheoryData<string> Types() => [.. All.Select(c => c.Name)];

    public static TheoryData<string, int> BadCases()
    {
        var data = new TheoryData<string, int>();
        foreach (var c in All)
        {
            for (var i = 0; i < c.Bad.Length; i++)
            {
                data.Add(c.Name, i);
            }
        }

        return data;
    }

    private static Case Get(string name) => All.Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(BadCases))]
    public void The_error_gives_the_reason_and_the_message_of_Parse_without_throwing(string type, int badIndex)
    {
        var c = Get(type);
        var input = c.Bad[badIndex];

        var (ok, value, error) = c.TryString(input);
        Assert.False(ok, $"{type} should reject {input}");
        Assert.NotNull(error);
        Assert.Equal(c.Type, error.ValueType);
        Assert.False(error.InputIsNull);
        Assert.NotEmpty(error.Reason);
        Assert.False(string.IsNullOrEmpty(error.ExpectedForm));

        var thrown = Assert.Throws<ValueFormatException>(() => c.Parse(input));
        Assert.Equal(thrown.Message, error.Message);
        Assert.Equal(thrown.Reason, error.Reason);
        Assert.Equal(thrown.Input, error.Input);
        Assert.Equal(thrown.ExpectedForm, error.ExpectedForm);
        Assert.Equal(thrown.ValueType, error.ValueType);
        Assert.Equal(thrown.Message, Assert.Throws<ValueFormatException>(() => c.ParseWithProvider(input)).Message);
        Assert.Equal(error.Message, error.ToString());

        var (spanOk, _, spanError) = c.TrySpan(input);
        Assert.False(spanOk);
        Assert.NotNull(spanError);
        Assert.Equal(Assert.Throws<ValueFormatException>(() => c.ParseSpan(input)).Message, spanError.Message);
        Assert.Equal(error.Message, spanError.Message);

        var rethrown = error.ToException();
        Assert.Equal(thrown.Message, rethrown.Message);
        Assert.Equal(thrown.Reason, rethrown.Reason);
        Assert.Equal(thrown.Input, rethrown.Input);

        // Bounded, and names the input (shortened and escaped).
        Assert.StartsWith(input.Length == 0 ? "\"\" (empty)" : "\"", error.Message, StringComparison.Ordinal);
        Assert.Contains(error.Input, error.Message, StringComparison.Ordinal);
        Assert.Contains(c.Type.Name, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', error.Message);
        Assert.True(error.Input.Length <= 64 + 32, error.Input);
        _ = value;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_hostile_input_gives_the_message_of_Parse(string type)
    {
        var c = Get(type);
        foreach (var input in BadInput.Strings())
        {
            var (ok, _, error) = c.TryString(input);
            if (ok)
            {
                Assert.Null(error);
                Assert.Equal(c.Parse(input), c.TryString(input).Value);
                continue;
            }

            Assert.NotNull(error);
            Assert.Equal(Assert.Throws<ValueFormatException>(() => c.Parse(input)).Message, error.Message);
            Assert.Equal(error.Message, c.TrySpan(input).Error!.Message);
            Assert.True(error.Input.Length <= 64 + 32, error.Input);
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Success_gives_the_value_of_Parse_and_no_error(string type)
    {
        var c = Get(type);
        var (ok, value, error) = c.TryString(c.Good);
        Assert.True(ok);
        Assert.Null(error);
        Assert.Equal(c.Parse(c.Good), value);

        var (spanOk, spanValue, spanError) = c.TrySpan(c.Good);
        Assert.True(spanOk);
        Assert.Null(spanError);
        Assert.Equal(value, spanValue);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Success_allocates_nothing(string type)
    {
        var c = Get(type);
        Assert.Equal(0, c.SuccessAllocations(c.Good));
        if (c.SpanSuccessAllocatesNothing)
        {
            Assert.Equal(0, c.SpanSuccessAllocations(c.Good));
        }
    }

    [Fact]
    public void The_allocation_measurement_can_fail()
    {
        // The span overload of a type that holds text copies it: the measurement sees those bytes.
        Assert.True(Get(nameof(PersonId)).SpanSuccessAllocations("marcelo-ebrard-casaubon") > 0);
        // Failure creates the error.
        Assert.True(Get(nameof(PartialDate)).SuccessAllocations("2024-13") > 0);
    }

    [Fact]
    public void A_country_party_parses_without_allocating_from_either_overload()
    {
        var c = Get(nameof(PartyRef));
        Assert.Equal(0, c.SuccessAllocations("MX"));
        Assert.Equal(0, c.SpanSuccessAllocations("MX"));
        Assert.Equal(0, Allocations.Measure(() => PartyRef.TryParse("int-iom", null, out _)));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Null_gives_an_error_from_the_string_overload_and_no_exception(string type)
    {
        var c = Get(type);
        var (ok, _, error) = c.TryString(null);
        Assert.False(ok);
        Assert.NotNull(error);
        Assert.True(error.InputIsNull);
        Assert.Equal("null", error.Input);
        Assert.StartsWith($"null is not a valid {c.Type.Name}: no text was given (null). Expected ", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => c.Parse(null!));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void The_message_is_the_same_under_every_culture(string type)
    {
        var c = Get(type);
        var invariant = Under(CultureInfo.InvariantCulture, () => string.Join("\n", c.Bad.Select(b => c.TryString(b).Error!.Message)));
        foreach (var name in new[] { "tr-TR", "ar-SA", "th-TH", "fa-IR", "de-DE" })
        {
            var culture = TestCultures.GetOrInvariant(name);
            Assert.Equal(invariant, Under(culture, () => string.Join("\n", c.Bad.Select(b => c.TryString(b).Error!.Message))));
        }
    }

    // --- T.Parse(null, provider) as generic code calls it ---

    private static T ParseParsable<T>(string? s)
        where T : IParsable<T>
        => T.Parse(s!, null);

    private static bool TryParseParsable<T>(string? s)
        where T : IParsable<T>
        => T.TryParse(s, null, out _);

    // Under ISpanParsable<T>, T.Parse(string, ...) binds to the span overload: C# drops candidates declared in the base
    // interface IParsable<T> when one declared in the derived interface applies, and a string converts to a span
    // implicitly. A null string then arrives as an empty span, which no parse can tell from empty text.
    private static T ParseSpanParsable<T>(string? s)
        where T : ISpanParsable<T>
        => T.Parse(s!, null);

    private static T ParseEmptySpan<T>()
        where T : ISpanParsable<T>
        => T.Parse(ReadOnlySpan<char>.Empty, null);

    // Every public type of the library that generic code can parse: the 14 value types and every vocabulary.
    public static TheoryData<string> ParsableTypes() => [.. ParsableTypeNames()];

    private static string[] ParsableTypeNames()
        => [.. typeof(CountryCode).Assembly.GetExportedTypes()
            .Where(t => !t.IsAbstract && !t.ContainsGenericParameters && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)];

    [Fact]
    public void The_parsable_types_are_the_14_value_types_and_the_vocabularies()
    {
        var types = ParsableTypeNames();
        var values = types.Where(t => !typeof(CountryCode).Assembly.GetType(t)!.IsClass).ToArray();
        Assert.Equal(14, values.Length);
        Assert.All(All.Where(c => c.Type.IsValueType), c => Assert.Contains(c.Type.FullName!, values));
        Assert.Equal(14, All.Count(c => c.Type.IsValueType));
        Assert.Equal(17, types.Length - values.Length);
    }

    [Theory]
    [MemberData(nameof(ParsableTypes))]
    public void Every_parsable_type_has_the_error_overloads(string typeName)
    {
        var type = typeof(CountryCode).Assembly.GetType(typeName)!;
        var methods = type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(m => m.Name == "TryParse" && m.GetParameters().Length == 3 && m.GetParameters()[2].ParameterType == typeof(ValueFormatError).MakeByRefType())
            .Select(m => m.GetParameters()[0].ParameterType)
            .ToArray();
        Assert.Contains(typeof(string), methods);
        Assert.Contains(typeof(ReadOnlySpan<char>), methods);
    }

    [Theory]
    [MemberData(nameof(ParsableTypes))]
    public void Generic_Parse_of_null_throws_ArgumentNullException_and_TryParse_returns_false(string typeName)
    {
        var type = typeof(CountryCode).Assembly.GetType(typeName)!;
        var thrown = Assert.Throws<TargetInvocationException>(() => Generic(nameof(ParseParsable), type).Invoke(null, [null]));
        Assert.IsType<ArgumentNullException>(thrown.InnerException);
        Assert.Equal("s", ((ArgumentNullException)thrown.InnerException).ParamName);

        // The documented limit of spans: generic code constrained to ISpanParsable<T> passes a null string as an empty
        // span (see ParseSpanParsable), and gets the empty-text format error.
        thrown = Assert.Throws<TargetInvocationException>(() => Generic(nameof(ParseSpanParsable), type).Invoke(null, [null]));
        Assert.Equal("the text is empty", Assert.IsType<ValueFormatException>(thrown.InnerException).Reason);

        Assert.Equal(false, Generic(nameof(TryParseParsable), type).Invoke(null, [null]));
    }

    [Theory]
    [MemberData(nameof(ParsableTypes))]
    public void Generic_Parse_of_an_empty_span_is_the_empty_text_format_error(string typeName)
    {
        var type = typeof(CountryCode).Assembly.GetType(typeName)!;
        var thrown = Assert.Throws<TargetInvocationException>(() => Generic(nameof(ParseEmptySpan), type).Invoke(null, []));
        var error = Assert.IsType<ValueFormatException>(thrown.InnerException);
        Assert.Equal("\"\" (empty)", error.Input);
        Assert.Equal("the text is empty", error.Reason);
    }

    [Fact]
    public void Direct_calls_with_a_null_literal_bind_to_the_string_overload()
    {
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse(null!, null));
        Assert.Throws<ArgumentNullException>(() => PersonId.Parse(null!, null));
        Assert.Throws<ArgumentNullException>(() => PartyRef.Parse(null!, CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentNullException>(() => PersonName.Parse(null!, null));
        Assert.Throws<ArgumentNullException>(() => Topic.Parse(null!, null));
        Assert.False(CountryCode.TryParse(null, null, out _));
    }

    private static MethodInfo Generic(string name, Type type)
        => typeof(ParseErrorTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);

    private static string Under(CultureInfo culture, Func<string> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

}

/// <summary>The example of docs/value-types.md, run as written, with the outputs its comments promise.</summary>
public class ParseErrorExampleTests
{
    [Fact]
    public void The_docs_example_prints_what_its_comments_say()
    {
        var output = new System.IO.StringWriter();

        // --- the example, with Console.WriteLine writing to `output` ---
        var text = "2024-13";
        if (!PartialDate.TryParse(text, out var date, out var error))
        {
            output.WriteLine(error.Reason); // the month must be 01 to 12
            output.WriteLine(error.Message); // "2024-13" is not a valid PartialDate: the month must be 01 to 12. Expected an ISO 8601 date …
        }

        // --- end of the example ---
        Assert.Equal(default, date);
        Assert.Equal(
            [
                "the month must be 01 to 12",
                "\"2024-13\" is not a valid PartialDate: the month must be 01 to 12. Expected an ISO 8601 date of year, month or day precision: yyyy, yyyy-MM or yyyy-MM-dd, such as \"2013\", \"2008-07\" or \"2017-04-25\".",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void The_docs_show_the_example_as_this_test_runs_it()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "docs", "value-types.md"));
        var start = doc.IndexOf("```csharp\nvar text = \"2024-13\";", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/value-types.md should show the example");
        var end = doc.IndexOf("```", start + 9, StringComparison.Ordinal);
        var source = System.IO.File.ReadAllText(System.IO.Path.Combine(Documentation.ReadmeExampleTests.RepositoryRoot(), "tests", "Cooperation.Domain.Tests", "Values", "ParseErrorTests.cs"));
        foreach (var line in doc[(start + 9)..end].Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            Assert.Contains(line.Replace("Console.WriteLine", "output.WriteLine", StringComparison.Ordinal), source, StringComparison.Ordinal);
        }
    }
}
