using System.Text.Json.Nodes;
using ResNetProofs.Hunting.Store;
using ScottPlot;

namespace ResNetProofs.Hunting.Reports;

/// <summary>The report's PNG plots, drawn with ScottPlot (headless on Linux through SkiaSharp's bundled native library).</summary>
public static class ReportPlots
{
    private const int Width = 900;
    private const int Height = 500;

    private static readonly (string Verdict, Color Color)[] VerdictColors =
    [
        ("Confirmed", Color.FromHex("#2ca02c")),
        ("Vacuous", Color.FromHex("#7f7f7f")),
        ("Inconclusive", Color.FromHex("#ff7f0e")),
        ("Counterexample", Color.FromHex("#d62728")),
        ("other", Color.FromHex("#9467bd")),
    ];

    /// <summary>Stacked bars: the share of each verdict per theorem.</summary>
    public static void VerdictShares(IReadOnlyList<TheoremStatistics> stats, string path)
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
                plot.Add.Bar(new Bar { Position = i, ValueBase = baseValue, Value = baseValue + shares[k], FillColor = VerdictColors[k].Color });
                baseValue += shares[k];
            }
            ticks.Add(new Tick(i, Shorten(s.TheoremId)));
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 30;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 160;
        foreach (var (verdict, color) in VerdictColors)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = verdict, FillColor = color });
        }
        plot.ShowLegend(Edge.Right);
        plot.Title("Verdict shares per theorem");
        plot.YLabel("share of cases");
        plot.SavePng(path, Width + 300, Height + 150);
    }

    /// <summary>Cases per second between consecutive checkpoints, per shard.</summary>
    public static void CasesPerSecond(IReadOnlyList<ProgressRow> progress, string path)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var plot = new Plot();
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
                plot.Add.Scatter(xs.ToArray(), ys.ToArray()).LegendText = $"shard {shard.Key}";
            }
        }
        plot.Title("Cases per second");
        plot.XLabel("minutes of hunting");
        plot.YLabel("cases / s");
        plot.ShowLegend();
        plot.SavePng(path, Width, Height);
    }

    /// <summary>The best score per theorem over time (from the checkpoints).</summary>
    public static void BestScores(IReadOnlyList<ProgressRow> progress, string path)
    {
        ArgumentNullException.ThrowIfNull(progress);
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
                if (value is null)
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
        foreach (var (theorem, (x, y)) in series)
        {
            plot.Add.Scatter(x.ToArray(), y.ToArray()).LegendText = Shorten(theorem);
        }
        plot.Title("Best score so far (sign(s)·log10(1 + |s|))");
        plot.XLabel("minutes of hunting");
        plot.YLabel("best score");
        plot.ShowLegend(Edge.Right);
        plot.SavePng(path, Width + 300, Height);
    }

    /// <summary>Histogram of conclusion margins over every case, on the signed-log scale sign(m)·log10(1 + |m|).</summary>
    public static void Margins(IReadOnlyList<CaseRow> cases, string path)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var plot = new Plot();
        var values = cases.Where(c => c.Margin is not null).Select(c => SignedLog(c.Margin!.Value)).ToArray();
        if (values.Length > 0)
        {
            double lo = values.Min(), hi = values.Max();
            const int bins = 40;
            double width = hi > lo ? (hi - lo) / bins : 1;
            var counts = new double[bins];
            foreach (double v in values)
            {
                counts[Math.Min(bins - 1, (int)((v - lo) / width))]++;
            }
            for (int b = 0; b < bins; b++)
            {
                plot.Add.Bar(new Bar { Position = lo + (b + 0.5) * width, Value = counts[b], Size = width, FillColor = Color.FromHex("#1f77b4") });
            }
        }
        plot.Title("Conclusion margins (sign(m)·log10(1 + |m|); < 0: the conclusion fails)");
        plot.XLabel("signed log margin");
        plot.YLabel("cases");
        plot.SavePng(path, Width, Height);
    }

    private static double SignedLog(double value) => Math.Sign(value) * Math.Log10(1 + Math.Abs(value));

    private static string Shorten(string theoremId) => theoremId.Length <= 40 ? theoremId : theoremId[..38] + "…";
}
