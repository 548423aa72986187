using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Vocabulary;

public class VocabularyTests
{
    // Every closed vocabulary in the package, found by reflection so that a new one cannot skip these checks.
    public static IEnumerable<Type> VocabularyTypes()
        => typeof(MechanismKind).Assembly.GetExportedTypes()
            .Where(t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(VocabularyValue<>))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    public static TheoryData<string> Vocabularies()
    {
        var data = new TheoryData<string>();
        foreach (var type in VocabularyTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    private static Type Find(string name) => VocabularyTypes().Single(t => t.Name == name);

    private static IReadOnlyList<object> AllOf(Type type)
        => ((System.Collections.IEnumerable)type.GetProperty("All", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy)!.GetValue(null)!).Cast<object>().ToList();

    [Fact]
    public void The_package_has_the_vocabularies_the_model_needs()
    {
        Assert.Equal(
            ["CadenceKind", "CadenceStatus", "CommitmentKind", "CommitmentStatus", "DelegationRole", "InstitutionKind", "InstitutionRole", "MechanismKind", "MechanismScope",
                "MechanismStatus", "MeetingKind", "MeetingStatus", "ParticipationStatus", "RelationKind", "SourceKind", "StatementForm", "Topic"],
            VocabularyTypes().Select(t => t.Name));
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Values_have_unique_kebab_names_numbers_in_declaration_order_labels_and_definitions(string vocabulary)
    {
        var type = Find(vocabulary);
        Assert.True(type.IsSealed);
        var values = AllOf(type);
        Assert.NotEmpty(values);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            dynamic value = values[i];
            string name = value.Name;
            Assert.True(names.Add(name), name);
            Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", name);
            Assert.Equal(i + 1, (int)value.Value);
            LocalizedText label = value.Label;
            Assert.False(string.IsNullOrWhiteSpace(label.English), name);
            Assert.False(string.IsNullOrWhiteSpace(label.Spanish), name);
            string definition = value.Definition;
            Assert.EndsWith(".", definition, StringComparison.Ordinal);
            Assert.Equal(name, value.ToString());
        }

        // The public static fields are exactly the values, so All cannot miss one.
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);
        Assert.Equal(fields.Length, values.Count);
        Assert.All(fields, f => Assert.True(f.IsInitOnly, f.Name));
    }

    [Theory]
    [MemberData(nameof(Vocabularies))]
    public void Every_value_round_trips_through_json_text_and_type_converter(string vocabulary)
    {
        var type = Find(vocabulary);
        var converter = TypeDescriptor.GetConverter(type);
        foreach (var value in AllOf(type))
        {
            var name = value.ToString()!;
            var json = JsonSerializer.Serialize(value, type);
            Assert.Equal($"\"{name}\"", json);
            Assert.Same(value, JsonSerializer.Deserialize(json, type));
            Assert.Same(value, converter.ConvertFromInvariantString(name.ToUpperInvariant()));
            Assert.Equal(name, converter.ConvertToInvariantString(value));
        }
    }

    [Theory]
    [InlineData("head-of-delegation")]
    [InlineData("HEAD-OF-DELEGATION")]
    [InlineData("Head-Of-Delegation")]
    public void Parse_ignores_ascii_case(string text)
    {
        Assert.Same(DelegationRole.HeadOfDelegation, DelegationRole.Parse(text));
        Assert.True(DelegationRole.TryParse(text, null, out var role));
        Assert.Same(DelegationRole.HeadOfDelegation, role);

        // Only ASCII letters fold: the Kelvin sign and the Turkish dotless i are not "k" and "i".
        Assert.Same(MechanismKind.WorkingGroup, MechanismKind.Parse("WORKING-GROUP"));
        Assert.False(MechanismKind.TryParse("wor\u212Aing-group", null, out _));
        Assert.False(MechanismKind.TryParse("WORKıNG-GROUP", null, out _));
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData(" held", "no value has this name")]
    [InlineData("head of delegation", "no value has this name")]
    [InlineData("head_of_delegation", "no value has this name")]
    [InlineData("HEAD-OF-DELEGATİON", "no value has this name")]
    [InlineData("head-of-delegat\u0131on", "no value has this name")]
    public void Parse_rejects_other_spellings_and_lists_the_names(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => DelegationRole.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains("\"head-of-delegation\", \"co-chair\"", error.ExpectedForm, StringComparison.Ordinal);
        Assert.False(DelegationRole.TryParse(text, null, out _));
    }

    [Fact]
    public void TryParse_allocates_nothing()
    {
        _ = MeetingStatus.All;
        Assert.Equal(0, Allocations.Measure(() => MeetingStatus.TryParse("HELD", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => MeetingStatus.TryParse("unknown", null, out _)));
        Assert.Equal(0, Allocations.Measure(() => MeetingStatus.TryParse(BadInput.OneMegabyte, null, out _)));
        Assert.Equal(0, Allocations.Measure(() => _ = MeetingStatus.All.Length));
    }

    [Theory]
    [MemberData(nameof(BadInput.All), MemberType = typeof(BadInput))]
    public void Hostile_input_is_rejected_without_throwing(string text)
    {
        Assert.False(Topic.TryParse(text, null, out _));
        Assert.Throws<ValueFormatException>(() => Topic.Parse(text));
    }

    [Fact]
    public void Json_reading_is_exact_and_names_the_path()
    {
        var cases = new (string Json, string Expected)[]
        {
            ("{\"Role\":\"Head-Of-Delegation\"}", "names are lowercase: \"head-of-delegation\""),
            ("{\"Role\":\"chair\"}", "\"chair\" is not a DelegationRole"),
            ("{\"Role\":3}", "but found a number (3)"),
            ("{\"Role\":null}", "but found null"),
        };
        foreach (var (json, expected) in cases)
        {
            var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder>(json));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
            Assert.Contains("\"co-chair\"", error.Message, StringComparison.Ordinal);
            Assert.Equal("$.Role", error.Path);
        }

        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new Holder(null!)));
        var byRole = new Dictionary<DelegationRole, int> { [DelegationRole.CoChair] = 3 };
        Assert.Equal("{\"co-chair\":3}", JsonSerializer.Serialize(byRole));
        Assert.Equal(3, JsonSerializer.Deserialize<Dictionary<DelegationRole, int>>("{\"co-chair\":3}")![DelegationRole.CoChair]);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<DelegationRole, int>>("{\"Co-Chair\":3}"));
    }

    [Fact]
    public void Formats_name_and_labels_and_orders_by_number()
    {
        Assert.Equal("mid-term", MeetingKind.MidTerm.ToString("G", null));
        Assert.Equal("Mid-term meeting", MeetingKind.MidTerm.ToString("E", null));
        Assert.Equal("Reunión de medio término", MeetingKind.MidTerm.ToString("S", null));
        Assert.Equal("Reunión de medio término", MeetingKind.MidTerm.Label.Spanish);
        Assert.Throws<FormatException>(() => MeetingKind.MidTerm.ToString("X", null));
        Span<char> small = stackalloc char[3];
        Assert.False(MeetingKind.MidTerm.TryFormat(small, out _, default, null));
        Assert.True(MeetingKind.Ordinary < MeetingKind.MidTerm);
        Assert.Equal(MeetingKind.Round, MeetingKind.FromName("round"));
        Assert.Equal(MeetingKind.Round, MeetingKind.FromValue(5));
    }

    [Fact]
    public void Vocabulary_reference_is_generated_from_the_code()
    {
        var doc = new StringBuilder();
        doc.Append("# Vocabularies\n\n");
        doc.Append("Generated from the code by `VocabularyTests.Vocabulary_reference_is_generated_from_the_code`; do not edit by hand.\n");
        doc.Append("Names are the JSON form; names and numbers are stable and never reused. Parsing accepts any ASCII letter case;\n");
        doc.Append("JSON reading accepts the exact name only.\n");
        foreach (var type in VocabularyTypes())
        {
            doc.Append("\n## ").Append(type.Name).Append("\n\n");
            doc.Append("| # | Name | English | Spanish | Meaning |\n| ---: | --- | --- | --- | --- |\n");
            foreach (dynamic value in AllOf(type))
            {
                LocalizedText label = value.Label;
                doc.Append("| ").Append((int)value.Value).Append(" | `").Append((string)value.Name).Append("` | ")
                    .Append(label.English).Append(" | ").Append(label.Spanish).Append(" | ").Append((string)value.Definition).Append(" |\n");
            }
        }

        GeneratedFile.Check("docs/vocabularies.md", doc.ToString());
    }

    private sealed record Holder(DelegationRole Role);
}
