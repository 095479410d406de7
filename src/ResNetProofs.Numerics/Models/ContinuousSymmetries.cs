using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Precision;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// Tangent directions at θ of the model's known continuous symmetries (f unchanged along their orbits, so ∇²R·t = 0 at a
/// critical point where the family is admissible): <see cref="SymmetryKind.ReluRescaling"/>, <see cref="SymmetryKind.IdentityMixing"/>,
/// <see cref="SymmetryKind.ReadoutNullSpace"/> and <see cref="SymmetryKind.BranchInputMixing"/> (each kind documents its action, proof,
/// tangent and validity condition). <see cref="Admissible"/> says which may be quotiented out of ∇²R at θ.
/// </summary>
public static class ContinuousSymmetries
{
    /// <summary>
    /// Every symmetry tangent at θ, admissible or not, each of length P (not normalised). At w = 0 the readout null space
    /// yields d·k directions (every z), which <see cref="Admissible"/> excludes.
    /// </summary>
    /// <exception cref="ArgumentException">θ's length differs from the layout's parameter count.</exception>
    public static IReadOnlyList<SymmetryTangent> At(NetworkGraph graph, ReadOnlySpan<double> theta) =>
        Families(graph, theta).SelectMany(f => f.Tangents).ToList();

    /// <summary>
    /// The tangents at θ that may be quotiented out of ∇²R, and the excluded families with their reasons, using
    /// τ = <see cref="Tolerances.SymmetryDegenerateRelative"/>: the readout null space is excluded when ‖w‖₂ ≤ τ·‖θ‖₂, a ReLU
    /// unit's rescaling when its tangent has ‖t‖₂ ≤ τ·‖θ‖₂; mixing families are admitted, and listed as reduced when
    /// E ↦ t is not injective (no singular value of the input block's rows or output block's columns above τ·‖θ‖₂ at full rank).
    /// </summary>
    /// <exception cref="ArgumentException">θ's length differs from the layout's parameter count.</exception>
    public static SymmetryAdmissibility Admissible(NetworkGraph graph, ReadOnlySpan<double> theta)
    {
        var admitted = new List<SymmetryTangent>();
        var excluded = new List<SymmetryFamilyNote>();
        var reduced = new List<SymmetryFamilyNote>();
        foreach (var family in Families(graph, theta))
        {
            if (family.Exclusion is { } reason)
            {
                excluded.Add(new SymmetryFamilyNote(family.Name, family.Kind, family.Tangents.Count, reason));
                continue;
            }
            admitted.AddRange(family.Tangents);
            if (family.Reduction is { } note)
            {
                reduced.Add(new SymmetryFamilyNote(family.Name, family.Kind, family.Tangents.Count, note));
            }
        }
        return new SymmetryAdmissibility
        {
            Admitted = admitted,
            Excluded = excluded,
            ReducedOrbits = reduced,
            ZeroRelativeThreshold = Tolerances.SymmetryDegenerateRelative,
        };
    }

    private sealed record Family(string Name, SymmetryKind Kind, List<SymmetryTangent> Tangents, string? Exclusion, string? Reduction);

    private static List<Family> Families(NetworkGraph graph, ReadOnlySpan<double> theta)
    {
        ArgumentNullException.ThrowIfNull(graph);
        int p = graph.Layout.Count;
        if (theta.Length != p)
        {
            throw new ArgumentException($"θ has {theta.Length} entries but the layout has P = {p}", nameof(theta));
        }
        double threshold = Tolerances.SymmetryDegenerateRelative * Vectors.Norm(theta);
        var families = new List<Family>();
        for (int s = 1; s < graph.Nodes.Count; s++)
        {
            var node = graph.Nodes[s];
            if (node.Kind == GraphNodeKind.Activation && node.Activation is ActivationKind.Relu or ActivationKind.Identity)
            {
                AddActivationFamilies(graph, theta, s, threshold, families);
            }
            else if (node.Kind == GraphNodeKind.Affine && graph.Consumers(s) is [int consumer] && graph.Nodes[consumer].Kind == GraphNodeKind.Affine)
            {
                var next = graph.Nodes[consumer];
                string name = $"{node.Weight!.Name} → {next.Weight!.Name}: branch-input mixing";
                var tangents = MixingTangents(theta, p, node.Weight, node.Bias, next.Weight, name, SymmetryKind.BranchInputMixing);
                families.Add(new Family(name, SymmetryKind.BranchInputMixing, tangents, null, Reduction(theta, node.Weight, node.Bias, next.Weight, threshold, "U_l", "A_l")));
            }
        }
        AddReadoutNullSpace(graph, theta, threshold, families);
        return families;
    }

