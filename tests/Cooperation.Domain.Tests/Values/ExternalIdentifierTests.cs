using System;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using System.Text;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Domain.Tests.Values;

/// <summary>
/// <see cref="ExternalIdentifier"/>: its grammar and the rules of the schemes that have them, its JSON form, and the
/// <c>identifiers</c> member of institutions, mechanisms and people that carries it.
/// </summary>
public class ExternalIdentifierTests
{
    [Theory]
    [InlineData("wikidata:Q96", "wikidata", "Q96")]
    [InlineData("iso-3166:MX", "iso-3166", "MX")]
    [InlineData("iso-3166:MX-CMX", "iso-3166", "MX-CMX")]
    [InlineData("iso-3166:US-8", "iso-3166", "US-8")]
    [InlineData("popolo:ocd-person/7d1d2a5a", "popolo", "ocd-person/7d1d2a5a")]
    [InlineData("opensanctions:NK-a:b", "opensanctions", "NK-a:b")]
    public void Valid_identifiers_parse_into_scheme_and_value(string text, string scheme, string value)
    {
        var identifier = ExternalIdentifier.Parse(text);
        Assert.Equal(scheme, identifier.Scheme);
        Assert.Equal(value, identifier.Value);
        Assert.Equal(text, identifier.ToString());
        Assert.Equal(identifier, ExternalIdentifier.Of(scheme, value));
        Assert.True(ExternalIdentifier.TryParse(text.AsSpan(), out var parsed));
        Assert.Equal(identifier, parsed);
        Assert.Equal(identifier, TypeDescriptor.GetConverter(typeof(ExternalIdentifier)).ConvertFromInvariantString(text));
    }

    [Theory]
    [InlineData("", "the text is empty")]
    [InlineData("Q96", "it has no scheme")]
    [InlineData(":Q96", "the scheme before the colon is empty")]
    [InlineData("Wikidata:Q96", "a scheme is 2 to 64 lowercase letters")]
    [InlineData("w:Q96", "a scheme is 2 to 64 lowercase letters")]
    [InlineData("wikidata:", "the value after the colon is empty")]
    [InlineData("wikidata:q96", "a Wikidata item is Q and a number")]
    [InlineData("wikidata:Q096", "a Wikidata item is Q and a number")]
    [InlineData("wikidata:Q", "a Wikidata item is Q and a number")]
    [InlineData("wikidata:P31", "a Wikidata item is Q and a number")]
    [InlineData("iso-3166:mx", "an ISO 3166 code is two capital letters")]
    [InlineData("iso-3166:MEX", "an ISO 3166 code is two capital letters")]
    [InlineData("iso-3166:MX-CMXX", "an ISO 3166 code is two capital letters")]
    [InlineData("popolo:ocd person", "white space or a character that is not visible ASCII")]
    [InlineData("popolo:méxico", "white space or a character that is not visible ASCII")]
    public void Invalid_identifiers_are_rejected_with_a_reason_and_without_allocating(string text, string reason)
    {
        var error = Assert.Throws<ValueFormatException>(() => ExternalIdentifier.Parse(text));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Contains(nameof(ExternalIdentifier), error.Message, StringComparison.Ordinal);
        Assert.False(ExternalIdentifier.TryParse(text, null, out var result));
        Assert.True(result.IsDefault);
        Assert.Equal(0, Allocations.Measure(() => ExternalIdentifier.TryParse(text.AsSpan(), out _)));
    }

