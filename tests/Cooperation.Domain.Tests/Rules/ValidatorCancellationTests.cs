using System;
using System.Linq;
using System.Text;
using System.Threading;
using Cooperation.Domain.Rules;
using Cooperation.Domain.Tests.Support;
using static Cooperation.Domain.Tests.Rules.RuleFixtures;

namespace Cooperation.Domain.Tests.Rules;

/// <summary>Validation with a cancellation token: it stops with the token's exception, and costs nothing when the token is never cancelled.</summary>
public sealed class ValidatorCancellationTests
{
    private static ValidationOptions Options => ValidationOptions.Default.WithAsOf(AsOf);

    [Fact]
    public void A_cancelled_token_stops_validation()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var error = Assert.Throws<OperationCanceledException>(() => Validator.Validate(ReferenceCatalog.Default, Options, cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Throws<OperationCanceledException>(() => Validator.Validate(CatalogDocument.Parse(Encoding.UTF8.GetBytes(CleanJson)), Options, cancellation.Token));
    }

    [Fact]
    public void A_token_cancelled_during_validation_stops_it_unwrapped()
    {
        // A rule that runs before the built-in walk cancels: the walk stops at its first entity, and the exception is
        // the cancellation itself, not a rule failure.
        using var cancellation = new CancellationTokenSource();
        var options = Options.WithRules(BuiltInRules.All.Add(new Cancelling(cancellation)));
        var error = Assert.Throws<OperationCanceledException>(() => Validator.Validate(ReferenceCatalog.Default, options, cancellation.Token));
        Assert.Equal(cancellation.Token, error.CancellationToken);
    }

    [Fact]
    public void A_token_never_cancelled_gives_the_same_report()
    {
        using var cancellation = new CancellationTokenSource();
        var expected = Validator.Validate(ValidatorTests.Faulty(), Options);
        var actual = Validator.Validate(ValidatorTests.Faulty(), Options, cancellation.Token);
        Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Validating_a_clean_catalog_with_a_token_allocates_only_the_report()
    {
        var catalog = Clean();
        var options = Options;
        using var cancellation = new CancellationTokenSource();
        var token = cancellation.Token;
        var withoutToken = Allocations.Measure(() => Validator.Validate(catalog, options)) / 100;
        Assert.Equal(withoutToken, Allocations.Measure(() => Validator.Validate(catalog, options, CancellationToken.None)) / 100);
        Assert.Equal(withoutToken, Allocations.Measure(() => Validator.Validate(catalog, options, token)) / 100);
    }

    private sealed class Cancelling(CancellationTokenSource cancellation) : ICatalogRule
    {
        public RuleDescriptor Descriptor { get; } = new()
        {
            Id = "ACME0003",
            Title = "Cancels",
            Category = RuleCategory.SourcesAndText,
            DefaultSeverity = Severity.Info,
            EnglishMessage = "x",
            Description = "x",
            Fix = "x",
            HelpUri = "docs/rules.md#acme0003",
        };

        public void Analyze(in RuleContext context) => cancellation.Cancel();
    }
}
