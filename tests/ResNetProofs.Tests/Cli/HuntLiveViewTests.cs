using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Session;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Theorems;
using Spectre.Console;

namespace ResNetProofs.Tests.Cli;

/// <summary>The hunt's live view fits an 80-column terminal with every catalogue theorem and the largest numbers a long hunt shows.</summary>
public sealed class HuntLiveViewTests
{
    private static HuntProgress LongHuntProgress() => new(
        TimeSpan.FromHours(7.99),
        9_999_999,
        [.. TheoremCatalog.All.Select(t => new TheoremStatistics(t.Id)
        {
            Cases = 9_999_999, Confirmed = 1_000_000, Vacuous = 1_000_000, Counterexamples = 999_999, Inconclusive = 7_000_000, BestScore = -1.2345678e-05,
        })],
        99_999_999);

    private static string[] Render(Spectre.Console.Rendering.IRenderable view, int width)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        console.Write(view);
        return writer.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
    }

    [Fact]
    public void Widest_line_of_a_long_hunt_fits_80_columns()
    {
        string[] lines = Render(HuntLiveView.Build(LongHuntProgress(), HuntBudget.ForTime(TimeSpan.FromHours(8))), width: 200);

        int widest = lines.Max(l => l.Length);
        Assert.True(widest <= HuntLiveView.MaxWidth, $"widest line {widest} columns:\n{string.Join('\n', lines.Where(l => l.Length == widest))}");
        Assert.Equal(TheoremCatalog.All.Count, lines.Count(l => l.Contains("9999999", StringComparison.Ordinal) && l.StartsWith('│')));
    }

    [Fact]
    public void At_80_columns_no_row_wraps()
    {
        var progress = LongHuntProgress();

        string[] lines = Render(HuntLiveView.Build(progress, HuntBudget.ForTime(TimeSpan.FromHours(8))), width: 80);

        // One line per theorem row, none broken over two: every row line carries its case count.
        Assert.Equal(progress.Statistics.Count, lines.Count(l => l.StartsWith('│') && l.Contains("9999999", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("yun2019.near-identity", 28, "yun2019.near-identity")]
    [InlineData("planted.first-order-certificate-without-block-term", 28, "planted.…-without-block-term")]
    [InlineData("averyveryverylongprefix.x-y-z-w-v-u-t", 20, "…refix.x-y-z-w-v-u-t")]
    public void Fit_keeps_the_prefix_and_the_tail(string id, int width, string expected)
    {
        string fitted = HuntLiveView.Fit(id, width);

        Assert.Equal(expected, fitted);
        Assert.True(fitted.Length <= width);
    }
}
