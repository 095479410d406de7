using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ScottPlot;

namespace ResNetProofs.Hunting.Reports;

/// <summary>
/// The report's PNG plots, drawn with ScottPlot (headless on Linux through SkiaSharp's bundled native library). Proven
/// statements and open conjectures are drawn apart from planted ones, so a planted statement's scale never hides a proven
/// one's negative margin; each line has its own colour and a legend entry, and every axis names its quantity and unit.
/// </summary>
public static class ReportPlots
{
    private const int Width = 1100;
    private const int Height = 560;

    private static readonly (string Verdict, Color Color)[] VerdictColors =
    [
        ("Confirmed", Color.FromHex("#2ca02c")),
        ("Vacuous", Color.FromHex("#7f7f7f")),
        ("Inconclusive", Color.FromHex("#ff7f0e")),
        ("Counterexample", Color.FromHex("#d62728")),
        ("inapplicable or error", Color.FromHex("#9467bd")),
    ];

    private static readonly Color Holds = Color.FromHex("#1f77b4");
    private static readonly Color Fails = Color.FromHex("#d62728");

    /// <summary>Stacked bars: the share of each verdict per statement of one group (in percent of that statement's cases).</summary>
    public static void VerdictShares(IReadOnlyList<TheoremStatistics> stats, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var plot = new Plot();
        var ticks = new List<Tick>();
        for (int i = 0; i < stats.Count; i++)
        {
            var s = stats[i];
            double total = Math.Max(1, s.Cases);
            double[] shares = [s.Confirmed / total, s.Vacuous / total, s.Inconclusive / total, s.Counterexamples / total, (s.Inapplicable + s.Errors) / total];
            double baseValue = 0;
            for (int k = 0; k < shares.Length; k++)
            {
                plot.Add.Bar(new Bar { Position = i, ValueBase = baseValue, Value = baseValue + 100 * shares[k], FillColor = VerdictColors[k].Color });
                baseValue += 100 * shares[k];
            }
            ticks.Add(new Tick(i, Shorten(s.TheoremId)));
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 190;
        foreach (var (verdict, color) in VerdictColors)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = verdict, FillColor = color });
        }
        plot.ShowLegend(Edge.Right);
        plot.Title(stats.Count == 0 ? title + " (none in this hunt)" : title);
        plot.YLabel("share of the statement's cases (%)");
        plot.XLabel("statement");
        plot.Axes.SetLimitsY(0, 100);
        plot.SavePng(path, Width, Height + 150);
    }

    /// <summary>Cases per second between consecutive checkpoints, one line per shard.</summary>
    public static void CasesPerSecond(IReadOnlyList<ProgressRow> progress, string path)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        int line = 0;
        foreach (var shard in progress.GroupBy(p => p.Shard))
        {
            var rows = shard.ToList();
            var xs = new List<double>();
            var ys = new List<double>();
            for (int i = 1; i < rows.Count; i++)
            {
                double dt = rows[i].ElapsedSeconds - rows[i - 1].ElapsedSeconds;
                if (dt > 0)
                {
                    xs.Add(rows[i].ElapsedSeconds / 60);
                    ys.Add((rows[i].Cases - rows[i - 1].Cases) / dt);
                }
            }
            if (xs.Count > 0)
            {
                var scatter = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), palette.GetColor(line++));
                scatter.LegendText = $"shard {shard.Key}";
            }
        }
        plot.Title("Cases per second (all statements, all workers of a shard)");
        plot.XLabel("hunting time (min; resumed runs laid end to end)");
        plot.YLabel("cases judged per second (1/s)");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The best score so far of each statement in <paramref name="theorems"/> over time (from the checkpoints), on the signed-log scale.</summary>
    public static void BestScores(IReadOnlyList<ProgressRow> progress, IReadOnlySet<string> theorems, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(progress);
        ArgumentNullException.ThrowIfNull(theorems);
        var plot = new Plot();
        var series = new SortedDictionary<string, (List<double> X, List<double> Y)>(StringComparer.Ordinal);
        foreach (var row in progress)
        {
            if (JsonNode.Parse(row.BestScoresJson) is not JsonObject scores)
            {
                continue;
            }
            foreach (var (theorem, value) in scores)
            {
                if (value is null || !theorems.Contains(theorem))
                {
                    continue;
                }
                if (!series.TryGetValue(theorem, out var s))
                {
                    series[theorem] = s = ([], []);
                }
                s.X.Add(row.ElapsedSeconds / 60);
                s.Y.Add(SignedLog(value.GetValue<double>()));
            }
        }
        var palette = new ScottPlot.Palettes.Category10();
        int line = 0;
        foreach (var (theorem, (x, y)) in series)
        {
            var scatter = plot.Add.Scatter(x.ToArray(), y.ToArray(), palette.GetColor(line));
            scatter.LegendText = Shorten(theorem);
            scatter.LinePattern = line / 10 == 0 ? LinePattern.Solid : LinePattern.Dashed; // 10 colours, then dashed
            scatter.LineWidth = 2;
            line++;
        }
        plot.Title(series.Count == 0 ? title + " (no scored case)" : title);
        plot.XLabel("hunting time (min; resumed runs laid end to end)");
        plot.YLabel("best score so far, sign(s)·log10(1 + |s|)");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width, Height);
    }

    /// <summary>
    /// Histogram of the conclusion margins of the cases in <paramref name="theorems"/> on the signed-log scale
    /// sign(m)·log10(1 + |m|); bars of negative margins (the conclusion fails) in red. Counts are on a log scale
    /// (log10(1 + count), ticks at 1, 10, 100, …) so that a single failing case stays visible beside thousands. The legend
    /// gives the verdicts of the failing cases: only a Counterexample refutes; Inconclusive (a gate failed, not certified,
    /// or within the tolerance) and Vacuous (a hypothesis fails) do not.
    /// </summary>
    public static void Margins(IReadOnlyList<CaseRow> cases, IReadOnlySet<string> theorems, string title, string path)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(theorems);
        var plot = new Plot();
        var chosen = cases.Where(c => c.Margin is not null && theorems.Contains(c.TheoremId)).ToList();
        var values = chosen.Select(c => SignedLog(c.Margin!.Value)).ToArray();
        var fails = chosen.Select(c => c.Margin!.Value < 0).ToArray(); // by the margin itself: −1e−17 maps to −0 on the log axis
        int failing = fails.Count(f => f);
        string byVerdict = string.Join(", ", chosen.Where(c => c.Margin < 0).GroupBy(c => c.Verdict).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));
        double highest = 0;
        if (values.Length > 0)
        {
            // Bins of equal width that never straddle 0: the failing side (every m < 0, however small) and the holding side
            // are binned apart, and a failing case always lands in a red bin.
            double lo = Math.Min(0, values.Min()), hi = Math.Max(0, values.Max());
            const int bins = 40;
            double width = hi > lo ? (hi - lo) / bins : 1;
            int negativeBins = failing == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(-lo / width));
            double origin = -negativeBins * width;
            int count = negativeBins + (int)Math.Ceiling(hi / width) + 1;
            var counts = new double[count];
            for (int i = 0; i < values.Length; i++)
            {
                int bin = (int)Math.Floor((values[i] - origin) / width);
                counts[fails[i] ? Math.Clamp(bin, 0, negativeBins - 1) : Math.Clamp(bin, negativeBins, count - 1)]++;
            }
            for (int b = 0; b < count; b++)
            {
                if (counts[b] > 0)
                {
                    double left = origin + b * width;
                    double y = Math.Log10(1 + counts[b]);
                    highest = Math.Max(highest, y);
                    plot.Add.Bar(new Bar { Position = left + width / 2, Value = y, Size = width, FillColor = left < 0 ? Fails : Holds });
                }
            }
            var zero = plot.Add.VerticalLine(0, 1, Colors.Black);
            zero.LinePattern = LinePattern.Dotted;
        }
        var ticks = new List<Tick>();
        for (int k = 0; Math.Log10(1 + Math.Pow(10, k)) <= Math.Max(highest, 1) + 1e-9; k++)
        {
            double n = Math.Pow(10, k);
            ticks.Add(new Tick(Math.Log10(1 + n), n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.SetLimitsY(0, Math.Max(highest, 1) * 1.08);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"margin < 0: conclusion fails at the judged point ({failing} cases)", FillColor = Fails });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"  their verdicts: {(failing == 0 ? "–" : byVerdict)}", FillColor = Colors.Transparent, OutlineColor = Colors.Transparent });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"margin ≥ 0: conclusion holds ({values.Length - failing} cases)", FillColor = Holds });
        plot.ShowLegend(Edge.Right);
        plot.Title(values.Length == 0 ? title + " (no case with a margin)" : title);
        plot.XLabel("margin m (units of the inequality); axis: sign(m)·log10(1 + |m|)");
        plot.YLabel("cases per bin (log scale)");
        plot.SavePng(path, Width, Height);
    }

    private static double SignedLog(double value) => Math.Sign(value) * Math.Log10(1 + Math.Abs(value));

    private static string Shorten(string theoremId) => theoremId.Length <= 60 ? theoremId : theoremId[..58] + "…";
}
