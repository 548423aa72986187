using System;
using System.IO;
using Cooperation.Cli.Tests.Support;
using Cooperation.Domain.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary><c>check</c> with cooperation.config.json files: found beside the data, beaten by the command line, or named or turned off.</summary>
public sealed class CheckConfigurationTests : IDisposable
{
    private readonly ScratchFolder _files = new("check-config");

    public void Dispose() => _files.Dispose();

    private string Catalog(string folder)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_files.Path, folder)).FullName;
        var path = Path.Combine(directory, "catalog.json");
        File.WriteAllText(path, Catalogs.WithError);
        return path;
    }

    [Fact]
    public void A_configuration_file_above_the_catalog_applies_and_the_command_line_beats_it()
    {
        var catalog = Catalog(Path.Combine("team", "data"));
        File.WriteAllText(Path.Combine(_files.Path, "team", "cooperation.config.json"), """
            {
              "root": true,
              "language": "es",
              "severities": [ { "category": "parties-and-membership", "severity": "warning" } ]
            }
            """);

        var configured = Tool.Run("check", catalog, "--as-of", "2025-06-01");
        Assert.Equal(0, configured.ExitCode);
        Assert.Contains(configured.OutputLines, l => l.StartsWith("    advertencia COOP2001: ", StringComparison.Ordinal));

        var overridden = Tool.Run("check", catalog, "--as-of", "2025-06-01", "--severity", "COOP2001=error", "--lang", "en");
        Assert.Equal(1, overridden.ExitCode);
        Assert.Contains(overridden.OutputLines, l => l.StartsWith("    error COOP2001: The bilateral mechanism", StringComparison.Ordinal));

        var ignored = Tool.Run("check", catalog, "--as-of", "2025-06-01", "--no-config");
        Assert.Equal(1, ignored.ExitCode);
        Assert.Contains(ignored.OutputLines, l => l.StartsWith("    error COOP2001: The bilateral mechanism", StringComparison.Ordinal));
    }

    [Fact]
    public void Config_names_a_file_to_use_instead_and_a_bad_one_is_an_error_naming_file_and_line()
    {
        var catalog = Catalog("plain");
        var settings = Path.Combine(_files.Path, "strict.json");
        File.WriteAllText(settings, "{\n  \"severities\": [\n    { \"rule\": \"COOP2001\", \"severity\": \"none\" }\n  ]\n}\n");
        var named = Tool.Run("check", catalog, "--as-of", "2025-06-01", "--config", settings);
        Assert.Equal(0, named.ExitCode);
        Assert.Contains("not run, turned off: COOP2001", named.OutputLines);

        File.WriteAllText(settings, "{\n  \"severities\": [\n    { \"rule\": \"COOP2001\", \"severity\": \"fatal\" }\n  ]\n}\n");
        var bad = Tool.Run("check", catalog, "--config", settings);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains($"{settings}:3: \"fatal\" is not a severity", bad.StandardError, StringComparison.Ordinal);
        Assert.Empty(bad.StandardOutput);

        var both = Tool.Run("check", catalog, "--config", settings, "--no-config");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("exclude each other", both.StandardError, StringComparison.Ordinal);

        var missing = Tool.Run("check", catalog, "--config", Path.Combine(_files.Path, "nope.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.json", missing.StandardError, StringComparison.Ordinal);
    }
}
