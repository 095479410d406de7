using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// The rigorous twin of <see cref="EmpiricalRisk"/>: enclosures of R(θ) = (1/n) Σ_i ℓ(f(x_i; θ); y_i), of ∇R (reverse
/// mode) and of ∇²R (forward-over-reverse, one column or direction at a time) that hold for EVERY θ in a box
/// B = Π_p [lo_p, hi_p], computed by running the float algorithms of <see cref="ForwardPass"/>, <see cref="ReversePass"/>
/// and <see cref="SecondOrderPass"/> in outward-rounded <see cref="Interval"/> arithmetic (inclusion isotonicity: each
/// intermediate interval contains the intermediate's value at every θ ∈ B). A ReLU pre-activation whose interval
/// contains 0 is reported as a <see cref="KinkCrossing"/>; through it σ′ ∈ [0, 1] and σ″ = <see cref="Interval.Entire"/>.
/// Deliberately simple and unbatched (the trusted base of certificates): each pass costs O(n·P) interval operations,
/// the full Hessian P passes. Holds no mutable state (every call allocates its own buffers), so calls may run concurrently.
/// </summary>
public sealed class RiskEnclosure
{
    private readonly NetworkGraph _graph;
    private readonly Dataset _data;
    private readonly ILoss _loss;
    private readonly bool[] _constant;

    /// <summary>Binds a model, a dataset and a loss; checks d matches, the targets suit the loss and an enclosure of the loss is known.</summary>
    /// <exception cref="ArgumentException">Dimension mismatch or targets outside the loss's label set.</exception>
    /// <exception cref="NotSupportedException">No interval enclosure of the loss is known (see <see cref="IntervalLoss"/>).</exception>
    public RiskEnclosure(IModel model, Dataset data, ILoss loss)
        : this(new EmpiricalRisk(model, data, loss))
    {
    }

    /// <summary>The interval twin of an (already validated) <see cref="EmpiricalRisk"/>: same model, data and loss.</summary>
    /// <exception cref="NotSupportedException">No interval enclosure of the loss is known (see <see cref="IntervalLoss"/>).</exception>
    public RiskEnclosure(EmpiricalRisk risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        _ = IntervalLoss.Second(risk.Loss, Interval.Zero, risk.Data.Target(0)); // throws NotSupportedException for a loss without an enclosure
        Model = risk.Model;
        _graph = risk.Model.Graph;
        _data = risk.Data;
        _loss = risk.Loss;
        _constant = ReversePass.ConstantNodes(_graph);
    }

    /// <summary>The model f.</summary>
    public IModel Model { get; }

    /// <summary>The data (x_i, y_i).</summary>
    public Dataset Data => _data;

    /// <summary>The loss ℓ.</summary>
    public ILoss Loss => _loss;

    /// <summary>P, the number of parameters (the length of every box and direction).</summary>
    public int Dimension => _graph.Layout.Count;

    /// <summary>The degenerate box [θ_p, θ_p] (exact, since θ_p is a double).</summary>
    public static Interval[] PointBox(ReadOnlySpan<double> theta)
    {
        var box = new Interval[theta.Length];
        for (int p = 0; p < theta.Length; p++)
        {
            box[p] = Interval.Point(theta[p]);
        }
        return box;
    }

    /// <summary>The box [θ_p − r, θ_p + r] for every p, rounded outward (r ≥ 0, finite).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The radius is negative, NaN or infinite.</exception>
    public static Interval[] BallBox(ReadOnlySpan<double> theta, double radius)
    {
        if (!(radius >= 0) || double.IsInfinity(radius))
        {
            throw new ArgumentOutOfRangeException(nameof(radius), radius, "radius must be finite and ≥ 0");
        }
        var box = new Interval[theta.Length];
        for (int p = 0; p < theta.Length; p++)
        {
            box[p] = radius == 0 ? Interval.Point(theta[p]) : Interval.Ball(theta[p], radius);
        }
        return box;
    }

