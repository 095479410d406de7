using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Proves that a true critical point θ* of R lies near a floating-point θ̃, and encloses R and ∇²R there
/// (a computer-assisted proof in the manner of Safran &amp; Shamir 2018: existence radius plus eigenvalue bounds).
/// <para>
/// Gauge. Continuous symmetries make critical points non-isolated, so ∇R = 0 is solved on the slice θ(y) = θ̃ + N y,
/// N (P×q) an orthonormal basis of the complement of independent symmetry tangents T(θ̃) (P×s). Krawczyk's test on
/// G(y) = Nᵀ∇R(θ(y)) over Y = [−r, r]^q: with C ≈ (Nᵀ∇²R(θ̃)N)⁻¹, if K = −C·G(0) + (I − C·Nᵀ∇²R(Θ)N)·Y ⊂ int Y then G has
/// a unique zero y* in Y (Krawczyk 1969; Moore 1977). Every symmetry is an exact invariance R(g·θ) = R(θ), so
/// t(θ)ᵀ∇R(θ) = 0 for each tangent field t at every θ; if [N | T(θ)] is nonsingular on the box, Nᵀ∇R(θ*) = 0 then forces
/// ∇R(θ*) = 0. Nonsingularity is proved by σ_min([N | T(θ̃)]) &gt; √s·L·max‖θ − θ̃‖₂, where every tangent field varies by
/// at most L‖θ − θ̃‖₂ (<see cref="TangentLipschitz"/>). The same transversality makes the orbit map (g, y) ↦ g·θ(y) a local
/// diffeomorphism at θ*, so a positive definite slice Hessian Nᵀ∇²R(θ*)N proves that θ* is a strict local minimum of R
/// modulo the symmetries.
/// </para>
/// Floating point only chooses N, C, r and the witness; every claim is re-proved in <see cref="Interval"/> arithmetic
/// (<see cref="RiskEnclosure"/>, <see cref="CertifiedEigenvalues"/>). For ReLU, the box must keep every pre-activation of
/// every data point off 0, or the proof stops ("kink in the ball").
/// </summary>
public static class CriticalPointCertifier
{
    /// <summary>
    /// L = 1: every tangent field of <c>ContinuousSymmetries</c> is linear in θ with coefficients ±1 and reads each entry of θ
    /// at most once (rescaling ±rows/columns, mixing E·W and −W·E for E = e_j e_kᵀ, readout z = w_m e_i − w_i e_m), so
    /// ‖t(θ) − t(θ̃)‖₂ ≤ ‖θ − θ̃‖₂.
    /// </summary>
    public const double TangentLipschitz = 1;

    /// <summary>Largest P certified by default (the interval Hessian costs P forward-over-reverse passes, the slice algebra P²q).</summary>
    public const int DefaultMaxParameters = 400;

