using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;


namespace ResNetProofs.Studies;

/// <summary>
/// The experiment of Safran &amp; Shamir, "Spurious local minima are common in two-layer ReLU neural networks" (ICML 2018):
/// teacher Σ_j relu(e_jᵀx) in d = k, students with n ∈ {k, k + 1} neurons (plain, with a trained linear skip uᵀx, or with an
/// identity shortcut in the hidden layer, <see cref="SafranShamirStudent"/>), runs of
/// <see cref="SafranShamirDescent"/> from N(0, I/d) starts; counts non-global minima with Wilson intervals, groups them into
/// families and certifies one representative per family (<see cref="TwoLayerReluCertifier"/>). Never prints.
/// </summary>
public static class SafranShamirStudy
{
    /// <summary>Runs the study; the result is a deterministic function of the options. <paramref name="progress"/> hears after every run.</summary>
    public static SafranShamirStudyResult Run(SafranShamirStudyOptions options, Action<StudyProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var rows = new List<SafranShamirRow>();
        var runs = new List<SafranShamirRun>();
        var families = new List<SafranShamirFamily>();
        foreach (var form in options.Forms)
        {
            foreach (int k in options.Ks)
            {
                foreach (int n in new[] { k, k + 1 })
                {
                    var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(k), n, form.ObjectiveForm());
                    var cell = new List<SafranShamirRun>();
                    var found = new List<(double[] Print, double[] Theta, double Value, int Members)>();
                    for (int r = 0; r < options.Runs; r++)
                    {
                        var rng = new Random(RunSeed(options.Seed, k, n, r));
                        var start = SafranShamirStarts.For(form, objective, rng, new Random(RunSeed(options.Seed ^ FrameSeedSalt, k, n, r)));
                        var end = SafranShamirDescent.Run(objective, start, options.Descent);
                        var outcome = end.StopReason switch
                        {
                            ExitCondition.Stationary => end.Value >= options.NonGlobalThreshold ? SafranShamirOutcome.NonGlobal : SafranShamirOutcome.Global,
                            ExitCondition.IterationLimit => SafranShamirOutcome.Budget,
                            _ => SafranShamirOutcome.Diverged,
                        };
                        int? family = null;
                        if (outcome == SafranShamirOutcome.NonGlobal)
                        {
                            var print = SafranShamirFingerprint.Of(objective, end.Theta);
                            int index = found.FindIndex(f => SafranShamirFingerprint.Same(f.Print, print, options.FamilyTolerance));
                            if (index < 0)
                            {
                                found.Add((print, end.Theta, end.Value, 1));
                                index = found.Count - 1;
                            }
                            else
                            {
                                found[index] = found[index] with { Members = found[index].Members + 1 };
                            }
                            family = families.Count + index;
                        }
                        var run = new SafranShamirRun(form, k, n, r, outcome, end.Value, end.Steps, end.Restarts, end.MaxBlockGradientNorm, family);
                        cell.Add(run);
                        runs.Add(run);
                        progress?.Invoke(new StudyProgress(runs.Count, options.Descents,
                            string.Create(CultureInfo.InvariantCulture, $"{Label(form)} k = {k}, n = {n}: run {r + 1}/{options.Runs} {outcome} F = {end.Value:G4} after {end.Steps} steps")));
                    }
                    var certified = new List<SafranShamirFamily>();
                    foreach (var f in found)
                    {
                        var certificate = options.Certify ? TwoLayerReluCertifier.Certify(objective, f.Theta) : null;
                        certified.Add(new SafranShamirFamily(families.Count + certified.Count, form, k, n, f.Value, f.Members, f.Theta, certificate));
                    }
                    families.AddRange(certified);
                    int nonGlobal = cell.Count(c => c.Outcome == SafranShamirOutcome.NonGlobal);
                    rows.Add(new SafranShamirRow(form, k, n, cell.Count, nonGlobal,
                        cell.Count(c => c.Outcome == SafranShamirOutcome.Global),
                        cell.Count(c => c.Outcome == SafranShamirOutcome.Budget),
                        cell.Count(c => c.Outcome == SafranShamirOutcome.Diverged),
                        WilsonInterval.Of(nonGlobal, cell.Count),
                        certified.Count, certified.Count(f => f.Certificate?.Certified == true),
                        [.. certified.Select(f => f.Value).Order()],
                        cell.Average(c => (double)c.Steps), cell.Sum(c => c.Restarts)));
                }
            }
        }
        return new SafranShamirStudyResult(options, rows, runs, families);
    }

    /// <summary>The seed of run <paramref name="run"/> of (k, n): SplitMix64 of (seed, k, n, run), 31 bits; both forms share it.</summary>
    public static int RunSeed(int seed, int k, int n, int run)
    {
        ulong z = unchecked(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ ((ulong)(uint)k << 48) ^ ((ulong)(uint)n << 32) ^ (uint)run);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & 0x7FFFFFFF);
    }

    /// <summary>The label of a student in tables and plots.</summary>
    public static string Label(SafranShamirStudent form) => form.Label();

    /// <summary>Mixed into the seed of the identity shortcut's random frame, so it is independent of the Xavier noise every student shares.</summary>
    private const int FrameSeedSalt = 0x5A17F00D;

    /// <summary>The Markdown table: per form, k and n the non-global count of R with its Wilson 95% interval, global, budget and diverged counts, families (certified) and their objective values.</summary>
    public static string ToMarkdown(SafranShamirStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Safran–Shamir study: teacher Σⱼ relu(eⱼᵀx), d = k, {o.Runs} runs per row, seed {o.Seed}; GD on 2πF with step {o.Descent.Step}, ")
            .Append(CultureInfo.InvariantCulture, $"restart with half the step when ‖∇‖ > {o.Descent.DivergenceThreshold:G3}, stop when every block ‖∇‖ ≤ {o.Descent.GradientTolerance:G3} or after {o.Descent.MaxSteps} steps; non-global when F ≥ {o.NonGlobalThreshold:G3}\n\n");
        text.Append("| student | k | n | runs | non-global | rate [Wilson 95%] | global | budget | diverged | families (certified) | F of the families | mean steps |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var r in result.Rows)
        {
            string values = r.Values.Count == 0 ? "–" : string.Join(", ", r.Values.Take(8).Select(v => v.ToString("G4", CultureInfo.InvariantCulture))) + (r.Values.Count > 8 ? $", … ({r.Values.Count})" : "");
            text.Append(CultureInfo.InvariantCulture,
                $"| {Label(r.Form)} | {r.K} | {r.N} | {r.Runs} | {r.NonGlobal} | {Percent(r.Rate)} [{Percent(r.Interval.Low)}, {Percent(r.Interval.High)}] | {r.Global} | {r.Budget} | {r.Diverged} | {r.Families} ({r.Certified}) | {values} | {r.MeanSteps:F0} |\n");
        }
        int families = result.Families.Count, certified = result.Families.Count(f => f.Certificate?.Certified == true);
        text.Append(CultureInfo.InvariantCulture, $"\n{families} families of non-global minima; {certified} certified strict local minima (Krawczyk + interval Hessian λ_min > 0)")
            .Append(o.Certify ? "" : " (certification off)").Append('\n');
        return text.ToString();
    }

    /// <summary>The JSON record: options, rows, families with certificates, and every run (numbers round-trip; non-finite as strings).</summary>
    public static string ToJson(SafranShamirStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var o = result.Options;
        var root = new JsonObject
        {
            ["study"] = "safran-shamir-2018.spurious-minima",
            ["options"] = new JsonObject
            {
                ["ks"] = new JsonArray([.. o.Ks.Select(k => (JsonNode)k)]),
                ["runs"] = o.Runs,
                ["seed"] = o.Seed,
                ["forms"] = new JsonArray([.. o.Forms.Select(f => (JsonNode)f.ToString())]),
                ["step"] = o.Descent.Step,
                ["objectiveScale"] = o.Descent.ObjectiveScale,
                ["divergenceThreshold"] = o.Descent.DivergenceThreshold,
                ["gradientTolerance"] = o.Descent.GradientTolerance,
                ["maxSteps"] = o.Descent.MaxSteps,
                ["maxRestarts"] = o.Descent.MaxRestarts,
                ["nonGlobalThreshold"] = o.NonGlobalThreshold,
                ["familyTolerance"] = o.FamilyTolerance,
                ["certify"] = o.Certify,
            },
            ["rows"] = new JsonArray([.. result.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["form"] = r.Form.ToString(),
                ["k"] = r.K,
                ["n"] = r.N,
                ["runs"] = r.Runs,
                ["nonGlobal"] = r.NonGlobal,
                ["wilsonLower"] = r.Interval.Low,
                ["wilsonUpper"] = r.Interval.High,
                ["global"] = r.Global,
                ["budget"] = r.Budget,
                ["diverged"] = r.Diverged,
                ["families"] = r.Families,
                ["certified"] = r.Certified,
                ["values"] = new JsonArray([.. r.Values.Select(v => Number(v))]),
                ["meanSteps"] = r.MeanSteps,
                ["restarts"] = r.Restarts,
            })]),
            ["families"] = new JsonArray([.. result.Families.Select(f => (JsonNode)new JsonObject
            {
                ["index"] = f.Index,
                ["form"] = f.Form.ToString(),
                ["k"] = f.K,
                ["n"] = f.N,
                ["value"] = Number(f.Value),
                ["members"] = f.Members,
                ["certified"] = f.Certificate?.Certified,
                ["radius"] = f.Certificate is { } c1 ? Number(c1.Radius) : null,
                ["hessianLowerBound"] = f.Certificate is { } c2 ? Number(c2.HessianLowerBound) : null,
                ["valueLower"] = f.Certificate is { } c3 ? Number(c3.ValueEnclosure.Lo) : null,
                ["valueUpper"] = f.Certificate is { } c4 ? Number(c4.ValueEnclosure.Hi) : null,
                ["reason"] = f.Certificate?.Reason,
                ["representative"] = new JsonArray([.. f.Representative.Select(v => Number(v))]),
            })]),
            ["runs"] = new JsonArray([.. result.Runs.Select(r => (JsonNode)new JsonObject
            {
                ["form"] = r.Form.ToString(),
                ["k"] = r.K,
                ["n"] = r.N,
                ["run"] = r.Run,
                ["outcome"] = r.Outcome.ToString(),
                ["value"] = Number(r.Value),
                ["steps"] = r.Steps,
                ["restarts"] = r.Restarts,
                ["maxBlockGradientNorm"] = Number(r.MaxBlockGradientNorm),
                ["family"] = r.Family,
            })]),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>The PNG of <see cref="SafranShamirPlot.RatePng"/>: non-global rate against k, one line per form and n, Wilson bars.</summary>
    public static byte[] ToPng(SafranShamirStudyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return SafranShamirPlot.RatePng(result.Rows);
    }

    private static string Percent(double rate) => double.IsNaN(rate) ? "–" : (100 * rate).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static JsonNode? Number(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(CultureInfo.InvariantCulture));
}