    /// <summary>An interval containing R(θ) for every θ in <paramref name="box"/> (length P, finite endpoints).</summary>
    public Interval Value(ReadOnlySpan<Interval> box)
    {
        CheckBox(box);
        return Value(Forward(box));
    }

    /// <summary>
    /// Enclosures of R and ∇R (length P) over the box, by one interval forward pass and one interval reverse sweep with
    /// output seeds ℓ′(f_i; y_i)/n; <see cref="GradientEnclosure.Kink"/> reports a ReLU pre-activation that may cross 0.
    /// </summary>
    public GradientEnclosure Gradient(ReadOnlySpan<Interval> box)
    {
        CheckBox(box);
        var values = Forward(box);
        Adjoints(values, box, Seeds(values), out var gradient);
        return new GradientEnclosure(Value(values), gradient, FindKink(values));
    }

    /// <summary>
    /// Enclosures of R, ∇R and ∇²R (P×P) over the box. Column j is ∇²R·e_j by an independent interval forward-over-reverse
    /// pass; then entries (i, j) and (j, i), two enclosures of the same value, are both replaced by their intersection.
    /// Entries reached through a ReLU kink's σ″ are <see cref="Interval.Entire"/>. Cost: P passes of O(n·P).
    /// </summary>
    public HessianEnclosure Hessian(ReadOnlySpan<Interval> box)
    {
        CheckBox(box);
        var values = Forward(box);
        var seeds = Seeds(values);
        var curvatures = Curvatures(values);
        var adjoint = Adjoints(values, box, seeds, out var gradient);
        int p = Dimension;
        var hessian = new IntervalMatrix(p, p);
        var unit = new double[p];
        for (int j = 0; j < p; j++)
        {
            unit[j] = 1;
            var column = SecondOrder(values, adjoint, curvatures, box, unit);
            unit[j] = 0;
            for (int i = 0; i < p; i++)
            {
                hessian[i, j] = column[i];
            }
        }
        for (int i = 0; i < p; i++)
        {
            for (int j = i + 1; j < p; j++)
            {
                var both = Intersect(hessian[i, j], hessian[j, i]);
                hessian[i, j] = both;
                hessian[j, i] = both;
            }
        }
        return new HessianEnclosure(Value(values), gradient, hessian, FindKink(values));
    }

    /// <summary>An enclosure of ∇²R(θ)·v (length P) for every θ in the box, for a point direction v (length P, finite); one pass.</summary>
    public Interval[] HessianTimes(ReadOnlySpan<Interval> box, ReadOnlySpan<double> v)
    {
        CheckBox(box);
        CheckDirection(v);
        var values = Forward(box);
        var adjoint = Adjoints(values, box, Seeds(values), out _);
        return SecondOrder(values, adjoint, Curvatures(values), box, v);
    }

    /// <summary>An enclosure of vᵀ∇²R(θ)v for every θ in the box, for a point direction v (length P, finite): vᵀ(<see cref="HessianTimes"/>), outward.</summary>
    public Interval Curvature(ReadOnlySpan<Interval> box, ReadOnlySpan<double> v)
    {
        var hv = HessianTimes(box, v);
        var s = Interval.Zero;
        for (int p = 0; p < hv.Length; p++)
        {
            if (v[p] != 0)
            {
                s += hv[p] * v[p];
            }
        }
        return s;
    }

    /// <summary>
    /// The first ReLU pre-activation (in node, then sample, then unit order) whose enclosure over the box contains 0, or
    /// null when there is none: then every σ is C^∞ near every value it takes on the box, so R is C^∞ on the box.
    /// </summary>
    public KinkCrossing? FindKinkCrossing(ReadOnlySpan<Interval> box)
    {
        CheckBox(box);
        return FindKink(Forward(box));
    }

    /// <summary>Enclosures of the predictions f(x_i; θ) (length n) for every θ in the box: one interval forward pass.</summary>
    public Interval[] Outputs(ReadOnlySpan<Interval> box) => NodeOutputs(box, _graph.OutputNode);

