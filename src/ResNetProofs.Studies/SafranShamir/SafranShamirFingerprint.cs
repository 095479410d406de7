using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;


namespace ResNetProofs.Studies;

/// <summary>
/// Invariants of an end point θ = (w_1, …, w_n[, u]) under permuting the student neurons and under the teacher's symmetry
/// (one permutation of the coordinates applied to every vector, which maps the teacher {e_j} to itself): F, and the sorted
/// lists of the entries of W, of the Gram entries w_iᵀw_l (i ≤ l), of the entries of u and of uᵀw_i. Equal points under
/// those maps have equal fingerprints; <see cref="SafranShamirStudy"/> groups end points whose fingerprints agree.
/// </summary>
public static class SafranShamirFingerprint
{
    /// <summary>The invariant vector of <paramref name="theta"/> (F first).</summary>
    public static double[] Of(TwoLayerReluObjective objective, double[] theta)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(theta);
        int d = objective.InputDimension, n = objective.Students;
        var list = new List<double> { objective.Value(theta) };
        list.AddRange(theta.Take(n * d).Order());
        var gram = new List<double>();
        for (int i = 0; i < n; i++)
        {
            for (int l = i; l < n; l++)
            {
                gram.Add(Dot(theta, i * d, l * d, d));
            }
        }
        list.AddRange(gram.Order());
        if (objective.Form == StudentForm.LinearSkip)
        {
            list.AddRange(theta.Skip(n * d).Order());
            list.AddRange(Enumerable.Range(0, n).Select(i => Dot(theta, i * d, n * d, d)).Order());
        }
        return [.. list];
    }

    /// <summary>True when the fingerprints agree to <paramref name="tolerance"/> in every entry.</summary>
    public static bool Same(double[] a, double[] b, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Length == b.Length && a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= tolerance);
    }

    private static double Dot(double[] theta, int i, int l, int d)
    {
        double s = 0;
        for (int t = 0; t < d; t++)
        {
            s += theta[i + t] * theta[l + t];
        }
        return s;
    }
}
