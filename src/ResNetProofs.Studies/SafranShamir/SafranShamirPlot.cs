using System.Globalization;
using ScottPlot;

namespace ResNetProofs.Studies;

/// <summary>The Safran–Shamir figure, drawn with ScottPlot: the share of runs ending at a non-global minimum against k, with Wilson 95% bars.</summary>
public static class SafranShamirPlot
{
    /// <summary>Width in pixels (the legend takes the right third).</summary>
    public const int Width = 1300;

    /// <summary>Height in pixels.</summary>
    public const int Height = 600;

    /// <summary>Share of budget-ended runs above which a cell is ringed as a lower bound: 10%.</summary>
    public const double BudgetShareMarked = 0.1;

    /// <summary>
    /// One line per (student form, n − k): non-global rate in % against the number of teacher neurons k (= input dimension),
    /// vertical bars the Wilson 95% interval; series are nudged ±0.06 in k so bars do not overlap. A cell where more than
    /// <see cref="BudgetShareMarked"/> of the runs ended on the step budget is ringed: budget-ended runs are not counted as
    /// non-global, so its rate is only a lower bound.
    /// </summary>
    public static byte[] RatePng(IReadOnlyList<SafranShamirRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var series = rows.GroupBy(r => (r.Form, Extra: r.N - r.K)).OrderBy(g => g.Key.Form).ThenBy(g => g.Key.Extra).ToList();
        for (int s = 0; s < series.Count; s++)
        {
            var cells = series[s].OrderBy(r => r.K).ToList();
            double nudge = (s - ((series.Count - 1) / 2.0)) * 0.06;
            double[] xs = [.. cells.Select(r => r.K + nudge)];
            double[] ys = [.. cells.Select(r => 100 * r.Rate)];
            var color = palette.GetColor(s);
            var bars = plot.Add.ErrorBar(xs, ys, [.. cells.Select(_ => 0.0)]);
            bars.YErrorNegative = [.. cells.Select(r => 100 * (r.Rate - r.Interval.Low))];
            bars.YErrorPositive = [.. cells.Select(r => 100 * (r.Interval.High - r.Rate))];
            bars.Color = color;
            var line = plot.Add.Scatter(xs, ys, color);
            line.LineWidth = 2;
            line.MarkerSize = 7;
            line.MarkerShape = series[s].Key.Form switch
            {
                SafranShamirStudent.Plain => MarkerShape.FilledCircle,
                SafranShamirStudent.LinearSkip => MarkerShape.FilledSquare,
                _ => MarkerShape.FilledTriangleUp,
            };
            line.LinePattern = series[s].Key.Extra == 0 ? LinePattern.Solid : LinePattern.Dashed;
            int runs = cells.Max(r => r.Runs);
            line.LegendText = string.Create(CultureInfo.InvariantCulture,
                $"{SafranShamirStudy.Label(series[s].Key.Form)}, n = k{(series[s].Key.Extra == 0 ? "" : " + " + series[s].Key.Extra)} ({runs} runs per k)");
        }
        var marked = series.SelectMany((g, s) => g.Select(r => (Row: r, Nudge: (s - ((series.Count - 1) / 2.0)) * 0.06)))
            .Where(c => c.Row.Budget > BudgetShareMarked * c.Row.Runs).ToList();
        if (marked.Count > 0)
        {
            double[] ringX = [.. marked.Select(c => c.Row.K + c.Nudge)], ringY = [.. marked.Select(c => 100 * c.Row.Rate)];
            var rings = plot.Add.ScatterPoints(ringX, ringY, Colors.Black);
            rings.MarkerShape = MarkerShape.OpenCircle;
            rings.MarkerSize = 16;
            rings.LegendText = string.Create(CultureInfo.InvariantCulture, $"ringed: > {100 * BudgetShareMarked:0}% of runs ended on the step budget (rate is a lower bound)");
        }
        var ks = rows.Select(r => r.K).Distinct().Order().ToList();
        if (ks.Count > 0)
        {
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ks.Select(k => new Tick(k, k.ToString(CultureInfo.InvariantCulture)))]);
            double top = rows.Count == 0 ? 1 : rows.Max(r => 100 * r.Interval.High);
            plot.Axes.SetLimits(ks[0] - 0.5, ks[^1] + 0.5, -1, Math.Max(5, top * 1.1));
        }
        plot.ShowLegend(Edge.Right); // beside the plot: three students × two n and the ring key fit in the height
        plot.Title("Safran–Shamir: descents ending at a non-global minimum");
        plot.XLabel("teacher neurons k = input dimension d (teacher v_j = e_j)");
        plot.YLabel("non-global minima (% of runs; bars: Wilson 95%)");
        return plot.GetImage(Width, Height).GetImageBytes(ImageFormat.Png, 100);
    }
}