    /// <summary>
    /// Enclosures of one graph node's values over the box, row-major n×dim (entry i·dim + a is output a on sample i), e.g. the
    /// features h_L read by the readout; one interval forward pass.
    /// </summary>
    public Interval[] NodeOutputs(ReadOnlySpan<Interval> box, int node)
    {
        CheckBox(box);
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(node, _graph.OutputNode);
        return Forward(box)[node];
    }

    /// <summary>
    /// Enclosures of the predictions f(x_i; θ) (length n) and of their Jacobian ∂f(x_i; θ)/∂θ (n×P) for every θ in the box:
    /// one interval forward pass and n reverse sweeps, sweep i seeded with e_i at the output. Cost: n passes of O(n·P).
    /// </summary>
    public PredictionEnclosure Predictions(ReadOnlySpan<Interval> box)
    {
        CheckBox(box);
        var values = Forward(box);
        int n = _data.Count;
        var jacobian = new IntervalMatrix(n, Dimension);
        var seeds = new Interval[n];
        for (int i = 0; i < n; i++)
        {
            Array.Fill(seeds, Interval.Zero);
            seeds[i] = Interval.Point(1);
            Adjoints(values, box, seeds, out var row);
            for (int j = 0; j < Dimension; j++)
            {
                jacobian[i, j] = row[j];
            }
        }
        return new PredictionEnclosure((Interval[])values[^1].Clone(), jacobian, FindKink(values));
    }

    // Node values in intervals: values[k][i·dim(k) + a] encloses node k's output a on sample i for every θ in the box.
    private Interval[][] Forward(ReadOnlySpan<Interval> box)
    {
        int n = _data.Count;
        var nodes = _graph.Nodes;
        var values = new Interval[nodes.Count][];
        values[0] = PointBox(_data.Inputs);
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            var input = values[node.InputA];
            int dIn = nodes[node.InputA].Dim;
            var output = new Interval[n * node.Dim];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var w = box.Slice(node.Weight!.Offset, node.Weight.Length);
                    for (int i = 0; i < n; i++)
                    {
                        var x = input.AsSpan(i * dIn, dIn);
                        for (int a = 0; a < node.Dim; a++)
                        {
                            var s = Interval.Dot(w.Slice(a * dIn, dIn), x);
                            output[i * node.Dim + a] = node.Bias is null ? s : s + box[node.Bias.Offset + a];
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    for (int j = 0; j < output.Length; j++)
                    {
                        output[j] = IntervalActivation.Value(node.Activation, input[j]);
                    }
                    break;
                case GraphNodeKind.Add:
                    var other = values[node.InputB];
                    for (int j = 0; j < output.Length; j++)
                    {
                        output[j] = input[j] + other[j];
                    }
                    break;
                default:
                    throw new InvalidOperationException($"node {k} '{node.Name}' has kind {node.Kind} after the input");
            }
            values[k] = output;
        }
        return values;
    }

    // (1/n) Σ_i ℓ(f_i; y_i), summed left to right with outward rounding, then divided by n (outward).
    private Interval Value(Interval[][] values)
    {
        var f = values[^1];
        var sum = Interval.Zero;
        for (int i = 0; i < f.Length; i++)
        {
            sum += IntervalLoss.Value(_loss, f[i], _data.Target(i));
        }
        return sum / f.Length;
    }

    // s_i = ℓ′(f_i; y_i)/n.
    private Interval[] Seeds(Interval[][] values)
    {
        var f = values[^1];
        var s = new Interval[f.Length];
        for (int i = 0; i < f.Length; i++)
        {
            s[i] = IntervalLoss.First(_loss, f[i], _data.Target(i)) / f.Length;
        }
        return s;
    }

