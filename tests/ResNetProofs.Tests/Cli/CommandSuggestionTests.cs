using ResNetProofs.Cli;

namespace ResNetProofs.Tests.Cli;

/// <summary>A mistyped command names the nearest command by edit distance, or lists the commands when none is near.</summary>
public sealed class CommandSuggestionTests
{
    [Theory]
    [InlineData("chek", "check")]
    [InlineData("evalute", "evaluate")]
    [InlineData("hnut", "hunt")]
    [InlineData("refien", "refine")]
    [InlineData("finding", "findings")]
    public void A_near_miss_suggests_the_command(string typed, string expected)
    {
        Assert.Equal($"unknown command '{typed}'; did you mean '{expected}'?", CommandSuggestion.ForUnknownCommand(Program.CreateRootCommand(), [typed]));
    }

    [Fact]
    public void A_word_far_from_every_command_lists_them()
    {
        string? line = CommandSuggestion.ForUnknownCommand(Program.CreateRootCommand(), ["frobnicate"]);

        Assert.NotNull(line);
        Assert.StartsWith("unknown command 'frobnicate'; commands: evaluate, refine, ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_known_command_or_an_option_gets_no_suggestion()
    {
        Assert.Null(CommandSuggestion.ForUnknownCommand(Program.CreateRootCommand(), ["check", "x"]));
        Assert.Null(CommandSuggestion.ForUnknownCommand(Program.CreateRootCommand(), ["--frobnicate"]));
    }

    [Theory]
    [InlineData("check", "check", 0)]
    [InlineData("chek", "check", 1)]
    [InlineData("hnut", "hunt", 1)]
    [InlineData("", "hunt", 4)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_insertions_deletions_substitutions_and_swaps(string a, string b, int expected)
    {
        Assert.Equal(expected, CommandSuggestion.Distance(a, b));
    }
}
