using System.Globalization;
using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Cli.Reports;

/// <summary>
/// The report of <c>refine</c>: what was read, the refinement trajectory (stop reason, iterations, ‖∇R‖ and R at both
/// ends, the ‖∇R‖ history, the absolute tolerance τ·scale), and at the refined θ the classification of ∇²R (inertia,
/// λ_min, λ_min modulo the symmetry tangents) and the kink distance. One method per section, as in <see cref="EvaluationReport"/>.
/// </summary>
internal static class RefinementReport
{
    /// <summary>Text lists of ‖∇R‖ longer than this show the first and last <see cref="ListEnds"/> values only (JSON has all).</summary>
    private const int MaxListed = 24;

    /// <summary>Values shown at each end of an elided ‖∇R‖ list.</summary>
    private const int ListEnds = 10;

    /// <summary>
    /// Builds the report of refining <paramref name="instance"/> (read from <paramref name="file"/>) with <paramref name="options"/>
    /// into <paramref name="refined"/>, the evidence at the refined θ with its refinement record; <paramref name="startRisk"/> is
    /// R(θ₀) and <paramref name="output"/> the --out file or null.
    /// </summary>
    public static Report Build(string file, Instance instance, NewtonRefinementOptions options, double startRisk, PointEvidence refined, string? output)
    {
        var report = new Report();
        InstanceSection(report, file, instance);
        TrajectorySection(report, options, startRisk, refined.Refinement!);
        CurvatureSection(report, refined);
        EvaluationReport.KinkSection(report, refined.Kink, "kink at the refined θ");
        OutputSection(report, output);
        return report;
    }

    /// <summary>What was read: name, file, loss, model, P, n and d.</summary>
    private static void InstanceSection(Report report, string file, Instance instance) =>
        report.Section("instance", "instance")
            .Add("name", "name", instance.Name)
            .Add("file", "file", file)
            .Add("loss", "loss", instance.Loss.Name)
            .Add(new ReportField("model", JsonValue.Create(instance.Model.Kind), "model", EvaluationReport.ModelSummary(instance.Model)))
            .Add("parameters", "P", instance.Model.Graph.Layout.Count)
            .Add("n", "n", instance.Data.Count)
            .Add("d", "d", instance.Data.Dimension);

    /// <summary>The run: stop reason and note, iteration counts, ‖∇R‖ and R at start and end, the ‖∇R‖ history, τ and scale.</summary>
    private static void TrajectorySection(Report report, NewtonRefinementOptions options, double startRisk, RefinementResult result)
    {
        bool converged = result.StopReason == RefinementStopReason.Converged;
        var norms = new JsonArray(result.GradientNorms.Select(ReportFormat.Json).ToArray());
        report.Section("refinement", "refinement")
            .Add("stopReason", "stop reason", result.StopReason.ToString())
            .Add(new ReportField("converged", JsonValue.Create(converged), "converged", converged
                ? "yes: ‖∇R‖ ≤ tolerance, a certified critical point to that tolerance"
                : $"NO: stopped as {result.StopReason}; θ is not a certified critical point (the run is evidence, not an error)"))
            .Add("note", "note", result.Note)
            .Add("iterations", "iterations", result.Iterations)
            .Add("descentIterations", "descent iterations", result.DescentIterations)
            .Add("newtonIterations", "Newton iterations", result.Iterations - result.DescentIterations)
            .Add("descentSteps", "descent steps asked", options.DescentSteps)
            .Add("maxIterations", "max Newton iterations", options.MaxIterations)
            .Add("gradientNormStart", "‖∇R‖₂ start", result.GradientNorms[0])
            .Add("gradientNormEnd", "‖∇R‖₂ end", result.GradientNorm)
            .Add(new ReportField("gradientNorms", norms, "‖∇R‖₂ per iteration", CompactList(result.GradientNorms)))
            .Add("riskStart", "R start", startRisk)
            .Add("riskEnd", "R end", result.Value)
            .Add(new ReportField("tolerance", ReportFormat.Json(result.Tolerance), "tolerance", $"{ReportFormat.Number(result.Tolerance)} (absolute: {ReportFormat.Number(options.GradientTolerance)} relative × scale)"))
            .Add(new ReportField("relativeTolerance", ReportFormat.Json(options.GradientTolerance), null, ""))
            .Add("scale", "scale", result.Scale);
    }

    /// <summary>Inertia and λ_min of ∇²R at the refined θ, in full and on the complement of the symmetry tangents.</summary>
    private static void CurvatureSection(Report report, PointEvidence refined)
    {
        var section = report.Section("curvature", "curvature at the refined θ");
        if (refined.Hessian.Enumerate().Any(h => !double.IsFinite(h)))
        {
            section.Add(new ReportField("available", JsonValue.Create(false), "classification", "not available: ∇²R has a non-finite entry at the refined θ"));
            return;
        }
        var c = refined.Classification;
        section
            .Add(new ReportField("available", JsonValue.Create(true), null, ""))
            .Add("lambdaMin", "λ_min(∇²R)", c.MinEigenvalue)
            .Add("lambdaMax", "λ_max(∇²R)", c.MaxEigenvalue)
            .Add("symmetryRank", "symmetry rank", c.SymmetryRank)
            .Add("lambdaMinModuloSymmetries", "λ_min modulo symmetries", c.ComplementMinEigenvalue)
            .Add("negative", "negative eigenvalues", c.NegativeCount)
            .Add("zero", "zero eigenvalues", c.ZeroCount)
            .Add("positive", "positive eigenvalues", c.PositiveCount)
            .Add(new ReportField("zeroTolerance", ReportFormat.Json(c.ZeroAbsoluteTolerance), "zero means", $"|λ| ≤ {ReportFormat.Number(c.ZeroAbsoluteTolerance)} ({ReportFormat.Number(Tolerances.EigenvalueZeroRelative)}·‖∇²R‖₂ plus the eigenvalue error)"));
    }

    /// <summary>The refined instance's file, when --out was given.</summary>
    private static void OutputSection(Report report, string? output)
    {
        var section = report.Section("output", "output");
        section.Add(output is null
            ? new ReportField("file", null, "refined instance", "not written (no --out)")
            : new ReportField("file", JsonValue.Create(output), "refined instance", output));
    }

    /// <summary>‖∇R‖ per iteration as "j:value" in 3 significant digits, the middle elided beyond <see cref="MaxListed"/> entries.</summary>
    private static string CompactList(IReadOnlyList<double> values)
    {
        static string Item(IReadOnlyList<double> v, int j) => j.ToString(CultureInfo.InvariantCulture) + ":" + v[j].ToString("0.00e+0", CultureInfo.InvariantCulture);
        if (values.Count <= MaxListed)
        {
            return string.Join(" ", Enumerable.Range(0, values.Count).Select(j => Item(values, j)));
        }
        return string.Join(" ", Enumerable.Range(0, ListEnds).Select(j => Item(values, j)))
            + $" … ({values.Count - 2 * ListEnds} more) … "
            + string.Join(" ", Enumerable.Range(values.Count - ListEnds, ListEnds).Select(j => Item(values, j)));
    }
}
