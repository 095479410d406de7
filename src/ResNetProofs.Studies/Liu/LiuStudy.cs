using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Conditions;

namespace ResNetProofs.Studies;

/// <summary>
/// The success-rate experiment of Liu et al. 2019: over random teachers and initialisations, gradient descent on the population loss
/// (1) of the shortcut CNN from w = 0, a in a ball (no normalisation), (2) of the plain CNN from random init with weight normalisation
/// (Du et al. 2018), (3) of the plain CNN from the same starts without it; counts global optimum / spurious point / neither. Never prints.
/// </summary>
public static class LiuStudy
{
    /// <summary>Label of configuration (1).</summary>
    public const string Shortcut = "shortcut, w₀ = 0";

    /// <summary>Label of configuration (1) when the shortcut run is weight-normalised (it then starts from the random unit filter).</summary>
    public const string ShortcutNormalized = "shortcut, random init, weight-normalised";

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
        var shortcutArch = plainArch.WithShortcut(options.Shortcut, options.ShortcutWeight);
        string shortcutLabel = options.NormalizeShortcut ? ShortcutNormalized : Shortcut;
        var rng = new Random(options.Seed);
        var runs = new List<LiuStudyRun>();
        for (int t = 0; t < options.Teachers; t++)
        {
            var plain = DrawTeacher(plainArch, shortcutArch, options, rng);
            var shortcut = plain.On(shortcutArch);
            var plainLoss = new CnnPopulationLoss(plain);
            var shortcutLoss = new CnnPopulationLoss(shortcut);
            double sum = plain.Readout.Sum();
            double g0 = LiuChecks.FirstStepCoefficient(shortcut).Mid;
            double radius = options.RadiusRule == LiuBallRadius.TeacherReadoutSum ? Math.Abs(sum) / Math.Sqrt(options.Patches) : options.BallRadius;
            var teacher = new TeacherFacts(t, sum, g0, radius);
            for (int i = 0; i < options.Inits; i++)
            {
                var zero = CnnInitialization.ZeroFilterReadoutInBall(shortcutArch, radius, rng);
                var random = CnnInitialization.RandomFilterReadoutInBall(plainArch, radius, rng);
                var s = options.NormalizeShortcut
                    ? CnnGradientDescent.Run(shortcutLoss, random, options.Descent with { Normalization = CnnNormalization.WeightNormalized })
                    : CnnGradientDescent.Run(shortcutLoss, zero, options.Descent with { Normalization = CnnNormalization.None });
                runs.Add(Record(shortcutLabel, teacher, i, s, false));
                var wn = CnnGradientDescent.Run(plainLoss, random, options.Descent with { Normalization = CnnNormalization.WeightNormalized });
                var trap = CnnSpuriousTrap.Evaluate(plain, wn.Theta, wn.StepSize);
                runs.Add(Record(PlainNormalized, teacher, i, wn, LiuChecks.CertifiedTrapped(trap, plainArch.ParameterCount, wn.LossThreshold)));
                var raw = CnnGradientDescent.Run(plainLoss, random, options.Descent with { Normalization = CnnNormalization.None });
                runs.Add(Record(Plain, teacher, i, raw, false));
                progress?.Invoke(new StudyProgress(runs.Count, options.Descents, $"teacher {t + 1}/{options.Teachers}, init {i + 1}/{options.Inits}: {runs.Count}/{options.Descents} descents"));
            }
        }
        bool Short(LiuStudyRun r) => r.Configuration == shortcutLabel;
        var subsets = new (string Label, Func<LiuStudyRun, bool> Keep)[]
        {
            (shortcutLabel, Short),
            (shortcutLabel + "; g₀ > 0", r => Short(r) && r.FirstStepCoefficient > 0),
            (shortcutLabel + "; g₀ ≤ 0", r => Short(r) && !(r.FirstStepCoefficient > 0)),
            (shortcutLabel + "; 1ᵀa* > 0", r => Short(r) && r.TeacherReadoutSum > 0),
            (shortcutLabel + "; 1ᵀa* ≤ 0", r => Short(r) && r.TeacherReadoutSum <= 0),
            (PlainNormalized, r => r.Configuration == PlainNormalized),
            (Plain, r => r.Configuration == Plain),
        };
        var rows = subsets.Select((x, index) => Row(x.Label, runs.Where(x.Keep), options.Seed + index, options.BootstrapResamples)).ToList();
        return new LiuStudyResult(options, rows, runs);
    }

    /// <summary>The Markdown table: configuration, runs, global rate, spurious rate (certified), neither, mean steps to ε.</summary>
    public static string ToMarkdown(LiuStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Liu et al. 2019 success rates: p = {o.PatchDimension}, k = {o.Patches}, {o.Teachers} teachers ({o.TeacherCondition}) × {o.Inits} inits, seed {o.Seed}, ")
            .Append(CultureInfo.InvariantCulture, $"shortcut {o.Shortcut} with weight {WeightText(o)}{(o.NormalizeShortcut ? ", weight-normalised from a random filter" : "")}, ")
            .Append(CultureInfo.InvariantCulture, $"‖a₀‖ ≤ {(o.RadiusRule == LiuBallRadius.TeacherReadoutSum ? "|1ᵀa*|/√k" : o.BallRadius.ToString(CultureInfo.InvariantCulture))}, ")
            .Append(CultureInfo.InvariantCulture, $"step {(o.Descent.StepSize is { } eta ? eta.ToString(CultureInfo.InvariantCulture) : $"{o.Descent.StepFraction}/λ_max(∇²L(θ*))")}, ε = {o.Descent.RelativeLossTolerance}·½E y², at most {o.Descent.MaxIterations} steps\n\n");
        text.Append("Rows \"…; condition\" keep the teachers meeting it; g₀ = γ(kγ + 1ᵀ(a* + β1)/2) is the first-step coefficient: descent from w = 0 first moves to η·g₀·w*.\n");
        text.Append(CultureInfo.InvariantCulture, $"Intervals are 95%: Wilson (runs as independent) and teacher-clustered (percentile bootstrap over teachers, {o.BootstrapResamples} resamples, seeded).\n\n");
        text.Append("| configuration | teachers | runs | global optimum | Wilson 95% | clustered 95% | spurious point (certified) | Wilson 95% | clustered 95% | neither | mean steps to ε |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in result.Rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {r.Configuration} | {r.Teachers} | {r.Runs} | {Rate(r.GlobalRate)} | {Interval(r.GlobalWilson)} | {Interval(r.GlobalClustered)} | {Rate(r.SpuriousRate)} ({r.CertifiedTrapped}) | {Interval(r.SpuriousWilson)} | {Interval(r.SpuriousClustered)} | {r.Neither} | {(double.IsNaN(r.MeanIterationsToTolerance) ? "–" : r.MeanIterationsToTolerance.ToString("F0", CultureInfo.InvariantCulture))} |\n");
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
                ["ballRadius"] = o.RadiusRule == LiuBallRadius.TeacherReadoutSum ? "|1ᵀa*|/√k" : JsonValue.Create(o.BallRadius),
                ["shortcut"] = o.Shortcut.ToString(),
                ["shortcutWeight"] = WeightText(o),
                ["normalizeShortcut"] = o.NormalizeShortcut,
                ["stepSize"] = o.Descent.StepSize is { } eta ? JsonValue.Create(eta) : $"{o.Descent.StepFraction.ToString(CultureInfo.InvariantCulture)}/λ_max(∇²L(θ*))",
                ["teacherCondition"] = o.TeacherCondition.ToString(),
                ["bootstrapResamples"] = o.BootstrapResamples,
                ["maxIterations"] = o.Descent.MaxIterations,
                ["relativeLossTolerance"] = o.Descent.RelativeLossTolerance,
            },
            ["rows"] = new JsonArray(result.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["configuration"] = r.Configuration,
                ["teachers"] = r.Teachers,
                ["runs"] = r.Runs,
                ["global"] = r.Global,
                ["globalWilson95"] = Pair(r.GlobalWilson),
                ["globalTeacherClustered95"] = Pair(r.GlobalClustered),
                ["spurious"] = r.Spurious,
                ["spuriousWilson95"] = Pair(r.SpuriousWilson),
                ["spuriousTeacherClustered95"] = Pair(r.SpuriousClustered),
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
                ["firstStepCoefficient"] = Number(r.FirstStepCoefficient),
                ["ballRadius"] = Number(r.BallRadius),
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

    private static CnnTeacher DrawTeacher(CnnArchitecture plainArch, CnnArchitecture shortcutArch, LiuStudyOptions options, Random rng)
    {
        for (int draw = 0; draw < LiuStudyOptions.MaxTeacherDraws; draw++)
        {
            var teacher = CnnInitialization.Teacher(plainArch, rng);
            if (options.TeacherCondition.Accepts(teacher.Readout.Sum(), LiuChecks.FirstStepCoefficient(teacher.On(shortcutArch)).Mid))
            {
                return teacher;
            }
        }
        throw new ArgumentException($"the teacher condition {options.TeacherCondition} accepted none of {LiuStudyOptions.MaxTeacherDraws} draws of a* ~ N(0, I_{options.Patches}) (1ᵀa* ~ N(0, {options.Patches}))", nameof(options));
    }

    private static LiuStudyRun Record(string configuration, TeacherFacts teacher, int init, CnnGradientDescentResult run, bool trapped) =>
        new(configuration, teacher.Index, init, teacher.ReadoutSum, run.Outcome, run.StopReason, run.Iterations, run.IterationsToTolerance, run.Loss, run.Angle, trapped,
            teacher.FirstStepCoefficient, teacher.BallRadius);

    private static LiuStudyRow Row(string label, IEnumerable<LiuStudyRun> runs, int seed, int resamples)
    {
        var list = runs.ToList();
        var steps = list.Where(r => r.IterationsToTolerance is not null).Select(r => (double)r.IterationsToTolerance!.Value).ToList();
        int global = list.Count(r => r.Outcome == CnnRunOutcome.GlobalOptimum), spurious = list.Count(r => r.Outcome == CnnRunOutcome.SpuriousPoint);
        var byTeacher = list.GroupBy(r => r.Teacher).OrderBy(g => g.Key).ToList();
        RateInterval Clustered(CnnRunOutcome outcome) => TeacherClusteredBootstrap.Percentile(
            byTeacher.Select(g => (g.Count(r => r.Outcome == outcome), g.Count())).ToList(), seed, resamples);
        return new LiuStudyRow(label, list.Count, global, spurious,
            list.Count(r => r.CertifiedTrapped),
            list.Count(r => r.Outcome == CnnRunOutcome.Neither),
            steps.Count == 0 ? double.NaN : steps.Average())
        {
            Teachers = byTeacher.Count,
            GlobalWilson = WilsonInterval.Of(global, list.Count),
            GlobalClustered = Clustered(CnnRunOutcome.GlobalOptimum),
            SpuriousWilson = WilsonInterval.Of(spurious, list.Count),
            SpuriousClustered = Clustered(CnnRunOutcome.SpuriousPoint),
        };
    }

    private sealed record TeacherFacts(int Index, double ReadoutSum, double FirstStepCoefficient, double BallRadius);

    private static string WeightText(LiuStudyOptions o) =>
        o.Shortcut == ShortcutForm.None ? "0" : o.ShortcutWeight is { } c ? c.ToString(CultureInfo.InvariantCulture) : "1/k";

    private static string Interval(RateInterval i) =>
        double.IsNaN(i.Low) ? "–" : string.Create(CultureInfo.InvariantCulture, $"[{100 * i.Low:F1}, {100 * i.High:F1}]%");

    private static JsonArray Pair(RateInterval i) => new(Number(i.Low), Number(i.High));

    private static string Rate(double rate) => double.IsNaN(rate) ? "–" : rate.ToString("P0", CultureInfo.InvariantCulture);

    private static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));
}
