using System.Text.Json.Nodes;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Cli.Reports;

/// <summary>
/// The report of <c>evaluate</c>: a formatting of the instance's <see cref="PointEvidence"/>, which computes (once) every number
/// shown. Each section is one method that appends one <see cref="ReportSection"/>; <see cref="Build"/> calls them in order, so a new section (a spectrum, a baseline, a
/// theorem's hypotheses) is one more method and one more line in <see cref="Build"/>.
/// </summary>
internal static class EvaluationReport
{
    /// <summary>Builds the report of the instance read from <paramref name="file"/>, from its <paramref name="evidence"/> at θ.</summary>
    public static Report Build(string file, PointEvidence evidence)
    {
        var report = new Report();
        InstanceSection(report, file, evidence.Instance);
        ParametersSection(report, evidence.Instance);
        RiskSection(report, evidence);
        GradientSection(report, evidence);
        KinkSection(report, evidence.Kink);
        CurvatureSection(report, evidence.Classification);
        BaselineSection(report, evidence.Baseline);
        YunConditionsSection(report, evidence);
        LinearAlgebraSection(report);
        return report;
    }

    /// <summary>Which dense linear algebra ran (native OpenBLAS or managed MathNet) and OpenBLAS's threads per call.</summary>
    private static void LinearAlgebraSection(Report report) =>
        report.Section("linearAlgebra", "linear algebra")
            .Add(new ReportField("provider", JsonValue.Create(ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Provider.ToString()), null, ""))
            .Add("description", "provider", ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Description)
            .Add("threads", "threads", ResNetProofs.Numerics.LinearAlgebra.DenseLinearAlgebra.Threads);

    /// <summary>What was read: name, file, provenance, loss, model, n and d.</summary>
    private static void InstanceSection(Report report, string file, Instance instance) =>
        report.Section("instance", "instance")
            .Add("name", "name", instance.Name)
            .Add("file", "file", file)
            .Add("source", "source", instance.Source)
            .Add("loss", "loss", instance.Loss.Name)
            .Add(new ReportField("model", JsonValue.Create(instance.Model.Kind), "model", ModelSummary(instance.Model)))
            .Add(new ReportField("outputBias", JsonValue.Create(instance.Model.OutputBias), null, ""))
            .Add("n", "n", instance.Data.Count)
            .Add("d", "d", instance.Data.Dimension);

    /// <summary>P and every parameter block with its shape and offset in θ.</summary>
    private static void ParametersSection(Report report, Instance instance)
    {
        var layout = instance.Model.Graph.Layout;
        var section = report.Section("parameters", "parameters").Add("count", "P", layout.Count);
        var blocks = new JsonArray();
        foreach (var block in layout.Blocks)
        {
            blocks.Add(new JsonObject { ["name"] = block.Name, ["rows"] = block.Rows, ["cols"] = block.Cols, ["offset"] = block.Offset });
            string range = block.Length == 1 ? $"θ[{block.Offset}]" : $"θ[{block.Offset}..{block.Offset + block.Length - 1}]";
            section.Add(new ReportField(null, null, block.Name, $"{block.Rows}×{block.Cols}  {range}"));
        }
        section.Add(new ReportField("blocks", blocks, null, ""));
    }

    /// <summary>The empirical risk R(θ).</summary>
    private static void RiskSection(Report report, PointEvidence evidence) =>
        report.Section("risk", "risk").Add("value", "R", evidence.Value);

    /// <summary>The exact gradient's norms ‖∇R‖₂ and ‖∇R‖∞.</summary>
    private static void GradientSection(Report report, PointEvidence evidence) =>
        report.Section("gradient", "gradient")
            .Add("norm", "‖∇R‖₂", evidence.GradientNorm)
            .Add("maxAbs", "‖∇R‖∞", evidence.GradientMaxAbs);

