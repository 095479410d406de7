using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// The depth-independent excess bound of a near-identity deep ResNet (derived, theorems.md yun2019.near-identity):
/// ‖t*‖·G·(e^κ − 1)·max_i‖x_i‖ with κ = L·max_l Lip(φ^l), Lip(φ^l) the certified bound ‖V_l‖₂Π_j(‖W_j‖₂Lip σ)‖U_l‖₂ of
/// <see cref="ResidualBranchLipschitz"/>, and G = max_i|r_i| (derived: only the realised slopes r_i enter the argument).
/// Sketch: if every φ^l(0) = 0, ‖h_L(x) − x‖ ≤ (Π(1 + κ_l) − 1)‖x‖ ≤ (e^κ − 1)‖x‖, so t*ᵀ(1/n)Σ r_i(h_L(x_i) − x_i) ≤ the bound.
/// </summary>
/// <param name="BranchLipschitz">Lip(φ^l), l = 1..L (certified upper bounds).</param>
/// <param name="Kappa">κ = L·max_l Lip(φ^l).</param>
/// <param name="Slope">G = max_i |r_i|.</param>
/// <param name="MaxInputNorm">max_i ‖x_i‖₂.</param>
/// <param name="BaselineNorm">‖t*‖₂.</param>
/// <param name="Value">‖t*‖·G·(e^κ − 1)·max_i‖x_i‖.</param>
/// <param name="Rounding">Error bound (absolute) of <see cref="Value"/>: 16·(κ + 2)·u·‖t*‖·G·e^κ·max‖x‖ (the Lipschitz factors are already inflated upwards).</param>
public sealed record NearIdentityBound(double[] BranchLipschitz, double Kappa, double Slope, double MaxInputNorm, double BaselineNorm, double Value, double Rounding)
{
    /// <summary>Computes the bound at θ of a deep ResNet, with G and max‖x_i‖ from the certificate's moments.</summary>
    public static NearIdentityBound At(PointEvidence at, NearIdentityCertificate certificate)
    {
        ArgumentNullException.ThrowIfNull(at);
        ArgumentNullException.ThrowIfNull(certificate);
        var model = (DeepResNet)at.Model;
        var lipschitz = ResidualBranchLipschitz.Bounds(model, at.Theta);
        double kappa = model.Depth * lipschitz.Max();
        double baselineNorm = PointEvidence.Norm(at.Baseline.Weights);
        var m = certificate.Moments;
        double factor = baselineNorm * m.MaxResidual * m.MaxInputNorm;
        double value = factor == 0 ? 0 : factor * (Math.Exp(kappa) - 1);
        double rounding = factor == 0 ? 0 : 16 * (kappa + 2) * Tolerances.UnitRoundoff * factor * Math.Exp(kappa);
        return new NearIdentityBound(lipschitz, kappa, m.MaxResidual, m.MaxInputNorm, baselineNorm, value, rounding);
    }
}
