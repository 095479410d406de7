using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Enclosures of σ, σ′ and σ″ over an interval of pre-activations, for every <see cref="ActivationKind"/>. ReLU is
/// smooth only away from 0: over an interval that contains 0, σ′ is enclosed by its Clarke range [0, 1] and σ″ (a Dirac
/// mass) by <see cref="Interval.Entire"/>, so nothing second-order is ever decided across a kink.
/// </summary>
public static class IntervalActivation
{
    /// <summary>σ(a) over the interval a.</summary>
    public static Interval Value(ActivationKind kind, Interval a) => kind switch
    {
        ActivationKind.Relu => Interval.PositivePart(a),
        ActivationKind.Softplus => new(Softplus(a.Lo).Lo, Softplus(a.Hi).Hi),
        ActivationKind.Tanh => Interval.Tanh(a),
        _ => a,
    };

    /// <summary>σ′(a) over the interval a (ReLU: 1 or 0 off the kink, [0, 1] across it).</summary>
    public static Interval First(ActivationKind kind, Interval a) => kind switch
    {
        ActivationKind.Relu => a.Lo > 0 ? Interval.Point(1) : a.Hi < 0 ? Interval.Zero : new(0, 1),
        ActivationKind.Softplus => new(Sigmoid(a.Lo).Lo, Sigmoid(a.Hi).Hi),
        ActivationKind.Tanh => SechSquared(a),
        _ => Interval.Point(1),
    };

    /// <summary>σ″(a) over the interval a (ReLU: 0 off the kink, <see cref="Interval.Entire"/> across it).</summary>
    public static Interval Second(ActivationKind kind, Interval a)
    {
        switch (kind)
        {
            case ActivationKind.Relu:
                return a.Lo > 0 || a.Hi < 0 ? Interval.Zero : Interval.Entire;
            case ActivationKind.Softplus:
                return LogisticCurvature(a);
            case ActivationKind.Tanh:
                return -2 * Interval.Tanh(a) * SechSquared(a);
            default:
                return Interval.Zero;
        }
    }

    /// <summary>True when the interval straddles a ReLU kink (contains 0), where σ is not differentiable.</summary>
    public static bool CrossesKink(ActivationKind kind, Interval a) => kind == ActivationKind.Relu && a.Contains(0);

    /// <summary>softplus(x) = log(1 + eˣ) at a point x, enclosed: x + log1p(e^{−x}) for x &gt; 0, log1p(eˣ) otherwise.</summary>
    public static Interval Softplus(double x) => x > 0
        ? Interval.Point(x) + Interval.Log1p(Interval.Exp(Interval.Point(-x)))
        : Interval.Log1p(Interval.Exp(Interval.Point(x)));

    /// <summary>The logistic σ(x) = 1/(1 + e^{−x}) at a point x, enclosed (eˣ/(1 + eˣ) for x &lt; 0, without overflow).</summary>
    public static Interval Sigmoid(double x)
    {
        if (x >= 0)
        {
            return Interval.Point(1) / (Interval.Point(1) + Interval.Exp(Interval.Point(-x)));
        }
        var e = Interval.Exp(Interval.Point(x));
        return e / (Interval.Point(1) + e);
    }

    /// <summary>
    /// sech²(a) = 1 − tanh²(a) = 4e^{−2|a|}/(1 + e^{−2|a|})² over the interval a, without the cancellation of 1 − tanh²: even
    /// and decreasing in |a|, so its range is its values at the largest and the smallest |a| (1 at a = 0).
    /// </summary>
    public static Interval SechSquared(Interval a)
    {
        var near = AtAbs(a.Mignitude);
        var far = AtAbs(a.Magnitude);
        return new(Math.Max(0, far.Lo), Math.Min(1, near.Hi));

        static Interval AtAbs(double r)
        {
            if (double.IsPositiveInfinity(r))
            {
                return Interval.Zero;
            }
            var e = Interval.Exp(Interval.Point(-2 * r));
            return 4 * e / Interval.Sqr(Interval.Point(1) + e);
        }
    }

    /// <summary>
    /// σ(z)σ(−z) = e^{−|z|}/(1 + e^{−|z|})² over the interval z, without the cancellation of s(1 − s): the function is even
    /// and decreasing in |z|, so its range is its values at the smallest and the largest |z| (¼ at z = 0).
    /// </summary>
    public static Interval LogisticCurvature(Interval z)
    {
        var near = AtAbs(z.Mignitude);
        var far = AtAbs(z.Magnitude);
        return new(Math.Max(0, far.Lo), near.Hi);

        static Interval AtAbs(double r)
        {
            if (double.IsPositiveInfinity(r))
            {
                return Interval.Zero;
            }
            var e = Interval.Exp(Interval.Point(-r));
            return e / Interval.Sqr(Interval.Point(1) + e);
        }
    }
}
