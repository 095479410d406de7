namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The families of continuous parameter symmetries θ ↦ g·θ with f(x; g·θ) = f(x; θ) for every x that
/// <see cref="ContinuousSymmetries"/> knows. Each member states the action, why f is invariant, the tangent
/// t = d/ds (g_s·θ)|_{s=0}, and when quotienting ∇²R by the tangents is valid at θ.
/// </summary>
/// <remarks>
/// Why a genuine group action may always be quotiented at a critical point θ: R(g·θ) = R(θ) for all g, so for a linear
/// action g_sᵀ∇R(g_s·θ) = ∇R(θ); differentiating at s = 0 gives ∇²R·t = −Xᵀ∇R(θ) = 0 (X the generator). Moreover the map
/// (g, θ') ↦ g·θ' from G × (θ + S^⊥), S = span of the tangents, has onto differential at (e, θ), so its image covers a
/// neighbourhood of θ; hence λ_min(∇²R on S^⊥) &gt; 0 makes θ a local minimum of R even where the orbit dimension drops.
/// A family that is a symmetry only for part of θ (the readout null space needs w fixed and ≠ 0) is no group action at w = 0,
/// and this argument fails there.
/// </remarks>
public enum SymmetryKind
{
    /// <summary>
    /// ReLU unit j between an affine node a = W_in·u + b_in and an affine node W_out·σ(a):
    /// (row j of W_in, b_in[j]) ↦ c·(…), column j of W_out ↦ (1/c)·(…), for c &gt; 0 (the group (R_{&gt;0}, ·)).
    /// </summary>
    /// <remarks>
    /// Proof: ReLU is positively homogeneous, σ(c·a_j) = c·σ(a_j) for c &gt; 0, so unit j's contribution
    /// W_out[:, j]·σ(a_j) becomes (1/c)·W_out[:, j]·c·σ(a_j), the same vector; every other unit and node is untouched, so
    /// f(x; g·θ) = f(x; θ) for every x. Tangent at c = e^s: t = (+row j of W_in, +b_in[j], −column j of W_out).
    /// Validity: always a genuine action (positive scalars). The orbit degenerates to the point θ when the unit's in- and
    /// out-weights are all zero (t = 0); such a unit (‖t‖₂ ≤ τ·‖θ‖₂) is excluded, since the critical set is not a manifold
    /// through θ in that direction (two branches W_in[j] = 0 and W_out[:, j] = 0 cross there).
    /// </remarks>
    ReluRescaling,

    /// <summary>
    /// Identity-activation layer of width m between W_in (with bias b) and W_out: W_in ↦ G·W_in, b ↦ G·b, W_out ↦ W_out·G⁻¹
    /// for G ∈ GL(m).
    /// </summary>
    /// <remarks>
    /// Proof: the layer outputs a = W_in·u + b and the next node reads W_out·a; after the action it reads
    /// W_out·G⁻¹·(G·W_in·u + G·b) = W_out·a, and nothing else reads a, so f(x; g·θ) = f(x; θ) for every x.
    /// Tangents at G_s = exp(s·E), E = e_j e_kᵀ (m² of them): t = (E·W_in, E·b, −W_out·E).
    /// Validity: a genuine GL(m) action, so quotienting by the span of the tangents is valid at a critical point. The orbit has
    /// its full dimension m² iff E ↦ t is injective, i.e. [W_in b] has full row rank or W_out full column rank (E·[W_in b] = 0 and
    /// W_out·E = 0 force E = 0); otherwise the orbit is smaller (reported), and the rank of the tangents counts it.
    /// </remarks>
    IdentityMixing,

    /// <summary>
    /// Readout null space of the last residual branch (f = wᵀ(h' + V·φ) + c, V read only there): V ↦ V + z·e_kᵀ for every
    /// z with wᵀz = 0 and every column k.
    /// </summary>
    /// <remarks>
    /// Proof: f changes by wᵀ(z·e_kᵀ)·φ(x) = (wᵀz)·φ_k(x) = 0 for every x, and V is read by no other node.
    /// Tangents: t = z·e_kᵀ for a basis z of w^⊥ ((d − 1)·k of them), e.g. z = e_i − (w_i/w_m)·e_m for i ≠ m = argmax |w_i|.
    /// Validity: needs w ≠ 0. With w ≠ 0 fixed the directions form a group action of R^{d×k} on {w ≠ 0} (V ↦ V + P_{w^⊥}Z) with
    /// constant orbit dimension (d − 1)·k near θ, and at a critical point (1/n)Σ r_i φ(x_i) = 0 (from ∂R/∂V = w·(1/n)Σ r_i φ(x_i)ᵀ = 0),
    /// which makes the w–V block of ∇²R·t vanish. At w = 0 every z qualifies (d·k directions), the action is no symmetry of the
    /// nearby points with w ≠ 0, ∇²R·t = (the w-part (1/n)Σ r_i φ_k(x_i)·z) need not vanish, and quotienting hides strict saddles
    /// whose negative curvature mixes w and V. Excluded when ‖w‖₂ ≤ τ·‖θ‖₂.
    /// </remarks>
    ReadoutNullSpace,

    /// <summary>
    /// Branch input of a deep block l ≥ 2, h_l = h_{l−1} + V_l·φ^l(U_l·h_{l−1}) with φ^l beginning with an affine layer A_l
    /// (its first weight block "phi{l}.W1" reads U_l's output and nothing else does): U_l ↦ G·U_l, A_l ↦ A_l·G⁻¹ for G ∈ GL(m_l).
    /// </summary>
    /// <remarks>
    /// Proof: φ^l's first layer computes A_l·(U_l·h) + b_1; after the action, A_l·G⁻¹·G·U_l·h + b_1 is the same vector, and U_l·h
    /// is read by no other node, so every later node and f(x; g·θ) = f(x; θ) for every x (b_1 is untouched). Tangents at
    /// G_s = exp(s·E), E = e_j e_kᵀ (m_l² of them): t = (E·U_l, −A_l·E). (Any affine node read only by another affine node
    /// carries this action; in the models that is exactly U_l → A_l.)
    /// Validity: a genuine GL(m_l) action, so quotienting is valid at a critical point. The orbit has full dimension m_l² iff
    /// E ↦ t is injective, i.e. U_l has full row rank or A_l full column rank; otherwise the orbit is smaller (reported).
    /// </remarks>
    BranchInputMixing,
}
