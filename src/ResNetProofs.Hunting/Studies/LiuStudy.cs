using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Convolutional;
using ResNetProofs.Theorems.Conditions;

namespace ResNetProofs.Hunting.Studies;

/// <summary>
/// The success-rate experiment of Liu et al. 2019: over random teachers and initialisations, gradient descent on the population loss
/// (1) of the shortcut CNN from w = 0, a in a ball (no normalisation), (2) of the plain CNN from random init with weight normalisation
/// (Du et al. 2018), (3) of the plain CNN from the same starts without it; counts global optimum / spurious point / neither. Never prints.
/// </summary>
public static class LiuStudy
{
    /// <summary>Label of configuration (1).</summary>
    public const string Shortcut = "shortcut, w₀ = 0";

    /// <summary>Label of configuration (2).</summary>
    public const string PlainNormalized = "plain, random init, weight-normalised";

    /// <summary>Label of configuration (3).</summary>
    public const string Plain = "plain, random init";

    /// <summary>Runs the study; the result is a deterministic function of the options. <paramref name="progress"/> (optional) hears after every teacher × init (three descents).</summary>
    public static LiuStudyResult Run(LiuStudyOptions options, Action<StudyProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var plainArch = new CnnArchitecture(options.PatchDimension, options.Patches, ShortcutForm.None);
        var shortcutArch = plainArch.WithShortcut(options.Shortcut);
        var rng = new Random(options.Seed);
        var runs = new List<LiuStudyRun>();
        for (int t = 0; t < options.Teachers; t++)
        {
            var plain = CnnInitialization.Teacher(plainArch, rng);
            var shortcut = plain.On(shortcutArch);
            var plainLoss = new CnnPopulationLoss(plain);
            var shortcutLoss = new CnnPopulationLoss(shortcut);
            double sum = plain.Readout.Sum();
            for (int i = 0; i < options.Inits; i++)
            {
                var zero = CnnInitialization.ZeroFilterReadoutInBall(shortcutArch, options.BallRadius, rng);
                var random = CnnInitialization.RandomFilterReadoutInBall(plainArch, options.BallRadius, rng);
                var s = CnnGradientDescent.Run(shortcutLoss, zero, options.Descent with { Normalization = CnnNormalization.None });
                runs.Add(Record(Shortcut, t, i, sum, s, false));
                var wn = CnnGradientDescent.Run(plainLoss, random, options.Descent with { Normalization = CnnNormalization.WeightNormalized });
                var trap = CnnSpuriousTrap.Evaluate(plain, wn.Theta, wn.StepSize);
                runs.Add(Record(PlainNormalized, t, i, sum, wn, LiuChecks.CertifiedTrapped(trap, plainArch.ParameterCount, wn.LossThreshold)));
                var raw = CnnGradientDescent.Run(plainLoss, random, options.Descent with { Normalization = CnnNormalization.None });
                runs.Add(Record(Plain, t, i, sum, raw, false));
                progress?.Invoke(new StudyProgress(runs.Count, options.Descents, $"teacher {t + 1}/{options.Teachers}, init {i + 1}/{options.Inits}: {runs.Count}/{options.Descents} descents"));
            }
        }
        var rows = new List<LiuStudyRow>
        {
            Row(Shortcut, runs.Where(r => r.Configuration == Shortcut)),
            Row(Shortcut + ", teachers with 1ᵀa* > 0", runs.Where(r => r.Configuration == Shortcut && r.TeacherReadoutSum > 0)),
            Row(Shortcut + ", teachers with 1ᵀa* ≤ 0", runs.Where(r => r.Configuration == Shortcut && r.TeacherReadoutSum <= 0)),
            Row(PlainNormalized, runs.Where(r => r.Configuration == PlainNormalized)),
            Row(Plain, runs.Where(r => r.Configuration == Plain)),
        };
        return new LiuStudyResult(options, rows, runs);
    }

