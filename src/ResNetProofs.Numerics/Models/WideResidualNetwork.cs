using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Kernels;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// The deep ResNet of Du et al. 2019 as Gulcu uses it (theorems.md, reconstructed): x^(1) = √(c_σ/m)·σ(W^(1)x),
/// x^(h) = x^(h−1) + (c_res/(H√m))·σ(W^(h)x^(h−1)) for h = 2..H, f(x) = aᵀx^(H); W^(1) is m×d, W^(h) is m×m, a ∈ R^m.
/// As in Du et al., every W^(h) is trained and a is fixed (<see cref="OutputFixed"/>); with <see cref="TrainOutput"/> a is
/// trained as well. θ = [vec W^(1), …, vec W^(H) (row-major), a if trained], P = md + (H−1)m² (+ m).
/// </summary>
public sealed class WideResidualNetwork
{
    private readonly double[] _output;

    /// <summary>
    /// A network of input dimension d ≥ 1, width m ≥ 1, depth H ≥ 1, c_res ∈ (0, 1), smooth σ; <paramref name="output"/> is a
    /// (length m), used as the fixed readout, or as nothing when <paramref name="trainOutput"/> (then a is read from θ).
    /// </summary>
    /// <exception cref="ArgumentException">A size is below 1, c_res ∉ (0, 1), σ is ReLU, or a has the wrong length or a NaN/∞ entry.</exception>
    public WideResidualNetwork(int dimension, int width, int depth, double residualScale, ActivationKind activation, IReadOnlyList<double> output, bool trainOutput = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentNullException.ThrowIfNull(output);
        if (!(residualScale > 0 && residualScale < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(residualScale), residualScale, $"c_res is {residualScale}: it must lie in (0, 1)");
        }
        if (output.Count != width)
        {
            throw new ArgumentException($"a has {output.Count} entries but the width is {width}", nameof(output));
        }
        for (int r = 0; r < width; r++)
        {
            if (!double.IsFinite(output[r]))
            {
                throw new ArgumentException($"a[{r}] is {output[r]}: entries must be finite", nameof(output));
            }
        }
        Dimension = dimension;
        Width = width;
        Depth = depth;
        ResidualScale = residualScale;
        Activation = activation;
        NormalizingConstant = GaussianSecondMoment.NormalizingConstant(activation);
        TrainOutput = trainOutput;
        _output = [.. output];
        ParameterCount = (width * dimension) + ((depth - 1) * width * width) + (trainOutput ? width : 0);
    }

    /// <summary>Input dimension d.</summary>
    public int Dimension { get; }

    /// <summary>Width m.</summary>
    public int Width { get; }

    /// <summary>Depth H (number of layers W^(h)).</summary>
    public int Depth { get; }

    /// <summary>c_res ∈ (0, 1).</summary>
    public double ResidualScale { get; }

    /// <summary>σ (smooth).</summary>
    public ActivationKind Activation { get; }

    /// <summary>c_σ = 1/E[σ(g)²] by <see cref="GaussianSecondMoment"/> (relative error ≤ 1e−13).</summary>
    public double NormalizingConstant { get; }

    /// <summary>True when a is trained (the last m entries of θ); false (Du et al.'s setting) when a is fixed.</summary>
    public bool TrainOutput { get; }

    /// <summary>False when a is trained; the opposite of <see cref="TrainOutput"/>.</summary>
    public bool OutputFixed => !TrainOutput;

    /// <summary>P = md + (H−1)m² (+ m when a is trained).</summary>
    public int ParameterCount { get; }

    /// <summary>The fixed readout a (length m); when a is trained, the value the model was built with (θ's copy is used).</summary>
    public IReadOnlyList<double> FixedOutput => _output;

    /// <summary>√(c_σ/m), the scale of the first layer.</summary>
    public double FirstScale => Math.Sqrt(NormalizingConstant / Width);

    /// <summary>c_res/(H√m), the scale of each residual branch.</summary>
    public double BranchScale => ResidualScale / (Depth * Math.Sqrt(Width));

    /// <summary>Offset of W^(h) (h = 1..H) in θ.</summary>
    public int LayerOffset(int layer) => layer == 1 ? 0 : (Width * Dimension) + ((layer - 2) * Width * Width);

    /// <summary>Offset of a in θ (only meaningful when a is trained).</summary>
    public int OutputOffset => (Width * Dimension) + ((Depth - 1) * Width * Width);

    /// <summary>The readout a at θ: θ's last m entries when trained, else the fixed a.</summary>
    public ReadOnlySpan<double> Output(ReadOnlySpan<double> theta) => TrainOutput ? theta.Slice(OutputOffset, Width) : _output;

    /// <summary>f(x_i) for every sample (length n); forward pass only.</summary>
    /// <exception cref="ArgumentException">θ has length ≠ P, or the data have dimension ≠ d.</exception>
    public double[] Outputs(ReadOnlySpan<double> theta, Dataset data)
    {
        Validate(theta, data);
        var f = new double[data.Count];
        var pass = new WideResidualPass(this);
        for (int i = 0; i < data.Count; i++)
        {
            f[i] = pass.Forward(theta, data.Input(i));
        }
        return f;
    }

