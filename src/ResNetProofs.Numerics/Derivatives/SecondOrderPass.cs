using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Derivatives;

/// <summary>
/// Exact Hessian-vector products of R(θ) = Σ_i ρ_i(f(x_i; θ)) by forward-over-reverse differentiation
/// (Pearlmutter's R-operator), for T directions at once: result (P×T, t innermost) = ∇²R(θ)·[v_1 … v_T].
/// The output seeds are s_i = ρ_i′ and c_i = ρ_i″, so the product contains both the Gauss–Newton part
/// Jᵀ diag(c) J v and the curvature part Σ_i s_i ∇²f_i v. Buffers are reused across calls with the same T.
/// </summary>
public sealed class SecondOrderPass
{
    private readonly NetworkGraph _graph;
    private readonly int _n;
    private readonly int _t;
    private readonly bool[] _constant;
    private readonly double[]?[] _tangent;
    private readonly double[]?[] _adjoint;
    private readonly double[]?[] _adjointTangent;
    private int _firstNode = 1;

    /// <summary>Allocates buffers for n samples and T directions.</summary>
    public SecondOrderPass(NetworkGraph graph, int samples, int directions)
    {
        _graph = graph;
        _n = samples;
        _t = directions;
        _constant = ReversePass.ConstantNodes(graph);
        int count = graph.Nodes.Count;
        _tangent = new double[count][];
        _adjoint = new double[count][];
        _adjointTangent = new double[count][];
        for (int k = 0; k < count; k++)
        {
            if (!_constant[k])
            {
                int size = samples * graph.Nodes[k].Dim;
                _tangent[k] = new double[size * directions];
                _adjoint[k] = new double[size];
                _adjointTangent[k] = new double[size * directions];
            }
        }
    }

    /// <summary>
    /// Writes ∇²R(θ)·V into <paramref name="result"/> (length P·T, entry (p, t) at p·T + t), given a forward pass at θ,
    /// first-order seeds s_i = ∂R/∂f_i and second-order seeds c_i = ∂²R/∂f_i².
    /// With <paramref name="firstNode"/> = k₀ &gt; 1 the directions must touch only parameters of nodes ≥ k₀: tangents
    /// upstream of k₀ are then zero and are skipped, and only the rows of parameters of nodes ≥ k₀ are computed
    /// (the other rows are left 0; the caller fills them by symmetry).
    /// </summary>
    public void Run(ForwardPass forward, ReadOnlySpan<double> theta, ReadOnlySpan<double> seeds, ReadOnlySpan<double> curvatures, TangentDirections directions, Span<double> result, int firstNode = 1)
    {
        if (firstNode < 1 || firstNode > _graph.OutputNode)
        {
            throw new ArgumentOutOfRangeException(nameof(firstNode), firstNode, $"first node must be in 1..{_graph.OutputNode}");
        }
        _firstNode = firstNode;
        if (directions.Count != _t)
        {
            throw new ArgumentException($"pass was built for T = {_t} directions, got {directions.Count}", nameof(directions));
        }
        result.Clear();
        TangentForward(forward, theta, directions);
        SeedOutput(seeds, curvatures);
        Backward(forward, theta, directions, result);
    }