    /// <summary>The Markdown table: configuration, runs, global rate, spurious rate (certified), neither, mean steps to ε.</summary>
    public static string ToMarkdown(LiuStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Liu et al. 2019 success rates: p = {o.PatchDimension}, k = {o.Patches}, {o.Teachers} teachers × {o.Inits} inits, seed {o.Seed}, ")
            .Append(CultureInfo.InvariantCulture, $"shortcut {o.Shortcut}, ‖a₀‖ ≤ {o.BallRadius}, ε = {o.Descent.RelativeLossTolerance}·½E y², at most {o.Descent.MaxIterations} steps\n\n");
        text.Append("| configuration | runs | global optimum | spurious point (certified) | neither | mean steps to ε |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var r in result.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {r.Configuration} | {r.Runs} | {Rate(r.GlobalRate)} | {Rate(r.SpuriousRate)} ({r.CertifiedTrapped}) | {r.Neither} | {(double.IsNaN(r.MeanIterationsToTolerance) ? "–" : r.MeanIterationsToTolerance.ToString("F0", CultureInfo.InvariantCulture))} |\n");
        }
        return text.ToString();
    }

    /// <summary>The JSON record: options, rows and every run (numbers round-trip; NaN as a string).</summary>
    public static string ToJson(LiuStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var root = new JsonObject
        {
            ["study"] = "liu2019.success-rate",
            ["options"] = new JsonObject
            {
                ["teachers"] = o.Teachers,
                ["inits"] = o.Inits,
                ["seed"] = o.Seed,
                ["p"] = o.PatchDimension,
                ["k"] = o.Patches,
                ["ballRadius"] = o.BallRadius,
                ["shortcut"] = o.Shortcut.ToString(),
                ["maxIterations"] = o.Descent.MaxIterations,
                ["relativeLossTolerance"] = o.Descent.RelativeLossTolerance,
            },
            ["rows"] = new JsonArray(result.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["configuration"] = r.Configuration,
                ["runs"] = r.Runs,
                ["global"] = r.Global,
                ["spurious"] = r.Spurious,
                ["certifiedTrapped"] = r.CertifiedTrapped,
                ["neither"] = r.Neither,
                ["meanIterationsToTolerance"] = Number(r.MeanIterationsToTolerance),
            }).ToArray()),
            ["runs"] = new JsonArray(result.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["configuration"] = r.Configuration,
                ["teacher"] = r.Teacher,
                ["init"] = r.Init,
                ["teacherReadoutSum"] = Number(r.TeacherReadoutSum),
                ["outcome"] = r.Outcome.ToString(),
                ["stop"] = r.StopReason.ToString(),
                ["iterations"] = r.Iterations,
                ["iterationsToTolerance"] = r.IterationsToTolerance,
                ["loss"] = Number(r.Loss),
                ["angle"] = Number(r.Angle),
                ["certifiedTrapped"] = r.CertifiedTrapped,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>A PNG (<see cref="StudyPlots.LiuOutcomesPng"/>): one stacked bar per table row, the share of runs at the global optimum, the spurious point, or neither, with a legend and labelled axes.</summary>
    public static byte[] ToPng(LiuStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return StudyPlots.LiuOutcomesPng(result.Rows);
    }

    private static LiuStudyRun Record(string configuration, int teacher, int init, double sum, CnnGradientDescentResult run, bool trapped) =>
        new(configuration, teacher, init, sum, run.Outcome, run.StopReason, run.Iterations, run.IterationsToTolerance, run.Loss, run.Angle, trapped);

    private static LiuStudyRow Row(string label, IEnumerable<LiuStudyRun> runs)
    {
        var list = runs.ToList();
        var steps = list.Where(r => r.IterationsToTolerance is not null).Select(r => (double)r.IterationsToTolerance!.Value).ToList();
        return new LiuStudyRow(label, list.Count,
            list.Count(r => r.Outcome == CnnRunOutcome.GlobalOptimum),
            list.Count(r => r.Outcome == CnnRunOutcome.SpuriousPoint),
            list.Count(r => r.CertifiedTrapped),
            list.Count(r => r.Outcome == CnnRunOutcome.Neither),
            steps.Count == 0 ? double.NaN : steps.Average());
    }

    private static string Rate(double rate) => double.IsNaN(rate) ? "–" : rate.ToString("P0", CultureInfo.InvariantCulture);

    private static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));
}
