using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Sampling;
using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Studies;

/// <summary>The start of one run of the Safran–Shamir study, per student: the paper's "Xavier" draw, shifted for the identity shortcut.</summary>
public static class SafranShamirStarts
{
    /// <summary>
    /// The start of <paramref name="student"/>: <see cref="SafranShamirDescent.XavierStart"/> from <paramref name="rng"/> (w_i ~ N(0, I/d),
    /// u = 0); for <see cref="SafranShamirStudent.IdentityShortcut"/>, plus the rows of a Haar-random orthogonal Q drawn from
    /// <paramref name="frame"/> (<see cref="IdentityShortcut"/>). The same <paramref name="rng"/> gives every student the same noise (paired runs).
    /// </summary>
    public static double[] For(SafranShamirStudent student, TwoLayerReluObjective objective, Random rng, Random frame)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var start = SafranShamirDescent.XavierStart(objective, rng);
        return student == SafranShamirStudent.IdentityShortcut ? IdentityShortcut(objective, start, frame) : start;
    }

    /// <summary>
    /// The identity-shortcut start in the teacher's frame: w_i = q_i + δ_i for i ≤ d, w_{d+1} = δ_{d+1}, with δ the given
    /// Xavier start and q_i the rows of a Haar-random d × d orthogonal Q. Derivation (exact in real arithmetic): with x = Vᵀy,
    /// y ~ N(0, I), F(E + Δ; V) = F((E + Δ)Vᵀ; I) for a teacher with orthonormal rows V; (E + Δ)Vᵀ = EVᵀ + ΔVᵀ, where ΔVᵀ has
    /// the law of Δ and EVᵀ has the rows of Vᵀ, Haar when V is; gradient descent commutes with W ↦ WVᵀ, which keeps every
    /// row norm (so the per-neuron stopping rule), hence the run is the plain run from this start on the teacher e_j.
    /// </summary>
    public static double[] IdentityShortcut(TwoLayerReluObjective objective, double[] xavier, Random frame)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(xavier);
        int d = objective.InputDimension;
        var q = HaarOrthogonal(d, frame);
        var start = (double[])xavier.Clone();
        for (int i = 0; i < Math.Min(d, objective.Students); i++)
        {
            for (int t = 0; t < d; t++)
            {
                start[(i * d) + t] += q[i, t];
            }
        }
        return start;
    }

    /// <summary>
    /// A Haar-distributed orthogonal d × d matrix: modified Gram–Schmidt on the rows of a standard Gaussian matrix (QR with a
    /// positive diagonal of R, which Mezzadri 2007 shows is Haar). Rows are orthonormal to rounding.
    /// </summary>
    public static double[,] HaarOrthogonal(int d, Random rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var q = new double[d, d];
        for (int i = 0; i < d; i++)
        {
            for (int t = 0; t < d; t++)
            {
                q[i, t] = StandardNormal.Draw(rng);
            }
        }
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < i; j++)
            {
                double dot = 0;
                for (int t = 0; t < d; t++)
                {
                    dot += q[i, t] * q[j, t];
                }
                for (int t = 0; t < d; t++)
                {
                    q[i, t] -= dot * q[j, t];
                }
            }
            double norm = 0;
            for (int t = 0; t < d; t++)
            {
                norm += q[i, t] * q[i, t];
            }
            norm = Math.Sqrt(norm);
            for (int t = 0; t < d; t++)
            {
                q[i, t] /= norm;
            }
        }
        return q;
    }
}