    [Fact]
    public void A_value_has_at_most_200_characters_and_Of_names_the_broken_argument()
    {
        Assert.Equal(200, ExternalIdentifier.Of("popolo", new string('a', 200)).Value.Length);
        Assert.Contains("longer than 200", Assert.Throws<ValueFormatException>(() => ExternalIdentifier.Parse("popolo:" + new string('a', 201))).Reason, StringComparison.Ordinal);
        Assert.Equal("scheme", Assert.Throws<ArgumentException>(() => ExternalIdentifier.Of("Wikidata", "Q96")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentException>(() => ExternalIdentifier.Of("wikidata", "96")).ParamName);
        Assert.Throws<ArgumentNullException>(() => ExternalIdentifier.Of(null!, "Q96"));
    }

    [Fact]
    public void The_default_value_is_uninitialized_and_JSON_refuses_it()
    {
        var none = default(ExternalIdentifier);
        Assert.True(none.IsDefault);
        Assert.Equal("(uninitialized)", none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Scheme);
        Assert.Throws<InvalidOperationException>(() => none.Value);
        Assert.ThrowsAny<Exception>(() => CooperationJson.WriteString(none));
    }

    [Fact]
    public void Equality_and_order_are_ordinal()
    {
        var a = ExternalIdentifier.Parse("popolo:A");
        var b = ExternalIdentifier.Parse("popolo:b");
        Assert.True(a < b);
        Assert.NotEqual(a, b);
        Assert.Equal(a, ExternalIdentifier.Parse("popolo:A"));
        Assert.Equal(a.GetHashCode(), ExternalIdentifier.Parse("popolo:A").GetHashCode());
    }

    [Fact]
    public void Its_JSON_form_is_the_text_and_errors_name_the_path()
    {
        var identifier = ExternalIdentifier.Parse("wikidata:Q96");
        Assert.Equal("\"wikidata:Q96\"", CooperationJson.WriteString(identifier).TrimEnd('\n'));
        Assert.Equal(identifier, CooperationJson.Read<ExternalIdentifier>("\"wikidata:Q96\""));

        var json = """{"id":"mx-sre","name":{"es":"SRE"},"kind":"ministry","identifiers":["wikidata:Q96","wikidata:q1"]}""";
        var error = Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Institution>(json));
        Assert.Equal("$.identifiers[1]", error.Path);
        Assert.Contains("a Wikidata item", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Institutions_mechanisms_and_people_carry_identifiers_through_JSON_and_every_With_method()
    {
        ImmutableArray<ExternalIdentifier> identifiers = [ExternalIdentifier.Parse("wikidata:Q96"), ExternalIdentifier.Parse("popolo:ocd-org/1")];
        ImmutableArray<Suppression> suppressions = [new Suppression("COOP1001", "The sources disagree; both are kept.")];
        var catalog = ReferenceCatalog.Default;
        var institution = catalog.Institutions[0].WithIdentifiers(identifiers).WithSuppressions(suppressions);
        var mechanism = catalog.Mechanisms[0].WithIdentifiers(identifiers);
        var person = catalog.People[0].WithIdentifiers(identifiers);

        Assert.Equal(identifiers, institution.Identifiers);
        Assert.Contains("\"identifiers\": [\n    \"wikidata:Q96\",\n    \"popolo:ocd-org/1\"\n  ]", CooperationJson.WriteString(institution), StringComparison.Ordinal);
        Assert.Equal(institution, CooperationJson.Read<Institution>(CooperationJson.WriteString(institution)));
        Assert.Equal(mechanism, CooperationJson.Read<Mechanism>(CooperationJson.WriteString(mechanism)));
        Assert.Equal(person, CooperationJson.Read<Person>(CooperationJson.WriteString(person)));

        // Identifiers take part in equality, and the members added after the constructor survive the other With… methods.
        Assert.NotEqual(catalog.Institutions[0], institution);
        var renamed = institution.WithName(LocalizedText.FromSpanish("Otro nombre"));
        Assert.Equal(identifiers, renamed.Identifiers);
        Assert.Equal(suppressions, renamed.Suppressions);
        Assert.Equal(identifiers, mechanism.WithStatus(mechanism.Status).Identifiers);
        Assert.Equal(identifiers, person.WithName(person.Name).Identifiers);

        // None is the empty array, never the default one, and is not written.
        Assert.False(catalog.People[0].Identifiers.IsDefault);
        Assert.True(person.WithIdentifiers(default).Identifiers.IsEmpty);
        Assert.DoesNotContain("identifiers", CooperationJson.WriteString(catalog.People[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_refuses_a_repeated_or_uninitialized_identifier()
    {
        var person = ReferenceCatalog.Default.People[0];
        var repeated = ExternalIdentifier.Parse("wikidata:Q1");
        Assert.Contains("wikidata:Q1", Assert.Throws<ArgumentException>(() => person.WithIdentifiers([repeated, repeated])).Message, StringComparison.Ordinal);
        Assert.Equal("identifiers", Assert.Throws<ArgumentException>(() => person.WithIdentifiers([default])).ParamName);

        var json = Encoding.UTF8.GetBytes("""{"id":"ana-uno","name":"Ana Uno","identifiers":["wikidata:Q1","wikidata:Q1"]}""");
        Assert.Throws<CooperationJsonException>(() => CooperationJson.Read<Person>(json));
        Assert.True(CooperationJson.Read<Person>("""{"id":"ana-uno","name":"Ana Uno","identifiers":[]}""").Identifiers.IsEmpty);
        Assert.Single(CooperationJson.Read<Person>("""{"id":"ana-uno","name":"Ana Uno","identifiers":["wikidata:Q1"]}""").Identifiers.Where(i => i == repeated));
    }
}
