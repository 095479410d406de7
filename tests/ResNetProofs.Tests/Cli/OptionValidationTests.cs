using System.CommandLine;
using ResNetProofs.Cli;
using ResNetProofs.Cli.Options;

namespace ResNetProofs.Tests.Cli;

/// <summary>
/// Every option of every command, enumerated from <see cref="Program.CreateRootCommand"/> (a new option is covered
/// without editing this file): each numeric option given a non-number, a negative and an overflow exits 2 with one
/// stderr line "error: --option VALUE: problem (expected …)", before the command runs.
/// </summary>
public sealed class OptionValidationTests
{
    private const string Overflow = "99999999999999999999";

    /// <summary>(command, option, bad value) for every validated option and the three bad values.</summary>
    public static TheoryData<string, string, string> BadValues()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var command in Program.CreateRootCommand().Subcommands)
        {
            foreach (var option in command.Options.Where(o => o is IValidatedOption))
            {
                foreach (string value in new[] { "abc", "-1", Overflow })
                {
                    data.Add(command.Name, option.Name, value);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_value_exits_2_with_one_line_naming_the_option(string commandName, string optionName, string value)
    {
        var command = Program.CreateRootCommand().Subcommands.Single(c => c.Name == commandName);

        var (code, stdout, stderr) = CliRun.Run([.. ValidArgumentsExcept(command, optionName), optionName, value]);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Empty(stdout);
        string line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith($"error: {optionName} {value}: ", line, StringComparison.Ordinal);
        Assert.EndsWith($"(expected {((IValidatedOption)command.Options.Single(o => o.Name == optionName)).Expected})", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_numeric_option_of_every_command_is_validated()
    {
        Type[] numeric = [typeof(int), typeof(long), typeof(ulong), typeof(double), typeof(int?), typeof(long?), typeof(ulong?), typeof(double?), typeof(TimeSpan), typeof(int[]), typeof(double[])];

        var unvalidated = Program.CreateRootCommand().Subcommands
            .SelectMany(c => c.Options.Where(o => numeric.Contains(o.ValueType) && o is not IValidatedOption).Select(o => $"{c.Name} {o.Name}"))
            .ToList();

        Assert.Empty(unvalidated);
    }

    [Fact]
    public void The_enumeration_reaches_the_options_named_in_the_issue()
    {
        var covered = BadValues().Select(row => $"{row.Data.Item1} {row.Data.Item2}").ToHashSet();

        Assert.Contains("refine --descent-steps", covered);
        Assert.Contains("refine --max-iterations", covered);
        Assert.Contains("hunt --status-every", covered);
        Assert.Contains("hunt --checkpoint-every", covered);
        Assert.Contains("liu-study --teachers", covered);
        Assert.Contains("gulcu-study --n", covered);
        Assert.Contains("evaluate --max-memory", covered);
    }

    [Theory]
    [InlineData("hunt", "--status-every", "0", "zero")]
    [InlineData("hunt", "--checkpoint-every", "0", "zero")]
    [InlineData("hunt", "--workers", "0", "zero")]
    [InlineData("liu-study", "--teachers", "0", "zero")]
    [InlineData("gulcu-study", "--dim", "0", "zero")]
    [InlineData("refine", "--descent-steps", "1.5", "not a whole number")]
    [InlineData("hunt", "--status-every", "1e999", "too large, not finite")]
    public void Zero_or_a_fraction_where_not_allowed_exits_2_naming_the_problem(string commandName, string optionName, string value, string problem)
    {
        var command = Program.CreateRootCommand().Subcommands.Single(c => c.Name == commandName);

        var (code, _, stderr) = CliRun.Run([.. ValidArgumentsExcept(command, optionName), optionName, value]);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith($"error: {optionName} {value}: {problem} (expected ", stderr, StringComparison.Ordinal);
    }

    /// <summary>The command name, a placeholder for each argument and a valid value for each other required option.</summary>
    private static List<string> ValidArgumentsExcept(Command command, string optionName)
    {
        var args = new List<string> { command.Name };
        args.AddRange(command.Arguments.Select(_ => "placeholder"));
        foreach (var required in command.Options.Where(o => o.Required && o.Name != optionName))
        {
            args.Add(required.Name);
            args.Add(required is IValidatedOption v ? v.Example : "placeholder");
        }
        return args;
    }
}
