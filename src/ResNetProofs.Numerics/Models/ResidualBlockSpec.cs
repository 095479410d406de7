namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Shape of block l of a <see cref="DeepResNet"/>: h_l = h_{l−1} + V_l φ^l(U_l h_{l−1}), with U_l ∈ R^{m_l×d},
/// φ^l: R^{m_l} → R^{n_l} an MLP of <paramref name="InnerDepth"/> hidden layers of width n_l, V_l ∈ R^{d×n_l}.
/// Block 1 has no U: φ¹ acts on x directly (m_1 = d).
/// </summary>
/// <param name="Width">n_l, the output width of φ^l (and of each of its hidden layers).</param>
/// <param name="ProjectionWidth">m_l, the rows of U_l (ignored for block 1).</param>
/// <param name="InnerDepth">Hidden layers of φ^l; 0 means φ^l = σ elementwise (needs m_l = n_l).</param>
/// <param name="Activation">σ of φ^l's hidden layers.</param>
/// <param name="InnerBias">Whether φ^l's hidden layers carry biases.</param>
public sealed record ResidualBlockSpec(int Width, int ProjectionWidth, int InnerDepth, ActivationKind Activation, bool InnerBias);
