namespace ResNetProofs.Studies.Benchmarks;

/// <summary>One measured size of <see cref="DerivativeBenchmark"/>: CPU milliseconds of the calling thread (best of the repetitions, one thread).</summary>
/// <param name="D">Input dimension d.</param>
/// <param name="Blocks">Residual blocks L.</param>
/// <param name="Width">Block width n_l = m_l.</param>
/// <param name="Samples">n.</param>
/// <param name="Parameters">P.</param>
/// <param name="RiskAndGradientMs">R and ∇R.</param>
/// <param name="HessianMs">The full P×P Hessian.</param>
/// <param name="LambdaMinMs">λ_min of the (given) Hessian by the provider's dense symmetric eigensolver (native: dsyevr for one eigenvalue).</param>
/// <param name="DivideAndConquerMs">All eigenvalues of the same matrix by LAPACK dsyevd (NumPy's eigvalsh driver); null on the managed path.</param>
/// <param name="LanczosMs">λ_min (and λ_max) by Lanczos on Hessian-vector products, no Hessian formed.</param>
/// <param name="LanczosConverged">Whether Lanczos met its residual tolerance within its step cap.</param>
/// <param name="LevenbergMarquardtStepMs">One iteration of NewtonRefinement: ∇R, ∇²R, one eigendecomposition, its damping trials.</param>
/// <param name="CertificateMs">One Rump Cholesky test λ_min(H) &gt; λ̂_min − 10⁻³·max(1, ‖H‖) (Hessian given).</param>
/// <param name="CertificateProved">Whether that test proved the bound.</param>
public sealed record DerivativeBenchmarkRow(int D, int Blocks, int Width, int Samples, int Parameters, double RiskAndGradientMs, double HessianMs,
    double LambdaMinMs, double? DivideAndConquerMs, double LanczosMs, bool LanczosConverged, double LevenbergMarquardtStepMs, double CertificateMs, bool CertificateProved);