    private void TangentForward(ForwardPass forward, ReadOnlySpan<double> theta, TangentDirections dirs)
    {
        var nodes = _graph.Nodes;
        int t = _t;
        for (int k = _firstNode; k < nodes.Count; k++)
        {
            var outTan = Tangent(k);
            if (outTan is null)
            {
                continue;
            }
            Array.Clear(outTan);
            var node = nodes[k];
            int dIn = nodes[node.InputA].Dim;
            int dOut = node.Dim;
            var inTan = Tangent(node.InputA);
            var inVal = forward.Values[node.InputA];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var wBlock = node.Weight!;
                    var w = wBlock.Slice(theta);
                    for (int i = 0; i < _n; i++)
                    {
                        for (int a = 0; a < dOut; a++)
                        {
                            var o = outTan.AsSpan((i * dOut + a) * t, t);
                            if (inTan is not null)
                            {
                                for (int b = 0; b < dIn; b++)
                                {
                                    VectorKernels.Axpy(w[a * dIn + b], inTan.AsSpan((i * dIn + b) * t, t), o);
                                }
                            }
                            if (dirs.Dense is { } v)
                            {
                                for (int b = 0; b < dIn; b++)
                                {
                                    VectorKernels.Axpy(inVal[i * dIn + b], v.AsSpan((wBlock.Offset + a * dIn + b) * t, t), o);
                                }
                                if (node.Bias is { } bias)
                                {
                                    VectorKernels.Add(v.AsSpan((bias.Offset + a) * t, t), o);
                                }
                            }
                        }
                    }
                    if (dirs.Dense is null)
                    {
                        var (from, to) = dirs.UnitOverlap(wBlock.Offset, wBlock.Length);
                        for (int p = from; p < to; p++)
                        {
                            int a = (p - wBlock.Offset) / dIn, b = (p - wBlock.Offset) % dIn, col = p - dirs.Start;
                            for (int i = 0; i < _n; i++)
                            {
                                outTan[(i * dOut + a) * t + col] += inVal[i * dIn + b];
                            }
                        }
                        if (node.Bias is { } bias)
                        {
                            (from, to) = dirs.UnitOverlap(bias.Offset, bias.Length);
                            for (int p = from; p < to; p++)
                            {
                                int a = p - bias.Offset, col = p - dirs.Start;
                                for (int i = 0; i < _n; i++)
                                {
                                    outTan[(i * dOut + a) * t + col] += 1;
                                }
                            }
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    if (inTan is null)
                    {
                        break;
                    }
                    for (int j = 0; j < inVal.Length; j++)
                    {
                        VectorKernels.Scale(Activation.First(node.Activation, inVal[j]), inTan.AsSpan(j * t, t), outTan.AsSpan(j * t, t));
                    }
                    break;
                case GraphNodeKind.Add:
                    if (inTan is not null)
                    {
                        VectorKernels.Add(inTan, outTan);
                    }
                    if (Tangent(node.InputB) is { } otherTan)
                    {
                        VectorKernels.Add(otherTan, outTan);
                    }
                    break;
            }
        }
    }

    private void SeedOutput(ReadOnlySpan<double> seeds, ReadOnlySpan<double> curvatures)
    {
        for (int k = _firstNode; k < _graph.Nodes.Count; k++)
        {
            if (_adjoint[k] is { } adj)
            {
                Array.Clear(adj);
                Array.Clear(_adjointTangent[k]!);
            }
        }
        int last = _graph.OutputNode;
        seeds.CopyTo(_adjoint[last]);
        var outTan = _tangent[last]!;
        var adjTan = _adjointTangent[last]!;
        for (int i = 0; i < _n; i++)
        {
            VectorKernels.Scale(curvatures[i], outTan.AsSpan(i * _t, _t), adjTan.AsSpan(i * _t, _t));
        }
    }

    private void Backward(ForwardPass forward, ReadOnlySpan<double> theta, TangentDirections dirs, Span<double> result)
    {
        var nodes = _graph.Nodes;
        int t = _t;
        for (int k = nodes.Count - 1; k >= _firstNode; k--)
        {
            var node = nodes[k];
            var adj = _adjoint[k];
            var adjTan = _adjointTangent[k];
            if (adj is null || adjTan is null)
            {
                continue;
            }
            int dIn = nodes[node.InputA].Dim;
            int dOut = node.Dim;
            var inVal = forward.Values[node.InputA];
            var inTan = Tangent(node.InputA);
            var inAdj = Adjoint(node.InputA);
            var inAdjTan = _adjointTangent[node.InputA];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var wBlock = node.Weight!;
                    var w = wBlock.Slice(theta);
                    for (int i = 0; i < _n; i++)
                    {
                        for (int a = 0; a < dOut; a++)
                        {
                            double s = adj[i * dOut + a];
                            var sTan = adjTan.AsSpan((i * dOut + a) * t, t);
                            for (int b = 0; b < dIn; b++)
                            {
                                // d/dv of ∂R/∂W[a,b] = Σ_i (ṡ_ia · in_ib + s_ia · i̇n_ib)
                                var r = result.Slice((wBlock.Offset + a * dIn + b) * t, t);
                                VectorKernels.Axpy(inVal[i * dIn + b], sTan, r);
                                if (inTan is not null)
                                {
                                    VectorKernels.Axpy(s, inTan.AsSpan((i * dIn + b) * t, t), r);
                                }
                                if (inAdj is not null)
                                {
                                    // adjoint of the input: Wᵀ s, and its tangent Wᵀ ṡ + Ẇᵀ s
                                    double wab = w[a * dIn + b];
                                    inAdj[i * dIn + b] += wab * s;
                                    var target = inAdjTan.AsSpan((i * dIn + b) * t, t);
                                    VectorKernels.Axpy(wab, sTan, target);
                                    if (dirs.Dense is { } v)
                                    {
                                        VectorKernels.Axpy(s, v.AsSpan((wBlock.Offset + a * dIn + b) * t, t), target);
                                    }
                                }
                            }
                            if (node.Bias is { } bias)
                            {
                                VectorKernels.Add(sTan, result.Slice((bias.Offset + a) * t, t));
                            }
                        }
                    }
                    if (inAdj is not null && dirs.Dense is null)
                    {
                        var (from, to) = dirs.UnitOverlap(wBlock.Offset, wBlock.Length);
                        for (int p = from; p < to; p++)
                        {
                            int a = (p - wBlock.Offset) / dIn, b = (p - wBlock.Offset) % dIn, col = p - dirs.Start;
                            for (int i = 0; i < _n; i++)
                            {
                                inAdjTan![(i * dIn + b) * t + col] += adj[i * dOut + a];
                            }
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    if (inAdj is null)
                    {
                        break;
                    }
                    bool curved = Activation.HasCurvature(node.Activation);
                    for (int j = 0; j < inVal.Length; j++)
                    {
                        double slope = Activation.First(node.Activation, inVal[j]);
                        inAdj[j] += slope * adj[j];
                        var target = inAdjTan.AsSpan(j * t, t);
                        VectorKernels.Axpy(slope, adjTan.AsSpan(j * t, t), target);
                        if (curved && inTan is not null)
                        {
                            VectorKernels.Axpy(adj[j] * Activation.Second(node.Activation, inVal[j]), inTan.AsSpan(j * t, t), target);
                        }
                    }
                    break;
                case GraphNodeKind.Add:
                    if (inAdj is not null)
                    {
                        VectorKernels.Add(adj, inAdj);
                        VectorKernels.Add(adjTan, inAdjTan);
                    }
                    if (Adjoint(node.InputB) is { } otherAdj)
                    {
                        VectorKernels.Add(adj, otherAdj);
                        VectorKernels.Add(adjTan, _adjointTangent[node.InputB]);
                    }
                    break;
            }
        }
    }

    // Tangent of node k, or null when it is zero: constant nodes, and nodes upstream of the first touched node.
    private double[]? Tangent(int k) => k < _firstNode ? null : _tangent[k];

    // Adjoint of node k, or null when it is not needed: constant nodes, and nodes upstream of the first touched node.
    private double[]? Adjoint(int k) => k < _firstNode ? null : _adjoint[k];
}
