using ResNetProofs.Numerics.Enclosures;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// The outcome of <see cref="TwoLayerReluCertifier.Certify"/>. When <see cref="Certified"/>: F has exactly one critical point θ*
/// in the box ‖θ − <see cref="Center"/>‖∞ ≤ <see cref="Radius"/>, λ_min(∇²F) ≥ <see cref="HessianLowerBound"/> &gt; 0 on the
/// whole box (so θ* is a strict local minimum, the only minimiser in the box) and F(θ*) ∈ <see cref="ValueEnclosure"/>.
/// </summary>
/// <param name="Certified">True only when all three facts above were proved.</param>
/// <param name="Center">The polished point θ̃ the box is centred on.</param>
/// <param name="Radius">The box half-width r (∞-norm), or NaN when no box passed Krawczyk's test.</param>
/// <param name="HessianLowerBound">A proved lower bound on λ_min(∇²F) over the box (−∞ when none).</param>
/// <param name="ValueEnclosure">An enclosure of F over the box (of F(θ̃) when no box passed).</param>
/// <param name="PolishedGradientNorm">‖∇F(θ̃)‖∞ after Newton polishing (floating point, for information).</param>
/// <param name="Reason">One line: what was proved, or the first test that failed.</param>
public sealed record TwoLayerReluCertificate(bool Certified, double[] Center, double Radius, double HessianLowerBound, Interval ValueEnclosure, double PolishedGradientNorm, string Reason);