    /// <summary>The exact Jacobian J (n × P), J[i, p] = ∂f(x_i)/∂θ_p, one reverse pass per sample.</summary>
    /// <exception cref="ArgumentException">θ has length ≠ P, or the data have dimension ≠ d.</exception>
    public Matrix<double> Jacobian(ReadOnlySpan<double> theta, Dataset data)
    {
        Validate(theta, data);
        var j = Matrix<double>.Build.Dense(data.Count, ParameterCount);
        var pass = new WideResidualPass(this);
        var row = new double[ParameterCount];
        for (int i = 0; i < data.Count; i++)
        {
            pass.Forward(theta, data.Input(i));
            Array.Clear(row);
            pass.Backward(theta, data.Input(i), row, 1);
            j.SetRow(i, row);
        }
        return j;
    }

    /// <summary>Jᵀw = Σ_i w_i ∇_θ f(x_i) (length P) and f (length n, written to <paramref name="outputs"/>), by n reverse passes without storing J.</summary>
    /// <exception cref="ArgumentException">θ, w or <paramref name="outputs"/> has the wrong length, or the data have dimension ≠ d.</exception>
    public double[] TransposeJacobianTimes(ReadOnlySpan<double> theta, Dataset data, Func<int, double, double> weight, Span<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(weight);
        Validate(theta, data);
        if (outputs.Length != data.Count)
        {
            throw new ArgumentException($"outputs has length {outputs.Length} but n = {data.Count}", nameof(outputs));
        }
        var g = new double[ParameterCount];
        var pass = new WideResidualPass(this);
        for (int i = 0; i < data.Count; i++)
        {
            outputs[i] = pass.Forward(theta, data.Input(i));
            pass.Backward(theta, data.Input(i), g, weight(i, outputs[i]));
        }
        return g;
    }

    /// <summary>
    /// The Gram matrix G = J Jᵀ (n × n) without forming J: ∂f/∂W^(h) = δ^(h) x^(h−1)ᵀ is an outer product, so
    /// G_ij = Σ_h (δ_i^(h)·δ_j^(h))(x_i^(h−1)·x_j^(h−1)) (+ x_i^(H)·x_j^(H) when a is trained); O(n²Hm) instead of O(n²P).
    /// </summary>
    /// <exception cref="ArgumentException">θ has length ≠ P, or the data have dimension ≠ d.</exception>
    public Matrix<double> Gram(ReadOnlySpan<double> theta, Dataset data)
    {
        Validate(theta, data);
        int n = data.Count;
        var deltas = new double[n][][];
        var inputs = new double[n][][];
        var pass = new WideResidualPass(this);
        for (int i = 0; i < n; i++)
        {
            pass.Forward(theta, data.Input(i));
            (deltas[i], inputs[i]) = pass.LayerFactors(theta, data.Input(i));
        }
        var g = Matrix<double>.Build.Dense(n, n);
        int layers = deltas[0].Length;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double s = 0;
                for (int h = 0; h < layers; h++)
                {
                    s += Vectors.Dot(deltas[i][h], deltas[j][h]) * Vectors.Dot(inputs[i][h], inputs[j][h]);
                }
                g[i, j] = s;
                g[j, i] = s;
            }
        }
        return g;
    }

    /// <summary>
    /// A bound on the rounding of one output, |fl(f(x)) − f(x)| ≲ 16·(d + 2Hm)·u·Σ_r|a_r|·|x_r^(H)| (absolute): each x^(H)
    /// entry is a sum of H branch terms, each an m- or d-term dot product through σ; the readout is an m-term sum.
    /// </summary>
    public double OutputRoundingBound(ReadOnlySpan<double> theta, Dataset data)
    {
        Validate(theta, data);
        var pass = new WideResidualPass(this);
        double worst = 0;
        var a = Output(theta);
        for (int i = 0; i < data.Count; i++)
        {
            pass.Forward(theta, data.Input(i));
            var last = pass.LastHidden;
            double s = 0;
            for (int r = 0; r < Width; r++)
            {
                s += Math.Abs(a[r] * last[r]);
            }
            worst = Math.Max(worst, s);
        }
        return 16.0 * (Dimension + (2.0 * Depth * Width)) * Precision.Tolerances.UnitRoundoff * Math.Max(worst, 1);
    }

    internal void Validate(ReadOnlySpan<double> theta, Dataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (theta.Length != ParameterCount)
        {
            throw new ArgumentException($"θ has length {theta.Length} but the network has P = {ParameterCount} parameters", nameof(theta));
        }
        if (data.Dimension != Dimension)
        {
            throw new ArgumentException($"the data have dimension {data.Dimension} but the network expects d = {Dimension}", nameof(data));
        }
    }
}
