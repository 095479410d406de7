namespace ResNetProofs.Hunting.Benchmarks;

/// <summary>One measured size of <see cref="DerivativeBenchmark"/>: times in milliseconds (best of the repetitions, one thread).</summary>
/// <param name="D">Input dimension d.</param>
/// <param name="Blocks">Residual blocks L.</param>
/// <param name="Width">Block width n_l = m_l.</param>
/// <param name="Samples">n.</param>
/// <param name="Parameters">P.</param>
/// <param name="RiskAndGradientMs">R and ∇R.</param>
/// <param name="HessianMs">The full P×P Hessian.</param>
/// <param name="LambdaMinMs">λ_min of the Hessian by a dense symmetric eigensolver (Hessian given).</param>
/// <param name="NewtonStepMs">One Newton step: ∇R, ∇²R and the solve of ∇²R s = −∇R.</param>
public sealed record DerivativeBenchmarkRow(int D, int Blocks, int Width, int Samples, int Parameters, double RiskAndGradientMs, double HessianMs, double LambdaMinMs, double NewtonStepMs);