    /// <summary>The kink distance (min |ReLU pre-activation| over data points) and where it occurs, under <paramref name="title"/>.</summary>
    internal static void KinkSection(Report report, KinkReport kink, string title = "kink")
    {
        var section = report.Section("kink", title).Add(new ReportField("hasRelu", JsonValue.Create(kink.HasRelu), null, ""));
        if (!kink.HasRelu)
        {
            section
                .Add(new ReportField("distance", null, "distance", "none: no ReLU units, R is smooth"))
                .Add(new ReportField("node", null, null, ""))
                .Add(new ReportField("sample", null, null, ""))
                .Add(new ReportField("unit", null, null, ""))
                .Add(new ReportField("atKink", JsonValue.Create(false), null, ""));
            return;
        }
        bool atKink = kink.IsAtKink(Tolerances.KinkAbsolute);
        section
            .Add("distance", "distance", kink.Distance)
            .Add(new ReportField(null, null, "at", $"{kink.Node}, sample {kink.Sample}, unit {kink.Unit}"))
            .Add(new ReportField("node", JsonValue.Create(kink.Node), null, ""))
            .Add(new ReportField("sample", JsonValue.Create(kink.Sample), null, ""))
            .Add(new ReportField("unit", JsonValue.Create(kink.Unit), null, ""))
            .Add(new ReportField("tolerance", JsonValue.Create(Tolerances.KinkAbsolute), "tolerance", $"{ReportFormat.Number(Tolerances.KinkAbsolute)} (absolute)"))
            .Add(new ReportField("atKink", JsonValue.Create(atKink), "at kink", atKink ? "yes: R is not twice differentiable here; second-order verdicts are Inconclusive" : "no"));
    }

    /// <summary>One line describing the model: kind, sizes, activations, biases.</summary>
    internal static string ModelSummary(IModel model) => model switch
    {
        DeepResNet deep => $"{deep.Kind}, L = {deep.Depth}: " + string.Join("; ", deep.Blocks.Select((b, i) =>
            $"block {i + 1} width {b.Width}{(i > 0 ? $", m = {b.ProjectionWidth}" : "")}, {b.InnerDepth} inner layer{(b.InnerDepth == 1 ? "" : "s")}, {Activation.Name(b.Activation)}{(b.InnerBias ? "" : ", no bias")}"))
            + OutputBias(model),
        SingleBlockResNet single => $"{single.Kind}, width {single.Width}, {single.InnerDepth} inner layer{(single.InnerDepth == 1 ? "" : "s")}, {Activation.Name(single.Activation)}{(single.InnerBias ? "" : ", no inner bias")}" + OutputBias(model),
        OneHiddenLayerNetwork one => $"{one.Kind}, width {one.Width}, {Activation.Name(one.Activation)}{(one.HiddenBias ? "" : ", no hidden bias")}" + OutputBias(model),
        _ => model.Kind + OutputBias(model),
    };

    private static string OutputBias(IModel model) => model.OutputBias ? "; output bias c" : "; no output bias";

    /// <summary>Inertia and λ_min of ∇²R at θ, in full and modulo the symmetry tangents.</summary>
    private static void CurvatureSection(Report report, CriticalPointClassificationResult c) =>
        report.Section("curvature", "curvature")
            .Add("lambdaMin", "λ_min(∇²R)", c.MinEigenvalue)
            .Add("lambdaMax", "λ_max(∇²R)", c.MaxEigenvalue)
            .Add("symmetryRank", "symmetry rank", c.SymmetryRank)
            .Add("lambdaMinModuloSymmetries", "λ_min modulo symmetries", c.ComplementMinEigenvalue)
            .Add("negative", "negative eigenvalues", c.NegativeCount)
            .Add("zero", "zero eigenvalues", c.ZeroCount)
            .Add("positive", "positive eigenvalues", c.PositiveCount);

    /// <summary>R_lin, whether it is attained, how it was found, and whether it is affine.</summary>
    private static void BaselineSection(Report report, LinearBaselineResult b) =>
        report.Section("linearBaseline", "linear baseline")
            .Add("value", "R_lin", b.Value)
            .Add(new ReportField("attained", JsonValue.Create(b.Attained), "attained", b.Attained ? "yes" : "no"))
            .Add(new ReportField("method", JsonValue.Create(b.Method), "method", b.Method))
            .Add(new ReportField("withBias", JsonValue.Create(b.WithBias), "affine", b.WithBias ? "yes (tᵀx + b)" : "no (tᵀx)"));

    /// <summary>For a deep ResNet, the conditions of yun2019.deep-critical-points: λ_min(M) and the rank of [U_2ᵀ … U_Lᵀ] against d.</summary>
    private static void YunConditionsSection(Report report, PointEvidence evidence)
    {
        if (evidence.Model is not DeepResNet resnet)
        {
            return;
        }
        var span = ProjectionSpan.Of(resnet, evidence.Theta);
        report.Section("yun2019Conditions", "yun2019.deep-critical-points conditions")
            .Add("lambdaMinM", "λ_min(M), M = (1/n)Σℓ″ h_L h_Lᵀ", evidence.Moment.MinEigenvalue)
            .Add("rankU", "rank [U_2ᵀ … U_Lᵀ]", span.Rank)
            .Add("d", "d (coverage needs rank < d)", span.Dimension);
    }
}