    // c_i = ℓ″(f_i; y_i)/n.
    private Interval[] Curvatures(Interval[][] values)
    {
        var f = values[^1];
        var c = new Interval[f.Length];
        for (int i = 0; i < f.Length; i++)
        {
            c[i] = IntervalLoss.Second(_loss, f[i], _data.Target(i)) / f.Length;
        }
        return c;
    }

    // Reverse sweep in intervals: adjoint[k] encloses ∂R/∂(node k) per sample (null for constant nodes), and
    // gradient[p] encloses ∂R/∂θ_p = Σ over the nodes using θ_p of adjoint × local partial.
    private Interval[]?[] Adjoints(Interval[][] values, ReadOnlySpan<Interval> box, Interval[] seeds, out Interval[] gradient)
    {
        var nodes = _graph.Nodes;
        int n = _data.Count;
        gradient = new Interval[Dimension];
        Array.Fill(gradient, Interval.Zero);
        var adjoint = NewAdjoints();
        seeds.CopyTo(adjoint[^1]!, 0);
        for (int k = nodes.Count - 1; k >= 1; k--)
        {
            var node = nodes[k];
            var adj = adjoint[k];
            if (adj is null)
            {
                continue;
            }
            int dIn = nodes[node.InputA].Dim;
            var inVal = values[node.InputA];
            var inAdj = adjoint[node.InputA];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    int wOff = node.Weight!.Offset;
                    for (int i = 0; i < n; i++)
                    {
                        for (int a = 0; a < node.Dim; a++)
                        {
                            var s = adj[i * node.Dim + a];
                            for (int b = 0; b < dIn; b++)
                            {
                                gradient[wOff + a * dIn + b] += s * inVal[i * dIn + b];
                                if (inAdj is not null)
                                {
                                    inAdj[i * dIn + b] += box[wOff + a * dIn + b] * s;
                                }
                            }
                            if (node.Bias is { } bias)
                            {
                                gradient[bias.Offset + a] += s;
                            }
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    if (inAdj is not null)
                    {
                        for (int j = 0; j < adj.Length; j++)
                        {
                            inAdj[j] += adj[j] * IntervalActivation.First(node.Activation, inVal[j]);
                        }
                    }
                    break;
                case GraphNodeKind.Add:
                    AddInto(adj, inAdj);
                    AddInto(adj, adjoint[node.InputB]);
                    break;
            }
        }
        return adjoint;
    }

    // One interval forward-over-reverse pass along the point direction v: returns an enclosure of ∇²R·v (length P).
    // Tangents ṫ (d/dε of node values at θ + εv) run forward; adjoint tangents ṡ (d/dε of the adjoints) run backward:
    //   Affine      ṫ_out = W ṫ_in + V̇ in (+ ḃ);       result[W_ab] += ṡ_a in_b + s_a ṫ_in_b;  result[b_a] += ṡ_a;
    //                                                   ṡ_in_b += W_ab ṡ_a + V̇_ab s_a
    //   Activation  ṫ_out = σ′(in) ṫ_in;                 ṡ_in += σ′(in) ṡ + s σ″(in) ṫ_in
    //   Add         ṫ_out = ṫ_A + ṫ_B;                   ṡ_A += ṡ, ṡ_B += ṡ
    // with ṡ_f = c_i ṫ_f at the output. A tangent that is exactly 0 (v touches nothing upstream) is skipped (null).
    private Interval[] SecondOrder(Interval[][] values, Interval[]?[] adjoint, Interval[] curvatures, ReadOnlySpan<Interval> box, ReadOnlySpan<double> v)
    {
        var nodes = _graph.Nodes;
        int n = _data.Count;
        var tangent = new Interval[]?[nodes.Count];
        var touches = new List<(int A, int B, double V)>?[nodes.Count];
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            int dIn = nodes[node.InputA].Dim;
            var inTan = tangent[node.InputA];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    var moved = Touched(node.Weight!, v);
                    touches[k] = moved;
                    bool biasMoved = node.Bias is { } bb && v.Slice(bb.Offset, bb.Length).ContainsAnyExcept(0.0);
                    if (inTan is null && moved is null && !biasMoved)
                    {
                        break;
                    }
                    var outTan = Zeros(n * node.Dim);
                    var inVal = values[node.InputA];
                    var w = box.Slice(node.Weight!.Offset, node.Weight.Length);
                    for (int i = 0; i < n; i++)
                    {
                        for (int a = 0; a < node.Dim; a++)
                        {
                            var s = inTan is null ? Interval.Zero : Interval.Dot(w.Slice(a * dIn, dIn), inTan.AsSpan(i * dIn, dIn));
                            if (node.Bias is { } bias && v[bias.Offset + a] != 0)
                            {
                                s += Interval.Point(v[bias.Offset + a]);
                            }
                            outTan[i * node.Dim + a] = s;
                        }
                        if (moved is not null)
                        {
                            foreach (var (a, b, vab) in moved)
                            {
                                outTan[i * node.Dim + a] += inVal[i * dIn + b] * vab;
                            }
                        }
                    }
                    tangent[k] = outTan;
                    break;
                case GraphNodeKind.Activation:
                    if (inTan is not null)
                    {
                        var inVal2 = values[node.InputA];
                        var t = new Interval[inTan.Length];
                        for (int j = 0; j < t.Length; j++)
                        {
                            t[j] = IntervalActivation.First(node.Activation, inVal2[j]) * inTan[j];
                        }
                        tangent[k] = t;
                    }
                    break;
                case GraphNodeKind.Add:
                    var other = tangent[node.InputB];
                    if (inTan is not null || other is not null)
                    {
                        var t = Zeros(n * node.Dim);
                        AddInto(inTan, t);
                        AddInto(other, t);
                        tangent[k] = t;
                    }
                    break;
            }
        }

