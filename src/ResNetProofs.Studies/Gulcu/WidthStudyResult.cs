using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ResNetProofs.Studies;

/// <summary>The study's cells with Markdown, JSON and PNG renderings (the PNG: log₂ threshold against log₂ n, one line per H).</summary>
/// <param name="Options">The settings.</param>
/// <param name="Cells">One per (n, H), n-major.</param>
/// <param name="WallSeconds">Wall time of the whole study.</param>
public sealed record WidthStudyResult(WidthStudyOptions Options, IReadOnlyList<WidthStudyCell> Cells, double WallSeconds)
{
    /// <summary>The threshold table: rows n, columns H, entries the threshold m/n ("none" when no ratio of the grid succeeded), then the settings.</summary>
    public string ToMarkdown()
    {
        var o = Options;
        var text = new StringBuilder();
        text.AppendLine("| n | d | " + string.Join(" | ", o.Depths.Select(h => $"H = {h}")) + " |");
        text.AppendLine("|---|---|" + string.Concat(o.Depths.Select(_ => "---|")));
        foreach (int n in o.Samples)
        {
            var row = Cells.Where(c => c.Samples == n).ToList();
            text.AppendLine($"| {n} | {row[0].Dimension} | " + string.Join(" | ", o.Depths.Select(h => Entry(row.Single(c => c.Depth == h)))) + " |");
        }
        text.AppendLine();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"Threshold: smallest m/n in [{string.Join(", ", o.Ratios.Select(Ratio))}] at which more than half of seeds [{string.Join(", ", o.Seeds)}] reach L ≤ {o.TargetLoss:G3} within {o.Budget} GD steps (η = 1/λ_max(G₀), softplus, c_res = {o.ResidualScale}, a fixed); entries m (P) successes/seeds; \"≤ r\" marks a threshold clipped at the grid's floor. Wall time {WallSeconds:F1} s."));
        text.AppendLine();
        text.AppendLine("Every ratio tried, with the success rate's Wilson 95% interval (seeds are independent draws of data and start):");
        text.AppendLine();
        text.AppendLine("| n | H | m/n | m | P | successes/seeds | rate | Wilson 95% | median steps |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var c in Cells)
        {
            foreach (var a in c.Attempts)
            {
                var w = a.SuccessWilson;
                text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {c.Samples} | {c.Depth} | {Ratio(a.Ratio)} | {a.Width} | {a.Parameters} | {a.Successes}/{a.Seeds} | {100 * a.SuccessRate:F0}% | [{100 * w.Low:F0}, {100 * w.High:F0}]% | {(double.IsNaN(a.MedianSteps) ? "–" : a.MedianSteps.ToString("F0", CultureInfo.InvariantCulture))} |"));
            }
        }
        return text.ToString();
    }

    /// <summary>The record as JSON (settings, cells, attempts); <paramref name="includeTiming"/> adds the wall time (leave it out for pinned files).</summary>
    public string ToJson(bool includeTiming = true)
    {
        var o = Options;
        var root = new JsonObject
        {
            ["study"] = "gulcu.width-linear-in-n",
            ["samples"] = new JsonArray(o.Samples.Select(n => (JsonNode)n).ToArray()),
            ["depths"] = new JsonArray(o.Depths.Select(h => (JsonNode)h).ToArray()),
            ["ratios"] = new JsonArray(o.Ratios.Select(r => (JsonNode)r).ToArray()),
            ["seeds"] = new JsonArray(o.Seeds.Select(s => (JsonNode)s).ToArray()),
            ["budget"] = o.Budget,
            ["targetLoss"] = o.TargetLoss,
            ["dimension"] = o.Dimension is { } d ? d : "n",
            ["residualScale"] = o.ResidualScale,
            ["cells"] = new JsonArray(Cells.Select(c => (JsonNode)new JsonObject
            {
                ["n"] = c.Samples,
                ["H"] = c.Depth,
                ["d"] = c.Dimension,
                ["threshold"] = c.Threshold is { } t ? t : null,
                ["clippedAtFloor"] = c.ClippedAtFloor,
                ["attempts"] = new JsonArray(c.Attempts.Select(a => (JsonNode)new JsonObject
                {
                    ["ratio"] = a.Ratio,
                    ["m"] = a.Width,
                    ["P"] = a.Parameters,
                    ["successes"] = a.Successes,
                    ["seeds"] = a.Seeds,
                    ["successWilson95"] = new JsonArray(Number(a.SuccessWilson.Low), Number(a.SuccessWilson.High)),
                    ["medianSteps"] = Number(a.MedianSteps),
                    ["medianFinalLoss"] = Number(a.MedianFinalLoss),
                }).ToArray()),
            }).ToArray()),
        };
        if (includeTiming)
        {
            root["wallSeconds"] = WallSeconds;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>
    /// A PNG (<see cref="StudyPlots.WidthThresholdsPng"/>): the threshold m/n against n, one line per depth H with a legend,
    /// both axes log₂ with ticks at the grid values; a cell without a threshold is a gap.
    /// </summary>
    public byte[] ToPng() =>
        StudyPlots.WidthThresholdsPng(Options, (n, h) => Cells.Single(c => c.Samples == n && c.Depth == h).Threshold);

    private static string Entry(WidthStudyCell c)
    {
        var last = c.Attempts[^1];
        string value = c.Threshold is { } t ? (c.ClippedAtFloor ? "≤ " : "") + Ratio(t) : "none";
        return $"{value} (m = {last.Width}, P = {last.Parameters}, {last.Successes}/{last.Seeds})";
    }

    private static string Ratio(double r) =>
        r < 1 && Math.Abs((1 / r) - Math.Round(1 / r)) < 1e-9 ? string.Create(CultureInfo.InvariantCulture, $"1/{Math.Round(1 / r)}") : r.ToString("0.###", CultureInfo.InvariantCulture);

    private static JsonNode? Number(double v) => double.IsFinite(v) ? JsonValue.Create(v) : null;
}
