using ResNetProofs.Numerics.Baselines;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Enclosures;
using ResNetProofs.Numerics.Spectra;
using ResNetProofs.Theorems.Evidence;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// The derived approximate-stationarity bound of a single block f = wᵀ(x + V F(x)) without output bias (theorems.md,
/// shamir2018.approximate-stationarity): R ≤ R_lin(u) + ‖u‖(ε + ‖V‖₂γ) + ‖w‖ε with ε = ‖∇_{w,V}R‖₂ (Frobenius on V),
/// δ = max(0, −λ_min(∇²_{w,V}R)), γ = min{ε/‖w‖, √(δ(δ + μM))}, M = λ_max((1/n)Σ h_i h_iᵀ), u = t*.
/// The proof bounds ‖g‖, g = (1/n)Σ ℓ′_i F(x_i), by γ; <see cref="CorrelationNorm"/> is ‖g‖ itself, for testing that step.
/// </summary>
/// <param name="Risk">R(θ).</param>
/// <param name="BaselineRisk">R_lin(u), evaluated at u = t* by <see cref="LinearBaseline.Risk"/>.</param>
/// <param name="BaselineNorm">‖u‖₂.</param>
/// <param name="ReadoutNorm">‖w‖₂.</param>
/// <param name="GradientNorm">ε = ‖∇_{w,V}R‖₂.</param>
/// <param name="CurvatureDeficit">δ = max(0, −λ_min(∇²_{w,V}R)).</param>
/// <param name="CurvatureBound">μ with 0 ≤ ℓ″ ≤ μ.</param>
/// <param name="FeatureMoment">M = λ_max((1/n)Σ h_i h_iᵀ).</param>
/// <param name="ResidualNorm">‖V‖₂ (largest singular value).</param>
/// <param name="CorrelationNorm">‖g‖₂ with g = (1/n)Σ ℓ′_i F(x_i), the quantity γ bounds.</param>
/// <param name="Bound">R_lin(u) + ‖u‖(ε + ‖V‖₂γ) + ‖w‖ε.</param>
public sealed record ApproximateStationarityBound(
    double Risk, double BaselineRisk, double BaselineNorm, double ReadoutNorm, double GradientNorm, double CurvatureDeficit,
    double CurvatureBound, double FeatureMoment, double ResidualNorm, double CorrelationNorm, double Bound)
{
    /// <summary>R(θ) enclosed (interval forward pass at θ).</summary>
    public Interval RiskEnclosure { get; init; }

    /// <summary>
    /// The bound enclosed: every input in an interval that contains its true value (ε from the interval gradient; δ between
    /// −(Rayleigh upper bound) and −(certified lower bound) of λ_min of the interval (w, V) Hessian; M between a Rayleigh lower
    /// bound and the certified λ_max of the interval moment; ‖V‖₂ between ‖Vr‖/‖r‖ and a certified upper bound), then the
    /// formula in interval arithmetic, so it contains the bound at the true ε, δ, M, ‖V‖₂.
    /// </summary>
    public Interval BoundEnclosure { get; init; }

    /// <summary>γ = min{ε/‖w‖, √(δ(δ + μM))} (the first term dropped when w = 0).</summary>
    public double Gamma => GammaAt(GradientNorm, CurvatureDeficit, FeatureMoment, ReadoutNorm, CurvatureBound);

    /// <summary>√(δ(δ + μM)), the second-order branch of γ.</summary>
    public double SecondOrderGamma => Math.Sqrt(CurvatureDeficit * (CurvatureDeficit + (CurvatureBound * FeatureMoment)));

    /// <summary>Computes every term at θ for a single-block model without output bias; μ = the loss's curvature bound.</summary>
    /// <exception cref="ArgumentException">The model is not a single block, or carries an output bias.</exception>
    public static ApproximateStationarityBound At(PointEvidence at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var view = SingleBlockView.Of(at.Model) ?? throw new ArgumentException(SingleBlockView.Inapplicable(at.Model), nameof(at));
        if (at.Model.OutputBias)
        {
            throw new ArgumentException("the approximate-stationarity bound is derived without an output bias", nameof(at));
        }
        var w = at.Block(view.ReadoutBlock);
        var v = at.BlockMatrix(view.ResidualBlock);
        double readoutNorm = PointEvidence.Norm(w);
        double epsilon = PointEvidence.Norm([.. at.GradientBlock(view.ReadoutBlock), .. at.GradientBlock(view.ResidualBlock)]);
        var hessian = SymmetricSpectrum.Compute(at.HessianOn(view.ReadoutBlock, view.ResidualBlock));
        double delta = Math.Max(0, -hessian.MinEigenvalue);
        var moment = SymmetricSpectrum.Compute(FeatureSecondMoment.At(at.Risk, at.Theta));
        double m = moment.MaxEigenvalue;
        double residualNorm = v.L2Norm();
        double correlation = Correlation(at, view);
        var u = at.Baseline.Weights;
        double baselineRisk = LinearBaseline.Risk(at.Instance.Data, at.Instance.Loss, u, 0);
        double uNorm = PointEvidence.Norm(u);
        double mu = at.Instance.Loss.CurvatureBound;

        double bound = baselineRisk + (uNorm * (epsilon + (residualNorm * GammaAt(epsilon, delta, m, readoutNorm, mu)))) + (readoutNorm * epsilon);
        return new ApproximateStationarityBound(at.Value, baselineRisk, uNorm, readoutNorm, epsilon, delta, mu, m, residualNorm, correlation, bound)
        {
            RiskEnclosure = at.PointEnclosure.Value,
            BoundEnclosure = Enclose(at, view, u, mu, hessian, moment),
        };
    }

    private static Interval Enclose(PointEvidence at, SingleBlockView view, double[] u, double mu, SymmetricSpectrumResult hessian, SymmetricSpectrumResult moment)
    {
        var box = Numerics.Enclosures.RiskEnclosure.PointBox(at.Theta);
        var layout = at.Model.Graph.Layout;
        var wBlock = layout[view.ReadoutBlock];
        var vBlock = layout[view.ResidualBlock];
        int[] indices = [.. Enumerable.Range(wBlock.Offset, wBlock.Length).Concat(Enumerable.Range(vBlock.Offset, vBlock.Length)).Order()]; // layout order, as HessianOn
        var gradient = at.PointEnclosure.Gradient;
        var epsilon = Interval.Norm(indices.Select(i => gradient[i]).ToArray());

        var block = new IntervalMatrix(indices.Length, indices.Length);
        var unit = new double[at.Theta.Length];
        for (int b = 0; b < indices.Length; b++)
        {
            unit[indices[b]] = 1;
            var column = at.Enclosure.HessianTimes(box, unit);
            unit[indices[b]] = 0;
            for (int a = 0; a < indices.Length; a++)
            {
                block[a, b] = column[indices[a]];
            }
        }
        double lambdaLower = CertifiedEigenvalues.LowerBoundMinEigenvalue(block);
        double lambdaUpper = CertifiedEigenvalues.RayleighQuotient(block, hessian.Eigenvector(0)).Hi;
        var delta = new Interval(Math.Max(0, -lambdaUpper), Math.Max(0, -lambdaLower));

        int d = layout[view.ReadoutBlock].Length, n = at.SampleCount;
        var features = at.Enclosure.NodeOutputs(box, at.Model.FeatureNode);
        var second = new IntervalMatrix(d, d);
        for (int a = 0; a < d; a++)
        {
            for (int b = 0; b < d; b++)
            {
                var sum = Interval.Zero;
                for (int i = 0; i < n; i++)
                {
                    sum += features[(i * d) + a] * features[(i * d) + b];
                }
                second[a, b] = sum / n;
            }
        }
        var m = new Interval(Math.Max(0, CertifiedEigenvalues.RayleighQuotient(second, moment.Eigenvector(moment.Dimension - 1)).Lo), CertifiedEigenvalues.UpperBoundMaxEigenvalue(second));

        var v = at.BlockMatrix(view.ResidualBlock);
        var top = v.Svd().VT.Row(0);
        var vr = Interval.Norm(Enumerable.Range(0, v.RowCount).Select(i => Interval.Dot(Numerics.Enclosures.RiskEnclosure.PointBox(v.Row(i).ToArray()), Numerics.Enclosures.RiskEnclosure.PointBox(top.ToArray()))).ToArray());
        var residualNorm = new Interval(Math.Max(0, (vr / Interval.Norm(Numerics.Enclosures.RiskEnclosure.PointBox(top.ToArray()))).Lo), CertifiedEigenvalues.UpperBoundSpectralNorm(v));

        var w = Interval.Norm(Numerics.Enclosures.RiskEnclosure.PointBox(at.Block(view.ReadoutBlock)));
        var uNorm = Interval.Norm(Numerics.Enclosures.RiskEnclosure.PointBox(u));
        var secondOrder = Interval.Sqrt(delta * (delta + (mu * m)));
        // γ ≥ 0; the first branch only when w ≠ 0 (exactly: w is a vector of doubles).
        var gamma = at.Block(view.ReadoutBlock).Any(x => x != 0) ? Min(epsilon / w, secondOrder) : secondOrder;
        gamma = new Interval(Math.Max(0, gamma.Lo), gamma.Hi);
        var baseline = LinearBaselineEnclosure.RiskAt(at.Instance.Data, at.Instance.Loss, false, u, 0);
        return baseline + (uNorm * (epsilon + (residualNorm * gamma))) + (w * epsilon);

        static Interval Min(Interval a, Interval b) => new(Math.Min(a.Lo, b.Lo), Math.Min(a.Hi, b.Hi));
    }

    private static double GammaAt(double e, double dl, double mm, double readoutNorm, double mu)
    {
        double second = Math.Sqrt(dl * (dl + (mu * mm)));
        return readoutNorm > 0 ? Math.Min(e / readoutNorm, second) : second;
    }

    /// <summary>‖g‖ with g = (1/n)Σ ℓ′_i F(x_i), the quantity γ bounds (reported, not used by the verdict).</summary>
    private static double Correlation(PointEvidence at, SingleBlockView view)
    {
        var graph = at.Model.Graph;
        int innerNode = InnerNetworkNode.Of(at.Model, view);
        int k = graph.Nodes[innerNode].Dim;
        var forward = at.Risk.Forward(at.Theta);
        var f = forward.Predictions;
        var g = new double[k];
        for (int i = 0; i < forward.Count; i++)
        {
            double slope = at.Instance.Loss.First(f[i], at.Instance.Data.Target(i));
            var inner = forward.Node(innerNode, i, k);
            for (int j = 0; j < k; j++)
            {
                g[j] += slope * inner[j];
            }
        }
        for (int j = 0; j < k; j++)
        {
            g[j] /= forward.Count;
        }
        return PointEvidence.Norm(g);
    }
}
