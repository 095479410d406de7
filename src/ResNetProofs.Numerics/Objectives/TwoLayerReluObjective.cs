using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Objectives;

/// <summary>
/// The population objective of Safran &amp; Shamir (ICML 2018): F(θ) = ½E(S(x) − Σ_{j=1..k} relu(v_jᵀx))², x ~ N(0, I_d), for
/// the student S(x) = Σ_{i=1..n} relu(w_iᵀx) (<see cref="StudentForm.Plain"/>) or S(x) = Σ_i relu(w_iᵀx) + uᵀx
/// (<see cref="StudentForm.LinearSkip"/>), in closed form through the arc-cosine kernel K (<see cref="ArcCosineKernel"/>):
/// F = ½Σ_{i,i'} K(w_i, w_i') − Σ_{i,j} K(w_i, v_j) + ½Σ_{j,j'} K(v_j, v_j') [+ ½‖u‖² + ½uᵀ(Σ_i w_i − Σ_j v_j)],
/// using E[relu(wᵀx)uᵀx] = uᵀw/2 and E[(uᵀx)²] = ‖u‖². Gradient and Hessian are exact (<see cref="ArcCosinePair"/>):
/// ∇_{w_i}F = w_i/2 + Σ_{i'≠i} g(w_i, w_i') − Σ_j g(w_i, v_j) [+ u/2], ∇_u F = u + ½(Σw_i − Σv_j).
/// </summary>
/// <remarks>
/// θ = (w_1, …, w_n[, u]) flat, neuron i in entries [i·d, (i+1)·d). F is continuous everywhere and differentiable where every
/// w_i ≠ 0; at w_i = 0 the gradient and Hessian blocks of neuron i follow <see cref="ArcCosinePair"/>'s relu′(0) = 0 convention.
/// </remarks>
public sealed class TwoLayerReluObjective : ISmoothObjective
{
    private readonly double[][] _teacher;
    private readonly double _teacherSelf;
    private readonly double[] _teacherNorms;
    private readonly double[] _teacherUnits;

