using System.Globalization;
using ScottPlot;

namespace ResNetProofs.Studies;

/// <summary>The studies' PNG plots, drawn with ScottPlot: a legend entry per series or colour and every axis labelled with its quantity and unit.</summary>
public static class StudyPlots
{
    /// <summary>Width of the study plots in pixels.</summary>
    public const int Width = 900;

    /// <summary>Height of the study plots in pixels.</summary>
    public const int Height = 520;

    private static readonly (string Label, Color Color)[] LiuOutcomes =
    [
        ("global optimum", Color.FromHex("#2ca02c")),
        ("spurious point", Color.FromHex("#d62728")),
        ("neither", Color.FromHex("#969696")),
    ];

    /// <summary>Liu et al. (2019) study: one stacked bar per table row, the percentage of runs ending at the global optimum, at the spurious point, or neither.</summary>
    public static byte[] LiuOutcomesPng(IReadOnlyList<LiuStudyRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var ticks = new List<Tick>();
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            double[] shares = r.Runs == 0 ? [0, 0, 0] : [100.0 * r.Global / r.Runs, 100.0 * r.Spurious / r.Runs, 100.0 * r.Neither / r.Runs];
            double bottom = 0;
            for (int k = 0; k < shares.Length; k++)
            {
                plot.Add.Bar(new Bar { Position = i, ValueBase = bottom, Value = bottom + shares[k], FillColor = LiuOutcomes[k].Color });
                bottom += shares[k];
            }
            ticks.Add(new Tick(i, $"{r.Configuration} ({r.Runs.ToString(CultureInfo.InvariantCulture)} runs)"));
            if (!double.IsNaN(r.GlobalClustered.Low))
            {
                double share = 100.0 * r.GlobalRate;
                var bar = plot.Add.ErrorBar(new double[] { i }, new double[] { share }, new double[] { 0 });
                bar.YErrorNegative = [share - (100 * r.GlobalClustered.Low)];
                bar.YErrorPositive = [(100 * r.GlobalClustered.High) - share];
                bar.Color = Colors.Black;
                bar.LineWidth = 2;
            }
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Bottom.TickLabelStyle.Rotation = 20;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        plot.Axes.Bottom.MinimumSize = 120;
        foreach (var (label, color) in LiuOutcomes)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "global: teacher-clustered 95%", LineColor = Colors.Black, LineWidth = 2 });
        plot.ShowLegend(Edge.Right);
        plot.Axes.SetLimitsY(0, 100);
        plot.Title("Liu et al. 2019: where gradient descent ends, per configuration");
        plot.XLabel("configuration");
        plot.YLabel("share of runs (%)");
        return plot.GetImage(Width, Height + 100).GetImageBytes(ImageFormat.Png, 100);
    }

    /// <summary>
    /// Gulcu width study: the smallest width ratio m/n at which gradient descent reached the target, against the number of
    /// samples n, one line per depth H (a cell without a threshold is a gap); both axes in log₂ with ticks at the grid values.
    /// </summary>
    public static byte[] WidthThresholdsPng(WidthStudyOptions options, Func<int, int, double?> threshold)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(threshold);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (int k = 0; k < options.Depths.Count; k++)
        {
            int h = options.Depths[k];
            var xs = options.Samples.Select(n => Math.Log2(n)).ToArray();
            var ys = options.Samples.Select(n => threshold(n, h) is { } t ? Math.Log2(t) : double.NaN).ToArray();
            var line = plot.Add.Scatter(xs, ys, palette.GetColor(k));
            var missing = options.Samples.Where(n => threshold(n, h) is null).ToList();
            line.LegendText = string.Create(CultureInfo.InvariantCulture, $"depth H = {h}")
                + (missing.Count == 0 ? "" : $" (no threshold up to m/n = {options.Ratios.Max().ToString("0.###", CultureInfo.InvariantCulture)} at n = {string.Join(", ", missing)})");
            line.LineWidth = 2;
            line.MarkerSize = 8;
        }
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. options.Samples.Select(n => new Tick(Math.Log2(n), n.ToString(CultureInfo.InvariantCulture)))]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. options.Ratios.Select(r => new Tick(Math.Log2(r), r.ToString("0.###", CultureInfo.InvariantCulture)))]);
        double yLo = Math.Log2(options.Ratios.Min()), yHi = Math.Log2(options.Ratios.Max());
        double xLo = Math.Log2(options.Samples.Min()), xHi = Math.Log2(options.Samples.Max());
        plot.Axes.SetLimits(xLo - 0.3, xHi + 0.3, yLo - 0.3, yHi + 0.3);
        plot.ShowLegend(Edge.Right);
        plot.Title("Gulcu width study: width needed for gradient descent to reach the target");
        plot.XLabel("samples n (log₂ scale)");
        plot.YLabel("threshold width ratio m/n (log₂ scale)");
        return plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png, 100);
    }
}
