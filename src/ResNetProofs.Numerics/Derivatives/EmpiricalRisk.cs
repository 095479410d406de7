using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// The empirical risk R(θ) = (1/n) Σ_i ℓ(f(x_i; θ); y_i) of a model on a dataset, with exact derivatives:
/// ∇R by reverse mode, ∇²R·v and the full ∇²R (P×P) by forward-over-reverse, whose column blocks are computed
/// T = <see cref="HessianBlockSize"/> at a time and, if <see cref="MaxDegreeOfParallelism"/> &gt; 1, in parallel
/// (each column is computed the same way whatever the thread, so the result is bitwise reproducible).
/// </summary>
public sealed class EmpiricalRisk : ISmoothObjective
{
    /// <summary>Binds a model, a dataset and a loss; checks d matches and the targets suit the loss.</summary>
    /// <exception cref="ArgumentException">Dimension mismatch or targets outside the loss's label set.</exception>
    public EmpiricalRisk(IModel model, Dataset data, ILoss loss)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(loss);
        if (model.InputDimension != data.Dimension)
        {
            throw new ArgumentException($"dimension mismatch: the model takes d = {model.InputDimension} inputs but the data has d = {data.Dimension}", nameof(data));
        }
        loss.ValidateTargets(data);
        Model = model;
        Data = data;
        Loss = loss;
        _workspace = new SecondOrderWorkspace(model.Graph, data.Count);
    }

    // Second-order buffers reused across Hessian and Hessian-vector calls (thread-safe; see SecondOrderWorkspace).
    private readonly SecondOrderWorkspace _workspace;

    /// <summary>The model f.</summary>
    public IModel Model { get; }

    /// <summary>The data (x_i, y_i).</summary>
    public Dataset Data { get; }

    /// <summary>The loss ℓ.</summary>
    public ILoss Loss { get; }

    /// <inheritdoc/>
    public int Dimension => Model.Graph.Layout.Count;

    /// <summary>Number of Hessian columns computed per forward-over-reverse sweep (default 64).</summary>
    public int HessianBlockSize { get; init; } = 64;

    /// <summary>
    /// When true (default), the column block of parameters at node k₀ is swept from k₀ on only, and the rows of parameters
    /// upstream of k₀ are taken from the transposed entries computed earlier (H = Hᵀ exactly): about half the work.
    /// When false every entry is computed independently, so ‖H − Hᵀ‖ measures rounding.
    /// </summary>
    public bool ExploitSymmetry { get; init; } = true;

    /// <summary>Threads used for the full Hessian (default 1).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Runs the network at θ; exposes every node's values (h_l, pre-activations, predictions).</summary>
    public ForwardPass Forward(ReadOnlySpan<double> theta)
    {
        CheckTheta(theta);
        return ForwardPass.Run(Model.Graph, Data, theta);
    }

    /// <inheritdoc/>
    public double Value(ReadOnlySpan<double> theta) => Value(Forward(theta));

    /// <summary>R from a forward pass.</summary>
    public double Value(ForwardPass forward)
    {
        var f = forward.Predictions;
        double sum = 0;
        for (int i = 0; i < f.Length; i++)
        {
            sum += Loss.Value(f[i], Data.Target(i));
        }
        return sum / f.Length;
    }

    /// <inheritdoc/>
    public double ValueAndGradient(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        CheckLength(gradient.Length, nameof(gradient));
        var forward = Forward(theta);
        var (seeds, _) = Seeds(forward);
        gradient.Clear();
        ReversePass.Accumulate(Model.Graph, forward, theta, seeds, gradient);
        return Value(forward);
    }

    /// <summary>∇R(θ) as a new array.</summary>
    public double[] Gradient(ReadOnlySpan<double> theta)
    {
        var g = new double[Dimension];
        ValueAndGradient(theta, g);
        return g;
    }

    /// <inheritdoc/>
    public void HessianVectorProduct(ReadOnlySpan<double> theta, ReadOnlySpan<double> v, Span<double> result)
    {
        CheckLength(v.Length, nameof(v));
        CheckLength(result.Length, nameof(result));
        var forward = Forward(theta);
        var (seeds, curvatures) = Seeds(forward);
        var slot = _workspace.Rent(1);
        try
        {
            slot.Pass.Run(forward, theta, seeds, curvatures, TangentDirections.Single(v), result);
        }
        finally
        {
            _workspace.Return(slot);
        }
    }

    /// <inheritdoc/>
    public Matrix<double> Hessian(ReadOnlySpan<double> theta)
    {
        HessianEvaluationCounter.Record();
        var forward = Forward(theta);
        var (seeds, curvatures) = Seeds(forward);
        int p = Dimension;
        int t = Math.Min(HessianBlockSize, p);
        int blocks = (p + t - 1) / t;
        // Every entry is written below (each column from its block; rows above a block's first node by symmetry).
        var columns = GC.AllocateUninitializedArray<double>(p * p);
        var thetaCopy = theta.ToArray();
        var firstNodes = new int[blocks];
        for (int block = 0; block < blocks; block++)
        {
            firstNodes[block] = ExploitSymmetry ? NodeOfParameter(block * t) : 1;
        }
        Parallel.For(
            0,
            blocks,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, MaxDegreeOfParallelism) },
            block =>
            {
                int start = block * t;
                int count = Math.Min(t, p - start);
                var slot = _workspace.Rent(count);
                try
                {
                    var buffer = slot.Block;
                    slot.Pass.Run(forward, thetaCopy, seeds, curvatures, TangentDirections.Unit(start, count), buffer, firstNodes[block]);
                    for (int c = 0; c < count; c++)
                    {
                        int column = (start + c) * p;
                        for (int r = 0; r < p; r++)
                        {
                            columns[column + r] = buffer[r * count + c];
                        }
                    }
                }
                finally
                {
                    _workspace.Return(slot);
                }
            });
        if (ExploitSymmetry)
        {
            // Rows above a block's first node were not swept: H[r, q] = H[q, r], computed in column r's block.
            for (int block = 0; block < blocks; block++)
            {
                int rowStart = Model.Graph.Nodes[firstNodes[block]].Weight!.Offset;
                for (int q = block * t; q < Math.Min(p, (block + 1) * t); q++)
                {
                    for (int r = 0; r < rowStart; r++)
                    {
                        columns[q * p + r] = columns[r * p + q];
                    }
                }
            }
        }
        return Matrix<double>.Build.Dense(p, p, columns);
    }

    // The Affine node whose parameters (weight, then bias) contain flat index q: the last one starting at or before q.
    private int NodeOfParameter(int q)
    {
        int found = 1;
        var nodes = Model.Graph.Nodes;
        for (int k = 1; k < nodes.Count; k++)
        {
            if (nodes[k].Weight is { } w && w.Offset <= q)
            {
                found = k;
            }
        }
        return found;
    }

    /// <summary>The kink distance at θ: min |pre-activation| over data points and ReLU units.</summary>
    public KinkReport KinkDistance(ReadOnlySpan<double> theta) => KinkReport.Measure(Model.Graph, Forward(theta));

    /// <summary>The risk of the model as a function of its readout only: features φ_i = node <see cref="IModel.FeatureNode"/> at x_i (n×width, row-major).</summary>
    public double[] Features(ReadOnlySpan<double> theta) => Forward(theta).Values[Model.FeatureNode];

    /// <summary>Output seeds s_i = ℓ′(f_i; y_i)/n and c_i = ℓ″(f_i; y_i)/n.</summary>
    private (double[] Seeds, double[] Curvatures) Seeds(ForwardPass forward)
    {
        var f = forward.Predictions;
        int n = f.Length;
        var s = new double[n];
        var c = new double[n];
        for (int i = 0; i < n; i++)
        {
            s[i] = Loss.First(f[i], Data.Target(i)) / n;
            c[i] = Loss.Second(f[i], Data.Target(i)) / n;
        }
        return (s, c);
    }

    private void CheckTheta(ReadOnlySpan<double> theta)
    {
        CheckLength(theta.Length, "theta");
        for (int p = 0; p < theta.Length; p++)
        {
            if (!double.IsFinite(theta[p]))
            {
                var (block, row, col) = Model.Graph.Layout.Locate(p);
                throw new ArgumentException($"theta[{p}] ({block.Name}[{row},{col}]) is {theta[p]}: parameters must be finite", "theta");
            }
        }
    }

    private void CheckLength(int length, string name)
    {
        if (length != Dimension)
        {
            throw new ArgumentException($"{name} has length {length} but the model has P = {Dimension} parameters", name);
        }
    }
}