    /// <summary>Tries the proof at θ̃ with the float Hessian <paramref name="hessian"/> (a preconditioner only) and the symmetry tangents at θ̃.</summary>
    /// <param name="risk">The rigorous risk.</param>
    /// <param name="theta">θ̃ (length P).</param>
    /// <param name="hessian">∇²R(θ̃) in floating point (P×P), used only to build C and the witness.</param>
    /// <param name="tangents">Symmetry tangents at θ̃ (each length P); dependent or zero ones are dropped.</param>
    /// <param name="witness">A candidate negative-curvature direction v (length P; e.g. the float eigenvector of λ_min(∇²R(θ̃)) when negative), or null.</param>
    /// <param name="maxParameters">Refuse (Exists = false, with the reason) above this P.</param>
    public static CriticalPointCertificate Certify(RiskEnclosure risk, ReadOnlySpan<double> theta, Matrix<double> hessian, IReadOnlyList<double[]> tangents, double[]? witness, int maxParameters = DefaultMaxParameters)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(tangents);
        int p = theta.Length;
        if (p != risk.Dimension || hessian.RowCount != p || hessian.ColumnCount != p)
        {
            throw new ArgumentException($"θ has length {p}, the risk {risk.Dimension} parameters, the Hessian is {hessian.RowCount}×{hessian.ColumnCount}", nameof(theta));
        }
        var center = theta.ToArray();
        if (p > maxParameters)
        {
            return Failed($"P = {p} exceeds the certification limit {maxParameters}", center, witness, risk, double.NaN, p);
        }
        var gauge = SelectTangents(tangents, p);
        var n = Complement(gauge, p);
        return Prove(risk, center, hessian, witness, n, n, $"a slice of dimension {n.ColumnCount}", (box, jacobian) =>
        {
            string? failure = Transversality(n, gauge, Distance(box, center), out string note);
            return (failure, note, CertifiedEigenvalues.LowerBoundMinEigenvalue(jacobian));
        });
    }

    /// <summary>
    /// Certifies a critical point on a set where every gradient component outside <paramref name="equations"/> vanishes
    /// identically (the caller proves this; e.g. the readout-zero set w = 0 of a ResNet, where f ≡ c, so ∂R/∂z = 0 for every
    /// z other than w and c). Krawczyk on the square system ∇R[equations](θ̃ + S y) = 0 in the unknown coordinates
    /// <paramref name="unknowns"/> (S selects them; the other coordinates stay exactly at θ̃), with Jacobian ∇²R[equations,
    /// unknowns] enclosed over the box. Such critical sets are non-isolated (degenerate), so no local-minimum claim is made;
    /// a negative-curvature witness of the full Hessian over the box still proves a strict saddle.
    /// </summary>
    /// <param name="risk">The rigorous risk.</param>
    /// <param name="theta">θ̃ (length P).</param>
    /// <param name="hessian">∇²R(θ̃) in floating point, used only for the preconditioner.</param>
    /// <param name="equations">Indices of the gradient components still to be solved.</param>
    /// <param name="unknowns">Indices of the coordinates that move (as many as equations).</param>
    /// <param name="structure">Why every other gradient component vanishes identically on the set (reported).</param>
    /// <param name="witness">A candidate negative-curvature direction, or null.</param>
    public static CriticalPointCertificate CertifyOnInvariantSet(RiskEnclosure risk, ReadOnlySpan<double> theta, Matrix<double> hessian, int[] equations, int[] unknowns, string structure, double[]? witness)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(hessian);
        ArgumentNullException.ThrowIfNull(equations);
        ArgumentNullException.ThrowIfNull(unknowns);
        if (equations.Length != unknowns.Length || equations.Length == 0)
        {
            throw new ArgumentException($"{equations.Length} equations and {unknowns.Length} unknowns: need a square, nonempty system", nameof(unknowns));
        }
        int p = theta.Length;
        var center = theta.ToArray();
        if (p > DefaultMaxParameters)
        {
            return Failed($"P = {p} exceeds the certification limit {DefaultMaxParameters}", center, witness, risk, double.NaN, equations.Length);
        }
        var certificate = Prove(risk, center, hessian, witness, Selection(equations, p), Selection(unknowns, p),
            $"the {equations.Length} remaining gradient equations (non-isolated: no local-minimum claim)",
            (_, _) => (null, structure, double.NegativeInfinity));
        return certificate.Exists ? certificate with { Reason = structure + "; " + certificate.Reason } : certificate with { Reason = $"{structure}: {certificate.Reason}" };
    }

    /// <summary>
    /// Proves an interpolating point near θ̃: Krawczyk on F(θ̃ + S y) = (f(x_i; θ̃ + S y) − y_i)_i = 0 in n coordinates S chosen
    /// by pivoted Gram–Schmidt on the float Jacobian's columns (needs n ≤ P), with the Jacobian enclosed over the box. At such
    /// θ* a loss whose minimum 0 is attained exactly at p = y (squared, log-cosh) gives R(θ*) = 0 = min R, so θ* is a global,
    /// hence local, minimum and a critical point (R is smooth there: the box must be free of ReLU kinks). Non-isolated by
    /// nature (a zero-risk manifold when n &lt; P), so no strict-minimum claim.
    /// </summary>
    /// <param name="risk">The rigorous risk (its loss must be squared-mean, squared-half or log-cosh; otherwise the proof is refused).</param>
    /// <param name="theta">θ̃ (length P).</param>
    /// <param name="witness">Unused for a minimum; kept so every certificate reports the same fields.</param>
    public static CriticalPointCertificate CertifyInterpolation(RiskEnclosure risk, ReadOnlySpan<double> theta, double[]? witness)
    {
        ArgumentNullException.ThrowIfNull(risk);
        int p = theta.Length;
        var center = theta.ToArray();
        int n = risk.Data.Count;
        if (risk.Loss.Name is not ("squared-mean" or "squared-half" or "log-cosh"))
        {
            return Failed($"interpolation: the loss {risk.Loss.Name} does not attain its minimum 0 at p = y", center, witness, risk, double.NaN, n);
        }
        if (n > p || p > DefaultMaxParameters)
        {
            return Failed($"interpolation: n = {n} equations, P = {p} parameters (needs n ≤ P ≤ {DefaultMaxParameters})", center, witness, risk, double.NaN, n);
        }
        var atCenter = risk.Predictions(RiskEnclosure.PointBox(center));
        var chosen = PivotColumns(atCenter.Jacobian, n, p);
        if (chosen.Count < n)
        {
            return Failed($"interpolation: the prediction Jacobian has numerical rank {chosen.Count} < n = {n}", center, witness, risk, double.NaN, n);
        }
        var s = Selection([.. chosen], p);
        var c = Matrix<double>.Build.Dense(n, n, (i, a) => atCenter.Jacobian[i, chosen[a]].Mid).Inverse();
        if (!c.Enumerate().All(double.IsFinite))
        {
            return Failed("interpolation: the chosen Jacobian columns are singular in floating point", center, witness, risk, double.NaN, n);
        }
        var residual = new Interval[n];
        for (int i = 0; i < n; i++)
        {
            residual[i] = atCenter.Values[i] - risk.Data.Target(i);
        }
        var cg0 = Times(c, residual);
        var found = Search(center, s, c, cg0, box =>
        {
            var over = risk.Predictions(box);
            var jacobian = new IntervalMatrix(n, n);
            for (int i = 0; i < n; i++)
            {
                for (int a = 0; a < n; a++)
                {
                    jacobian[i, a] = over.Jacobian[i, chosen[a]];
                }
            }
            return (jacobian, over.Kink, 0);
        });
        if (found.Failure is not null)
        {
            return Failed("interpolation: " + found.Failure, center, witness, risk, found.Radius, n);
        }
        double distance = Distance(found.Box, center);
        var enclosure = risk.Hessian(found.Box);
        return new CriticalPointCertificate
        {
            Exists = true,
            IsGlobalMinimum = true,
            Reason = $"interpolation: Krawczyk on f(x_i; θ) = y_i (i = 1..{n}) in {n} coordinates, K ⊂ int Y at r = {Format(found.Radius)}: R(θ*) = 0 = min R within ‖θ − θ̃‖₂ ≤ {Format(distance)}",
            Radius = found.Radius,
            Distance = distance,
            SliceDimension = n,
            Gauge = $"zero-risk set: {n} of {p} coordinates solved, the others fixed at θ̃",
            Box = found.Box,
            Risk = Interval.Zero,
            Hessian = enclosure.Hessian,
            SliceMinEigenvalueLowerBound = double.NegativeInfinity,
            MinEigenvalueLowerBound = CertifiedEigenvalues.LowerBoundMinEigenvalue(enclosure.Hessian),
            Witness = witness,
            WitnessCurvature = witness is null ? Interval.Entire : enclosure.Hessian.QuadraticForm(witness),
        };
    }

    // Greedy pivoted Gram–Schmidt on the midpoint columns of an n×P interval Jacobian: up to n column indices whose residual
    // exceeds 1e−8 of the largest column norm.
    private static List<int> PivotColumns(IntervalMatrix jacobian, int n, int p)
    {
        var columns = Enumerable.Range(0, p).Select(j => Vector<double>.Build.Dense(n, i => jacobian[i, j].Mid)).ToList();
        double largest = columns.Max(v => v.L2Norm());
        var chosen = new List<int>();
        for (int step = 0; step < n && largest > 0; step++)
        {
            int best = -1;
            double bestNorm = 1e-8 * largest;
            for (int j = 0; j < p; j++)
            {
                double norm = columns[j].L2Norm();
                if (!chosen.Contains(j) && norm > bestNorm)
                {
                    best = j;
                    bestNorm = norm;
                }
            }
            if (best < 0)
            {
                break;
            }
            chosen.Add(best);
            var q = columns[best] / columns[best].L2Norm();
            for (int j = 0; j < p; j++)
            {
                columns[j] -= q * q.DotProduct(columns[j]);
            }
        }
        return chosen;
    }

    // Krawczyk on G(y) = Eᵀ∇R(θ̃ + S y) over Y = [−r, r]^m, J(Y) = Eᵀ∇²R(θ̃ + S Y)S, C = (Eᵀ∇²R(θ̃)S)⁻¹, trying r = 4‖C G(0)‖∞
    // (at least 1e−13·scale) and 64 times larger, up to 1e−2·scale. After existence, `confirm` returns a failure (or null),
    // the gauge note and the certified λ_min bound of J to report (the slice Hessian when E = S = N).
    private static CriticalPointCertificate Prove(RiskEnclosure risk, double[] center, Matrix<double> hessian, double[]? witness, Matrix<double> e, Matrix<double> s, string system,
        Func<Interval[], IntervalMatrix, (string? Failure, string Gauge, double JacobianMinEigenvalue)> confirm)
    {
        int m = s.ColumnCount;
        var c = (e.TransposeThisAndMultiply(hessian) * s).Inverse();
        if (!c.Enumerate().All(double.IsFinite))
        {
            return Failed($"the Jacobian Eᵀ∇²R(θ̃)S of {system} is singular in floating point: no Newton preconditioner", center, witness, risk, double.NaN, m);
        }
        var cg0 = Times(c, Times(e.Transpose(), risk.Gradient(RiskEnclosure.PointBox(center)).Gradient));
        var found = Search(center, s, c, cg0, box =>
        {
            var enclosure = risk.Hessian(box);
            return (Congruence(e, enclosure.Hessian, s), enclosure.Kink, enclosure);
        });
        if (found.Failure is not null)
        {
            return Failed(found.Failure, center, witness, risk, found.Radius, m);
        }
        var (failure, gauge, jacobianMin) = confirm(found.Box, found.Jacobian);
        if (failure is not null)
        {
            return Failed(failure, center, witness, risk, found.Radius, m) with { Gauge = gauge };
        }
        double distance = Distance(found.Box, center);
        var hessianOver = found.State!;
        return new CriticalPointCertificate
        {
            Exists = true,
            Reason = $"Krawczyk: K ⊂ int Y at r = {Format(found.Radius)} on {system}; a critical point lies within ‖θ − θ̃‖₂ ≤ {Format(distance)}",
            Radius = found.Radius,
            Distance = distance,
            SliceDimension = m,
            Gauge = gauge,
            Box = found.Box,
            Risk = hessianOver.Value,
            Hessian = hessianOver.Hessian,
            SliceMinEigenvalueLowerBound = jacobianMin,
            MinEigenvalueLowerBound = CertifiedEigenvalues.LowerBoundMinEigenvalue(hessianOver.Hessian),
            Witness = witness,
            WitnessCurvature = witness is null ? Interval.Entire : hessianOver.Hessian.QuadraticForm(witness),
        };
    }

    // The radius search every Krawczyk test here shares: Y = [−r, r]^m, box θ̃ + S·Y, r = 4‖C G(0)‖∞ (at least 1e−13·scale),
    // then 64 times larger while r ≤ 1e−2·scale, 4 tries; `over` encloses the Jacobian of G over the box (or reports a ReLU
    // kink there, which ends the search) and may hand back what it computed on the way.
    private static (Interval[] Box, double Radius, IntervalMatrix Jacobian, T? State, string? Failure) Search<T>(
        double[] center, Matrix<double> s, Matrix<double> c, Interval[] cg0, Func<Interval[], (IntervalMatrix Jacobian, KinkCrossing? Kink, T State)> over)
    {
        double scale = Math.Max(1, center.Max(Math.Abs));
        double radius = Math.Max(4 * cg0.Max(v => v.Magnitude), 1e-13 * scale);
        string last = "not tried (the Newton step exceeds 1e−2·max(1, ‖θ‖∞))";
        for (int attempt = 0; attempt < 4 && radius <= 1e-2 * scale; attempt++, radius *= 64)
        {
            var box = SliceBox(center, s, radius);
            var (jacobian, kink, state) = over(box);
            if (kink is not null)
            {
                return ([], radius, jacobian, default, $"a ReLU pre-activation crosses 0 in the box of radius {Format(radius)}: {kink}");
            }
            if (Krawczyk(c, cg0, jacobian, radius) is { } k)
            {
                last = $"Krawczyk failed at r = {Format(radius)}: component {k.Index} of K = {k.Value} ⊄ (−r, r)";
                continue;
            }
            return (box, radius, jacobian, state, null);
        }
        return ([], radius, new IntervalMatrix(0, 0), default, last);
    }

    // The P×m matrix whose column a is the unit vector e_{indices[a]}.
    private static Matrix<double> Selection(int[] indices, int p)
    {
        var m = Matrix<double>.Build.Dense(p, indices.Length);
        for (int a = 0; a < indices.Length; a++)
        {
            m[indices[a], a] = 1;
        }
        return m;
    }

    /// <summary>The box θ̃ + N·[−r, r]^q, rounded outward.</summary>
    public static Interval[] SliceBox(ReadOnlySpan<double> center, Matrix<double> n, double radius)
    {
        var y = new Interval(-radius, radius);
        var box = new Interval[center.Length];
        for (int i = 0; i < center.Length; i++)
        {
            var sum = Interval.Point(center[i]);
            for (int a = 0; a < n.ColumnCount; a++)
            {
                sum += n[i, a] * y;
            }
            box[i] = sum;
        }
        return box;
    }

    /// <summary>Greedy independent subset of the tangents (modified Gram–Schmidt; a tangent is kept when its residual exceeds 1e−6 of its norm).</summary>
    public static IReadOnlyList<double[]> SelectTangents(IReadOnlyList<double[]> tangents, int p)
    {
        var kept = new List<double[]>();
        var basis = new List<Vector<double>>();
        foreach (var t in tangents)
        {
            if (t.Length != p)
            {
                throw new ArgumentException($"a tangent has length {t.Length}; θ has {p}", nameof(tangents));
            }
            var v = Vector<double>.Build.DenseOfArray(t);
            double norm = v.L2Norm();
            if (!(norm > 0) || !double.IsFinite(norm))
            {
                continue;
            }
            var r = v.Clone();
            foreach (var b in basis)
            {
                r -= b * b.DotProduct(r);
            }
            double residual = r.L2Norm();
            if (residual > 1e-6 * norm)
            {
                basis.Add(r / residual);
                kept.Add(t);
            }
        }
        return kept;
    }

    /// <summary>An orthonormal basis (P×(P − s)) of the orthogonal complement of the tangents' span (full QR).</summary>
    public static Matrix<double> Complement(IReadOnlyList<double[]> tangents, int p)
    {
        if (tangents.Count == 0)
        {
            return Matrix<double>.Build.DenseIdentity(p);
        }
        var t = Matrix<double>.Build.DenseOfColumnArrays(tangents);
        var q = t.QR(QRMethod.Full).Q;
        return q.SubMatrix(0, p, tangents.Count, p - tangents.Count);
    }

    /// <summary>Nᵀ A N for an interval matrix A and a point matrix N, rounded outward.</summary>
    public static IntervalMatrix Congruence(Matrix<double> n, IntervalMatrix a) => Congruence(n, a, n);

    /// <summary>Eᵀ A S for an interval matrix A (P×P) and point matrices E (P×m), S (P×q), rounded outward; zero entries of S are skipped.</summary>
    public static IntervalMatrix Congruence(Matrix<double> e, IntervalMatrix a, Matrix<double> s)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(s);
        int p = s.RowCount, q = s.ColumnCount;
        var aS = new Interval[p, q];
        for (int i = 0; i < p; i++)
        {
            for (int b = 0; b < q; b++)
            {
                var sum = Interval.Zero;
                for (int j = 0; j < p; j++)
                {
                    if (s[j, b] != 0)
                    {
                        sum += a[i, j] * s[j, b];
                    }
                }
                aS[i, b] = sum;
            }
        }
        var result = new IntervalMatrix(e.ColumnCount, q);
        for (int x = 0; x < e.ColumnCount; x++)
        {
            for (int b = 0; b < q; b++)
            {
                var sum = Interval.Zero;
                for (int i = 0; i < p; i++)
                {
                    if (e[i, x] != 0)
                    {
                        sum += e[i, x] * aS[i, b];
                    }
                }
                result[x, b] = sum;
            }
        }
        return result;
    }

    private static (int Index, Interval Value)? Krawczyk(Matrix<double> c, Interval[] cg0, IntervalMatrix jacobian, double radius)
    {
        int q = c.RowCount;
        var y = new Interval(-radius, radius);
        var inside = new Interval(-radius, radius);
        for (int a = 0; a < q; a++)
        {
            var k = -cg0[a];
            for (int b = 0; b < q; b++)
            {
                var cj = Interval.Zero;
                for (int x = 0; x < q; x++)
                {
                    cj += c[a, x] * jacobian[x, b];
                }
                var m = (a == b ? Interval.Point(1) : Interval.Zero) - cj;
                k += m * y;
            }
            if (!k.IsInteriorOf(inside))
            {
                return (a, k);
            }
        }
        return null;
    }

    // σ_min([N | T(θ̃)]) > √s·L·δ proves [N | T(θ)] nonsingular for every θ in the box (Weyl for singular values).
    private static string? Transversality(Matrix<double> n, IReadOnlyList<double[]> gauge, double distance, out string note)
    {
        int s = gauge.Count;
        if (s == 0)
        {
            note = "no symmetry tangents: the slice is the whole parameter space";
            return null;
        }
        int p = n.RowCount;
        var b = n.Append(Matrix<double>.Build.DenseOfColumnArrays(gauge));
        var gram = new IntervalMatrix(p, p);
        for (int i = 0; i < p; i++)
        {
            for (int j = i; j < p; j++)
            {
                var sum = Interval.Zero;
                for (int k = 0; k < p; k++)
                {
                    sum += Interval.Point(b[k, i]) * b[k, j];
                }
                gram[i, j] = sum;
                gram[j, i] = sum;
            }
        }
        double lambda = CertifiedEigenvalues.LowerBoundMinEigenvalue(gram);
        var sigma = Interval.Sqrt(new Interval(Math.Max(0, lambda), Math.Max(0, lambda)));
        var variation = Interval.Sqrt(Interval.Point(s)) * TangentLipschitz * Interval.Point(distance);
        note = $"{s} symmetry tangents fixed by the slice; σ_min[N | T(θ̃)] ≥ {Format(sigma.Lo)} against tangent variation ≤ {Format(variation.Hi)}";
        return sigma.Lo > variation.Hi ? null : "the slice is not proved transverse to the symmetry orbits: " + note;
    }

    private static double Distance(Interval[] box, double[] center)
    {
        var sum = Interval.Zero;
        for (int i = 0; i < box.Length; i++)
        {
            double d = Math.Max(Math.Abs(box[i].Lo - center[i]), Math.Abs(box[i].Hi - center[i]));
            sum += Interval.Sqr(Interval.Point(Interval.Up(d)));
        }
        return Interval.Sqrt(sum).Hi;
    }

    private static Interval[] Times(Matrix<double> c, Interval[] g)
    {
        var result = new Interval[c.RowCount];
        for (int a = 0; a < c.RowCount; a++)
        {
            var s = Interval.Zero;
            for (int b = 0; b < c.ColumnCount; b++)
            {
                s += c[a, b] * g[b];
            }
            result[a] = s;
        }
        return result;
    }

    private static CriticalPointCertificate Failed(string reason, double[] center, double[]? witness, RiskEnclosure risk, double radius, int q) => new()
    {
        Exists = false,
        Reason = reason,
        Radius = radius,
        Distance = double.NaN,
        SliceDimension = q,
        Gauge = "not established",
        Box = [],
        Risk = risk.Value(RiskEnclosure.PointBox(center)),
        SliceMinEigenvalueLowerBound = double.NegativeInfinity,
        MinEigenvalueLowerBound = double.NegativeInfinity,
        Witness = witness,
        WitnessCurvature = Interval.Entire,
    };

    private static string Format(double x) => x.ToString("G3", CultureInfo.InvariantCulture);
}