    /// <summary>The objective for the teacher rows <paramref name="teacher"/> (k vectors in R^d), n students of form <paramref name="form"/>.</summary>
    /// <exception cref="ArgumentException">No teacher, rows of different lengths, a non-finite entry, or n &lt; 1.</exception>
    public TwoLayerReluObjective(IReadOnlyList<double[]> teacher, int students, StudentForm form)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        if (teacher.Count == 0 || teacher[0].Length == 0)
        {
            throw new ArgumentException("need at least one teacher neuron of dimension ≥ 1", nameof(teacher));
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(students, 1);
        int d = teacher[0].Length;
        for (int j = 0; j < teacher.Count; j++)
        {
            if (teacher[j].Length != d)
            {
                throw new ArgumentException($"teacher row {j} has length {teacher[j].Length}, row 0 has {d}", nameof(teacher));
            }
            if (teacher[j].Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"teacher row {j} has a non-finite entry", nameof(teacher));
            }
        }
        _teacher = [.. teacher.Select(r => (double[])r.Clone())];
        _teacherNorms = [.. _teacher.Select(r => ArcCosineKernel.Norm(r))];
        _teacherUnits = new double[_teacher.Length * d];
        for (int j = 0; j < _teacher.Length; j++)
        {
            for (int t = 0; t < d && _teacherNorms[j] > 0; t++)
            {
                _teacherUnits[(j * d) + t] = _teacher[j][t] / _teacherNorms[j];
            }
        }
        InputDimension = d;
        Students = students;
        Form = form;
        double self = 0;
        for (int j = 0; j < _teacher.Length; j++)
        {
            for (int l = 0; l < _teacher.Length; l++)
            {
                self += j == l ? Vectors.Dot(_teacher[j], _teacher[j]) / 2 : ArcCosineKernel.Kernel(_teacher[j], _teacher[l]);
            }
        }
        _teacherSelf = self / 2;
    }

    /// <summary>The Safran–Shamir teacher: d = k, v_j = e_j.</summary>
    public static double[][] IdentityTeacher(int k)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return [.. Enumerable.Range(0, k).Select(j => { var v = new double[k]; v[j] = 1; return v; })];
    }

    /// <summary>d, the input dimension.</summary>
    public int InputDimension { get; }

    /// <summary>n, the number of student neurons.</summary>
    public int Students { get; }

    /// <summary>k, the number of teacher neurons.</summary>
    public int TeacherNeurons => _teacher.Length;

    /// <summary>The student form.</summary>
    public StudentForm Form { get; }

    /// <summary>The teacher rows v_j (copies).</summary>
    public IReadOnlyList<double[]> Teacher => [.. _teacher.Select(r => (double[])r.Clone())];

    /// <summary>Parameter blocks: n neurons, plus the skip u for <see cref="StudentForm.LinearSkip"/>.</summary>
    public int Blocks => Students + (Form == StudentForm.LinearSkip ? 1 : 0);

    /// <inheritdoc/>
    public int Dimension => Blocks * InputDimension;

    /// <summary>½E(teacher)² = ½Σ_{j,j'} K(v_j, v_j'), the objective at the zero student.</summary>
    public double TeacherEnergy => _teacherSelf;

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> theta)
    {
        Check(theta);
        int d = InputDimension, n = Students;
        double f = _teacherSelf;
        for (int i = 0; i < n; i++)
        {
            var wi = theta.Slice(i * d, d);
            f += Vectors.Dot(wi, wi) / 4;
            for (int l = i + 1; l < n; l++)
            {
                f += ArcCosineKernel.Kernel(wi, theta.Slice(l * d, d));
            }
            foreach (var v in _teacher)
            {
                f -= ArcCosineKernel.Kernel(wi, v);
            }
        }
        if (Form == StudentForm.LinearSkip)
        {
            var u = theta.Slice(n * d, d);
            f += Vectors.Dot(u, u) / 2;
            for (int t = 0; t < d; t++)
            {
                f += u[t] * (StudentSum(theta, t) - TeacherSum(t)) / 2;
            }
        }
        return f;
    }

    /// <inheritdoc/>
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Gradient(theta, gradient);
        return Value(theta);
    }

    /// <summary>
    /// Writes ∇F(θ) into <paramref name="gradient"/> (length P) without computing F: the hot loop of the descent. Each pair is
    /// visited once (g(w_i, w_l) and g(w_l, w_i) share φ), unit vectors are formed once per call, and φ comes from
    /// ‖â − b̂‖ = 2 sin(φ/2) (or ‖â + b̂‖ = 2 cos(φ/2) past π/2), accurate near 0 and π like <see cref="ArcCosineKernel.Angle"/>.
    /// </summary>
    public void Gradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        Check(theta);
        if (gradient.Length != Dimension)
        {
            throw new ArgumentException($"gradient has length {gradient.Length}, expected {Dimension}", nameof(gradient));
        }
        int d = InputDimension, n = Students;
        gradient.Clear();
        var norms = new double[n];
        var units = new double[n * d];
        for (int i = 0; i < n; i++)
        {
            var wi = theta.Slice(i * d, d);
            norms[i] = ArcCosineKernel.Norm(wi);
            for (int t = 0; t < d && norms[i] > 0; t++)
            {
                units[(i * d) + t] = wi[t] / norms[i];
                gradient[(i * d) + t] = wi[t] / 2;
            }
        }
        const double inv2Pi = 1 / (2 * Math.PI);
        for (int i = 0; i < n; i++)
        {
            if (norms[i] == 0)
            {
                continue;
            }
            var ui = units.AsSpan(i * d, d);
            var gi = gradient.Slice(i * d, d);
            for (int l = i + 1; l < n; l++)
            {
                if (norms[l] == 0)
                {
                    continue;
                }
                var ul = units.AsSpan(l * d, d);
                double phi = UnitAngle(ui, ul);
                double sin = Math.Sin(phi) * inv2Pi, rest = (Math.PI - phi) * inv2Pi;
                var gl = gradient.Slice(l * d, d);
                double si = norms[l] * sin, sl = norms[i] * sin, ri = rest * norms[l], rl = rest * norms[i];
                for (int t = 0; t < d; t++)
                {
                    gi[t] += (si * ui[t]) + (ri * ul[t]);
                    gl[t] += (sl * ul[t]) + (rl * ui[t]);
                }
            }
            for (int j = 0; j < _teacher.Length; j++)
            {
                var vj = _teacherUnits.AsSpan(j * d, d);
                double phi = UnitAngle(ui, vj);
                double si = _teacherNorms[j] * Math.Sin(phi) * inv2Pi, ri = _teacherNorms[j] * (Math.PI - phi) * inv2Pi;
                for (int t = 0; t < d; t++)
                {
                    gi[t] -= (si * ui[t]) + (ri * vj[t]);
                }
            }
        }
        if (Form == StudentForm.LinearSkip)
        {
            var u = theta.Slice(n * d, d);
            for (int i = 0; i < n; i++)
            {
                for (int t = 0; t < d; t++)
                {
                    gradient[(i * d) + t] += u[t] / 2;
                }
            }
            for (int t = 0; t < d; t++)
            {
                gradient[(n * d) + t] = u[t] + ((StudentSum(theta, t) - TeacherSum(t)) / 2);
            }
        }
    }

    /// <summary>The angle between unit vectors: 2 asin(‖a − b‖/2) when aᵀb ≥ 0, else π − 2 asin(‖a + b‖/2).</summary>
    private static double UnitAngle(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double dot = 0, diff = 0, sum = 0;
        for (int t = 0; t < a.Length; t++)
        {
            double x = a[t], y = b[t];
            dot += x * y;
            diff += (x - y) * (x - y);
            sum += (x + y) * (x + y);
        }
        return dot >= 0 ? 2 * Math.Asin(Math.Min(1, Math.Sqrt(diff) / 2)) : Math.PI - (2 * Math.Asin(Math.Min(1, Math.Sqrt(sum) / 2)));
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        var h = Hessian(theta);
        for (int r = 0; r < Dimension; r++)
        {
            double s = 0;
            for (int c = 0; c < Dimension; c++)
            {
                s += h[r, c] * v[c];
            }
            result[r] = s;
        }
    }

    /// <summary>
    /// The exact Hessian: diagonal blocks ½I + Σ_{i'≠i} A(w_i, w_i') − Σ_j A(w_i, v_j), off-diagonal blocks B(w_i, w_i')
    /// (<see cref="ArcCosinePair"/>); for the skip, ∂²F/∂w_i∂u = ½I and ∂²F/∂u² = I. Rows and columns of a neuron at 0 are 0.
    /// </summary>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        Check(theta);
        int d = InputDimension, n = Students, p = Dimension;
        var h = Matrix<double>.Build.Dense(p, p);
        for (int i = 0; i < n; i++)
        {
            var wi = theta.Slice(i * d, d);
            if (ArcCosineKernel.Norm(wi) == 0)
            {
                continue;
            }
            for (int t = 0; t < d; t++)
            {
                h[(i * d) + t, (i * d) + t] += 0.5;
            }
            for (int l = 0; l < n; l++)
            {
                if (l == i)
                {
                    continue;
                }
                var wl = theta.Slice(l * d, d);
                AddBlock(h, i, i, d, ArcCosinePair.SelfBlock(wi, wl), 1);
                AddBlock(h, i, l, d, ArcCosinePair.CrossBlock(wi, wl), 1);
            }
            foreach (var v in _teacher)
            {
                AddBlock(h, i, i, d, ArcCosinePair.SelfBlock(wi, v), -1);
            }
        }
        if (Form == StudentForm.LinearSkip)
        {
            for (int t = 0; t < d; t++)
            {
                h[(n * d) + t, (n * d) + t] = 1;
                for (int i = 0; i < n; i++)
                {
                    h[(i * d) + t, (n * d) + t] = 0.5;
                    h[(n * d) + t, (i * d) + t] = 0.5;
                }
            }
        }
        return h;
    }

    /// <summary>‖∇_{block b}F‖₂ for every parameter block (n neurons, then u for the skip form).</summary>
    public double[] BlockGradientNorms(ReadOnlySpan<double> gradient)
    {
        int d = InputDimension;
        var norms = new double[Blocks];
        for (int b = 0; b < norms.Length; b++)
        {
            norms[b] = ArcCosineKernel.Norm(gradient.Slice(b * d, d));
        }
        return norms;
    }

    private double StudentSum(ReadOnlySpan<double> theta, int t)
    {
        double s = 0;
        for (int i = 0; i < Students; i++)
        {
            s += theta[(i * InputDimension) + t];
        }
        return s;
    }

    private double TeacherSum(int t)
    {
        double s = 0;
        foreach (var v in _teacher)
        {
            s += v[t];
        }
        return s;
    }

    private static void AddBlock(Matrix<double> h, int bi, int bj, int d, double[] block, double scale)
    {
        for (int r = 0; r < d; r++)
        {
            for (int c = 0; c < d; c++)
            {
                h[(bi * d) + r, (bj * d) + c] += scale * block[(r * d) + c];
            }
        }
    }

    private void Check(ReadOnlySpan<double> theta)
    {
        if (theta.Length != Dimension)
        {
            throw new ArgumentException($"θ has length {theta.Length}, expected {Dimension} = {Blocks} blocks × d = {InputDimension}", nameof(theta));
        }
    }
}