    // ReLU rescaling (one family per unit) or identity mixing (one family per layer) of the activation node s between two affine nodes.
    private static void AddActivationFamilies(NetworkGraph graph, ReadOnlySpan<double> theta, int s, double threshold, List<Family> families)
    {
        var act = graph.Nodes[s];
        var pre = graph.Nodes[act.InputA];
        if (pre.Kind != GraphNodeKind.Affine || graph.Consumers(act.InputA).Count != 1 || graph.Consumers(s) is not [int consumer])
        {
            return;
        }
        var next = graph.Nodes[consumer];
        if (next.Kind != GraphNodeKind.Affine)
        {
            return;
        }
        int p = graph.Layout.Count;
        var wIn = pre.Weight!;
        var wOut = next.Weight!;
        if (act.Activation == ActivationKind.Relu)
        {
            for (int j = 0; j < act.Dim; j++)
            {
                var v = new double[p];
                AddMixing(v, theta, wIn, pre.Bias, wOut, j, j);
                string name = $"{act.Name}: rescale unit {j}";
                double norm = Vectors.Norm(v);
                string? exclusion = norm <= threshold
                    ? $"unit {j}: in- and out-weights zero (‖t‖₂ = {Format(norm)} ≤ τ·‖θ‖₂ = {Format(threshold)}): the orbit is the point θ"
                    : null;
                families.Add(new Family(name, SymmetryKind.ReluRescaling, [new SymmetryTangent { Name = name, Kind = SymmetryKind.ReluRescaling, Family = name, Direction = v }], exclusion, null));
            }
        }
        else
        {
            string name = $"{act.Name}: identity mixing";
            var tangents = MixingTangents(theta, p, wIn, pre.Bias, wOut, name, SymmetryKind.IdentityMixing);
            families.Add(new Family(name, SymmetryKind.IdentityMixing, tangents, null, Reduction(theta, wIn, pre.Bias, wOut, threshold, "[W_in b]", "W_out")));
        }
    }

    private static List<SymmetryTangent> MixingTangents(ReadOnlySpan<double> theta, int p, ParameterBlock wIn, ParameterBlock? bias, ParameterBlock wOut, string family, SymmetryKind kind)
    {
        var list = new List<SymmetryTangent>();
        int width = wIn.Rows;
        for (int j = 0; j < width; j++)
        {
            for (int k = 0; k < width; k++)
            {
                var v = new double[p];
                AddMixing(v, theta, wIn, bias, wOut, j, k);
                list.Add(new SymmetryTangent { Name = $"{family} e{j}e{k}ᵀ", Kind = kind, Family = family, Direction = v });
            }
        }
        return list;
    }

    // E ↦ (E·[W_in b], −W_out·E) is injective iff [W_in b] (m × c) has full row rank or W_out (r × m) full column rank; numerically,
    // rank m with σ_m > τ‖θ‖. Null when injective, else the note with both smallest singular values.
    private static string? Reduction(ReadOnlySpan<double> theta, ParameterBlock wIn, ParameterBlock? bias, ParameterBlock wOut, double threshold, string inName, string outName)
    {
        int m = wIn.Rows;
        var input = Matrix<double>.Build.Dense(m, wIn.Cols + (bias is null ? 0 : 1));
        var win = wIn.ToMatrix(theta);
        input.SetSubMatrix(0, 0, win);
        if (bias is not null)
        {
            for (int j = 0; j < m; j++)
            {
                input[j, wIn.Cols] = theta[bias.Offset + j];
            }
        }
        double sigmaIn = SmallestOfFirst(input, m);
        double sigmaOut = SmallestOfFirst(wOut.ToMatrix(theta), m);
        if (sigmaIn > threshold || sigmaOut > threshold)
        {
            return null;
        }
        return $"E ↦ t not injective: σ_{m}({inName}) = {Format(sigmaIn)}, σ_{m}({outName}) = {Format(sigmaOut)} ≤ τ·‖θ‖₂ = {Format(threshold)} (0 when the block has fewer than {m} rows/columns): orbit dimension < {m * m}";
    }

