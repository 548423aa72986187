using System;
using System.Linq;
using Cooperation.Cli.Input;
using Cooperation.Cli.Tests.Support;

namespace Cooperation.Cli.Tests;

/// <summary>Mistyped commands, extra arguments, the help's labels and the words of counts.</summary>
public class CommandLineTests
{
    [Theory]
    [InlineData("chek", "'chek' is not a cooperation command. Did you mean 'check'?", "cooperation")]
    [InlineData("lst", "'lst' is not a cooperation command. Did you mean 'list' or 'fmt'?", "cooperation")]
    [InlineData("xyzzy", "'xyzzy' is not a cooperation command. The commands are 'check', 'list', 'show', 'due', 'countries', 'export', 'fmt', 'diff', 'extract' and 'merge'.", "cooperation")]
    [InlineData("countries fnd Mexico", "'fnd' is not a cooperation countries command. Did you mean 'find'?", "cooperation countries")]
    [InlineData("list meetngs", "'meetngs' is not a cooperation list command. Did you mean 'meetings'?", "cooperation list")]
    [InlineData("list", "cooperation list needs a command: 'mechanisms', 'meetings', 'institutions' or 'countries'.", "cooperation list")]
    public void An_unknown_command_is_one_error_with_the_nearest_commands(string args, string message, string help)
    {
        var result = Tool.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Equal($"cooperation: error: {message}\nRun \"{help} --help\" for usage.\n", result.StandardError);
    }

    [Theory]
    [InlineData("show mx-ca-danm extra", "cooperation show takes 1 argument (ID); 'extra' is one too many.")]
    [InlineData("countries find Mexico Canada", "cooperation countries find takes 1 argument (TEXT); 'Canada' is one too many.")]
    [InlineData("due soon please", "cooperation due takes no arguments; 'soon' and 'please' are 2 too many.")]
    public void Extra_arguments_say_how_many_the_command_takes_in_good_grammar(string args, string message)
    {
        var result = Tool.Run(args.Split(' '));
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.StartsWith($"cooperation: error: {message}\n", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_optional_and_repeatable_arguments_as_such()
    {
        var top = Tool.Run("--help");
        Assert.Equal(0, top.ExitCode);
        var check = Assert.Single(top.OutputLines, l => l.StartsWith("  check ", StringComparison.Ordinal));
        Assert.StartsWith("  check [<FILE>...]           Validate catalogs", check, StringComparison.Ordinal);
        Assert.StartsWith("  show <ID>                   Show one mechanism", Assert.Single(top.OutputLines, l => l.StartsWith("  show ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("check <FILE>", top.Output, StringComparison.Ordinal);

        var own = Tool.Run("check", "--help");
        Assert.Equal(0, own.ExitCode);
        Assert.Contains(own.OutputLines, l => l.EndsWith(" check [<FILE>...] [options]", StringComparison.Ordinal));
        Assert.Contains(own.OutputLines, l => l.StartsWith("  [<FILE>...]  Catalog files (JSON) to check.", StringComparison.Ordinal));
        Assert.Contains(Tool.Run("show", "--help").OutputLines, l => l.StartsWith("  <ID>  The id of", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_wraps_the_relabelled_rows_on_a_narrow_terminal()
    {
        var help = Tool.Run(new CliOptions(OutputIsTerminal: true, Width: 60), "--help");
        var rows = help.OutputLines.SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.Length > 0).ToArray();
        Assert.All(rows, l => Assert.True(l.Length <= 60, l));
        Assert.StartsWith("  check [<FILE>...]           Validate", rows[0], StringComparison.Ordinal);
        Assert.StartsWith(new string(' ', 30), rows[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "0 arguments")]
    [InlineData(1, "1 argument")]
    [InlineData(2, "2 arguments")]
    [InlineData(1234, "1,234 arguments")]
    public void Counts_take_the_singular_for_one(long count, string words)
        => Assert.Equal(words, Suggestions.Count(count, "argument"));

    [Fact]
    public void Counts_of_bytes_and_cells()
    {
        Assert.Equal("1 byte", Suggestions.Count(1, "byte"));
        Assert.Equal("no arguments", Suggestions.Count(0, "argument", none: "no arguments"));
        var error = Assert.Throws<ArgumentException>(() => new Output.Table("id").Add("a", "b"));
        Assert.StartsWith("A row has 2 cells; the table has 1 column.", error.Message, StringComparison.Ordinal);
    }
}
