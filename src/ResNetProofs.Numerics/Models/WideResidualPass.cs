using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Models;

/// <summary>
/// One sample's forward pass through a <see cref="WideResidualNetwork"/> with its stored pre-activations z^(h) = W^(h)x^(h−1)
/// and hidden states x^(h), and the reverse pass: δ^(h) = ∂f/∂z^(h) = g^(h) ⊙ s_h σ′(z^(h)), ∂f/∂W^(h) = δ^(h) x^(h−1)ᵀ,
/// g^(h−1) = g^(h) + W^(h)ᵀδ^(h) (g^(H) = a). Reusable across samples; not thread-safe.
/// </summary>
internal sealed class WideResidualPass
{
    private readonly WideResidualNetwork _net;
    private readonly double[][] _z;
    private readonly double[][] _x;
    private readonly double[] _g;
    private readonly double[] _delta;

    public WideResidualPass(WideResidualNetwork net)
    {
        _net = net;
        _z = new double[net.Depth][];
        _x = new double[net.Depth][];
        for (int h = 0; h < net.Depth; h++)
        {
            _z[h] = new double[net.Width];
            _x[h] = new double[net.Width];
        }
        _g = new double[net.Width];
        _delta = new double[net.Width];
    }

    /// <summary>x^(H) of the last forward pass.</summary>
    public ReadOnlySpan<double> LastHidden => _x[_net.Depth - 1];

    /// <summary>f(x) = aᵀx^(H); stores z^(h) and x^(h).</summary>
    public double Forward(ReadOnlySpan<double> theta, ReadOnlySpan<double> input)
    {
        int m = _net.Width, d = _net.Dimension;
        var sigma = _net.Activation;
        double s1 = _net.FirstScale, s = _net.BranchScale;
        for (int r = 0; r < m; r++)
        {
            var w = theta.Slice(r * d, d);
            double z = 0;
            for (int k = 0; k < d; k++)
            {
                z += w[k] * input[k];
            }
            _z[0][r] = z;
            _x[0][r] = s1 * Activation.Value(sigma, z);
        }
        for (int h = 1; h < _net.Depth; h++)
        {
            int offset = _net.LayerOffset(h + 1);
            var previous = _x[h - 1];
            for (int r = 0; r < m; r++)
            {
                var w = theta.Slice(offset + (r * m), m);
                double z = 0;
                for (int k = 0; k < m; k++)
                {
                    z += w[k] * previous[k];
                }
                _z[h][r] = z;
                _x[h][r] = previous[r] + (s * Activation.Value(sigma, z));
            }
        }
        var a = _net.Output(theta);
        var last = _x[_net.Depth - 1];
        double f = 0;
        for (int r = 0; r < m; r++)
        {
            f += a[r] * last[r];
        }
        return f;
    }

    /// <summary>Adds weight·∇_θ f(x) to <paramref name="gradient"/> (length P); call right after <see cref="Forward"/> on the same x.</summary>
    public void Backward(ReadOnlySpan<double> theta, ReadOnlySpan<double> input, Span<double> gradient, double weight)
    {
        int m = _net.Width, d = _net.Dimension;
        _net.Output(theta).CopyTo(_g);
        if (_net.TrainOutput)
        {
            var last = _x[_net.Depth - 1];
            for (int r = 0; r < m; r++)
            {
                gradient[_net.OutputOffset + r] += weight * last[r];
            }
        }
        for (int h = _net.Depth - 1; h >= 1; h--)
        {
            Delta(h, _net.BranchScale);
            int offset = _net.LayerOffset(h + 1);
            var previous = _x[h - 1];
            for (int r = 0; r < m; r++)
            {
                double dr = _delta[r];
                var w = theta.Slice(offset + (r * m), m);
                var grad = gradient.Slice(offset + (r * m), m);
                double wd = weight * dr;
                for (int k = 0; k < m; k++)
                {
                    grad[k] += wd * previous[k];
                }
                // g^(h−1) = g^(h) + W^(h)ᵀ δ^(h), accumulated in place (row r of W contributes w[k]·δ_r to g[k]).
                for (int k = 0; k < m; k++)
                {
                    _g[k] += w[k] * dr;
                }
            }
        }
        Delta(0, _net.FirstScale);
        for (int r = 0; r < m; r++)
        {
            double wd = weight * _delta[r];
            var grad = gradient.Slice(r * d, d);
            for (int k = 0; k < d; k++)
            {
                grad[k] += wd * input[k];
            }
        }
    }

    /// <summary>
    /// The factors of ∂f/∂W^(h) = δ^(h)x^(h−1)ᵀ for h = 1..H (plus (1, x^(H)) for a trained a): the δ's and the x^(h−1)'s,
    /// copied; call right after <see cref="Forward"/> on the same x.
    /// </summary>
    public (double[][] Deltas, double[][] Inputs) LayerFactors(ReadOnlySpan<double> theta, ReadOnlySpan<double> input)
    {
        int layers = _net.Depth + (_net.TrainOutput ? 1 : 0);
        var deltas = new double[layers][];
        var inputs = new double[layers][];
        _net.Output(theta).CopyTo(_g);
        if (_net.TrainOutput)
        {
            deltas[_net.Depth] = [1.0];
            inputs[_net.Depth] = [.. _x[_net.Depth - 1]];
        }
        int m = _net.Width;
        for (int h = _net.Depth - 1; h >= 1; h--)
        {
            Delta(h, _net.BranchScale);
            deltas[h] = [.. _delta];
            inputs[h] = [.. _x[h - 1]];
            int offset = _net.LayerOffset(h + 1);
            for (int r = 0; r < m; r++)
            {
                double dr = _delta[r];
                var w = theta.Slice(offset + (r * m), m);
                for (int k = 0; k < m; k++)
                {
                    _g[k] += w[k] * dr;
                }
            }
        }
        Delta(0, _net.FirstScale);
        deltas[0] = [.. _delta];
        inputs[0] = input.ToArray();
        return (deltas, inputs);
    }

    private void Delta(int h, double scale)
    {
        var z = _z[h];
        for (int r = 0; r < _net.Width; r++)
        {
            _delta[r] = _g[r] * scale * Activation.First(_net.Activation, z[r]);
        }
    }
}