    // σ_m of a matrix with m rows or m columns: the m-th largest singular value, 0 when min(rows, cols) < m.
    private static double SmallestOfFirst(Matrix<double> a, int m)
    {
        if (Math.Min(a.RowCount, a.ColumnCount) < m)
        {
            return 0;
        }
        var s = a.Svd(computeVectors: false).S;
        return s[m - 1];
    }

    // V ↦ V + z e_kᵀ with wᵀz = 0, for the residual branch V φ summed into the features h that the readout f = wᵀh reads.
    // Basis of w⟂ (not orthogonal; the classification orthonormalises): w_m e_i − w_i e_m for i ≠ m = argmax |w_i|. This form
    // is linear in θ with coefficients ±1 (each entry of w read once per tangent), which the critical-point certificate's bound
    // on the tangents' variation over a box needs (CriticalPointCertifier.TangentLipschitz); at w = 0 the field vanishes.
    private static void AddReadoutNullSpace(NetworkGraph graph, ReadOnlySpan<double> theta, double threshold, List<Family> families)
    {
        var output = graph.Nodes[graph.OutputNode];
        if (output.Kind != GraphNodeKind.Affine || output.Dim != 1)
        {
            return;
        }
        int featureNode = output.InputA;
        var sum = graph.Nodes[featureNode];
        if (sum.Kind != GraphNodeKind.Add || graph.Consumers(featureNode).Count != 1)
        {
            return;
        }
        foreach (int branch in new[] { sum.InputA, sum.InputB })
        {
            var node = graph.Nodes[branch];
            if (branch <= 0 || node.Kind != GraphNodeKind.Affine || node.Bias is not null || graph.Consumers(branch).Count != 1)
            {
                continue;
            }
            var v = node.Weight!;
            var w = output.Weight!.Slice(theta);
            int d = w.Length, m = 0;
            for (int i = 1; i < d; i++)
            {
                m = Math.Abs(w[i]) > Math.Abs(w[m]) ? i : m;
            }
            bool zero = w[m] == 0;
            string name = $"{v.Name}: readout null space";
            var tangents = new List<SymmetryTangent>();
            for (int k = 0; k < v.Cols; k++)
            {
                for (int i = 0; i < d; i++)
                {
                    if (i == m && !zero)
                    {
                        continue;
                    }
                    var direction = new double[graph.Layout.Count];
                    direction[v.Offset + (i * v.Cols) + k] = zero ? 1 : w[m];
                    if (!zero)
                    {
                        direction[v.Offset + (m * v.Cols) + k] = -w[i];
                    }
                    tangents.Add(new SymmetryTangent { Name = $"{v.Name}: readout null space e{i}, column {k}", Kind = SymmetryKind.ReadoutNullSpace, Family = name, Direction = direction });
                }
            }
            double wNorm = Vectors.Norm(w);
            string? exclusion = wNorm <= threshold
                ? $"readout null space excluded: w = 0 (‖w‖₂ = {Format(wNorm)} ≤ τ·‖θ‖₂ = {Format(threshold)}): V ↦ V + z e_kᵀ is no symmetry of the nearby points with w ≠ 0"
                : null;
            families.Add(new Family(name, SymmetryKind.ReadoutNullSpace, tangents, exclusion, null));
        }
    }

    // Tangent of W_in ↦ (I + εE)W_in, b ↦ (I + εE)b, W_out ↦ W_out(I − εE) with E = e_j e_kᵀ.
    private static void AddMixing(double[] v, ReadOnlySpan<double> theta, ParameterBlock wIn, ParameterBlock? bias, ParameterBlock wOut, int j, int k)
    {
        var win = wIn.Slice(theta);
        for (int c = 0; c < wIn.Cols; c++)
        {
            v[wIn.Offset + j * wIn.Cols + c] += win[k * wIn.Cols + c];
        }
        if (bias is not null)
        {
            v[bias.Offset + j] += theta[bias.Offset + k];
        }
        var wout = wOut.Slice(theta);
        for (int r = 0; r < wOut.Rows; r++)
        {
            v[wOut.Offset + r * wOut.Cols + k] -= wout[r * wOut.Cols + j];
        }
    }

    private static string Format(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