        var result = Zeros(Dimension);
        var adjTan = NewAdjoints();
        var fTan = tangent[^1];
        if (fTan is not null)
        {
            var seed = adjTan[^1]!;
            for (int i = 0; i < n; i++)
            {
                seed[i] = curvatures[i] * fTan[i];
            }
        }
        for (int k = nodes.Count - 1; k >= 1; k--)
        {
            var node = nodes[k];
            var adj = adjoint[k];
            var sTan = adjTan[k];
            if (adj is null || sTan is null)
            {
                continue;
            }
            int dIn = nodes[node.InputA].Dim;
            var inVal = values[node.InputA];
            var inTan = tangent[node.InputA];
            var inAdjTan = adjTan[node.InputA];
            switch (node.Kind)
            {
                case GraphNodeKind.Affine:
                    int wOff = node.Weight!.Offset;
                    for (int i = 0; i < n; i++)
                    {
                        for (int a = 0; a < node.Dim; a++)
                        {
                            var sa = adj[i * node.Dim + a];
                            var ta = sTan[i * node.Dim + a];
                            for (int b = 0; b < dIn; b++)
                            {
                                var r = ta * inVal[i * dIn + b];
                                if (inTan is not null)
                                {
                                    r += sa * inTan[i * dIn + b];
                                }
                                result[wOff + a * dIn + b] += r;
                                if (inAdjTan is not null)
                                {
                                    inAdjTan[i * dIn + b] += box[wOff + a * dIn + b] * ta;
                                }
                            }
                            if (node.Bias is { } bias)
                            {
                                result[bias.Offset + a] += ta;
                            }
                        }
                        if (inAdjTan is not null && touches[k] is { } moved)
                        {
                            foreach (var (a, b, vab) in moved)
                            {
                                inAdjTan[i * dIn + b] += adj[i * node.Dim + a] * vab;
                            }
                        }
                    }
                    break;
                case GraphNodeKind.Activation:
                    if (inAdjTan is not null)
                    {
                        for (int j = 0; j < sTan.Length; j++)
                        {
                            var term = IntervalActivation.First(node.Activation, inVal[j]) * sTan[j];
                            if (inTan is not null)
                            {
                                term += adj[j] * IntervalActivation.Second(node.Activation, inVal[j]) * inTan[j];
                            }
                            inAdjTan[j] += term;
                        }
                    }
                    break;
                case GraphNodeKind.Add:
                    AddInto(sTan, inAdjTan);
                    AddInto(sTan, adjTan[node.InputB]);
                    break;
            }
        }
        return result;
    }

    // The nonzero entries (row a, column b, value) of v inside a weight block, or null when v does not touch it.
    private static List<(int A, int B, double V)>? Touched(ParameterBlock block, ReadOnlySpan<double> v)
    {
        List<(int, int, double)>? list = null;
        for (int q = 0; q < block.Length; q++)
        {
            double vq = v[block.Offset + q];
            if (vq != 0)
            {
                (list ??= []).Add((q / block.Cols, q % block.Cols, vq));
            }
        }
        return list;
    }

    private KinkCrossing? FindKink(Interval[][] values)
    {
        var nodes = _graph.Nodes;
        for (int k = 1; k < nodes.Count; k++)
        {
            var node = nodes[k];
            if (node.Kind != GraphNodeKind.Activation || node.Activation != ActivationKind.Relu)
            {
                continue;
            }
            var pre = values[node.InputA];
            for (int j = 0; j < pre.Length; j++)
            {
                if (IntervalActivation.CrossesKink(node.Activation, pre[j]))
                {
                    return new KinkCrossing(node.Name, k, j / node.Dim, j % node.Dim, pre[j]);
                }
            }
        }
        return null;
    }

    // Zeroed adjoint buffers for the nodes that depend on θ (null for constant nodes such as the input).
    private Interval[]?[] NewAdjoints()
    {
        var nodes = _graph.Nodes;
        var adjoint = new Interval[]?[nodes.Count];
        for (int k = 0; k < nodes.Count; k++)
        {
            if (!_constant[k])
            {
                adjoint[k] = Zeros(_data.Count * nodes[k].Dim);
            }
        }
        return adjoint;
    }

    private static Interval[] Zeros(int length)
    {
        var z = new Interval[length];
        Array.Fill(z, Interval.Zero);
        return z;
    }

    private static void AddInto(Interval[]? source, Interval[]? target)
    {
        if (source is null || target is null)
        {
            return;
        }
        for (int j = 0; j < source.Length; j++)
        {
            target[j] += source[j];
        }
    }

    // [max lo, min hi]: both arguments enclose the same true value, so the intersection does too (never empty unless an
    // enclosure was unsound, in which case the Interval constructor gives Entire, which decides nothing).
    private static Interval Intersect(Interval a, Interval b) => new(Math.Max(a.Lo, b.Lo), Math.Min(a.Hi, b.Hi));

    private void CheckBox(ReadOnlySpan<Interval> box)
    {
        if (box.Length != Dimension)
        {
            throw new ArgumentException($"box has length {box.Length} but the model has P = {Dimension} parameters", nameof(box));
        }
        for (int p = 0; p < box.Length; p++)
        {
            if (!box[p].IsFinite)
            {
                var (block, row, col) = _graph.Layout.Locate(p);
                throw new ArgumentException($"box[{p}] ({block.Name}[{row},{col}]) is {box[p]}: parameter intervals must have finite endpoints", nameof(box));
            }
        }
    }

    private void CheckDirection(ReadOnlySpan<double> v)
    {
        if (v.Length != Dimension)
        {
            throw new ArgumentException($"v has length {v.Length} but the model has P = {Dimension} parameters", nameof(v));
        }
        for (int p = 0; p < v.Length; p++)
        {
            if (!double.IsFinite(v[p]))
            {
                var (block, row, col) = _graph.Layout.Locate(p);
                throw new ArgumentException($"v[{p}] ({block.Name}[{row},{col}]) is {v[p]}: directions must be finite", nameof(v));
            }
        }
    }
}
