using ResNetProofs.Numerics.Losses;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// Enclosures of ℓ(p; y), ℓ′ and ℓ″ over an interval of predictions p, for every loss of <see cref="LossCatalog"/>
/// (matched by <see cref="ILoss.Name"/>; an unknown loss throws, since no enclosure of it is known).
/// </summary>
public static class IntervalLoss
{
    /// <summary>ℓ(p; y) over the interval p.</summary>
    public static Interval Value(ILoss loss, Interval p, double y)
    {
        ArgumentNullException.ThrowIfNull(loss);
        return loss.Name switch
        {
            "squared-mean" => Interval.Sqr(p - y),
            "squared-half" => Interval.Sqr(p - y) * 0.5,
            "logistic" => SoftplusOver(-y * p),
            "log-cosh" => LogCosh(p - y),
            "linear" => -y * p,
            _ => throw Unknown(loss),
        };
    }

    /// <summary>ℓ′(p; y) over the interval p.</summary>
    public static Interval First(ILoss loss, Interval p, double y)
    {
        ArgumentNullException.ThrowIfNull(loss);
        return loss.Name switch
        {
            "squared-mean" => (p - y) * 2,
            "squared-half" => p - y,
            "logistic" => -y * SigmoidOver(-y * p),
            "log-cosh" => Interval.Tanh(p - y),
            "linear" => Interval.Point(-y),
            _ => throw Unknown(loss),
        };
    }

    /// <summary>ℓ″(p; y) over the interval p (logistic: e^{−|yp|}/(1 + e^{−|yp|})², no cancellation).</summary>
    public static Interval Second(ILoss loss, Interval p, double y)
    {
        ArgumentNullException.ThrowIfNull(loss);
        return loss.Name switch
        {
            "squared-mean" => Interval.Point(2),
            "squared-half" => Interval.Point(1),
            "logistic" => IntervalActivation.LogisticCurvature(y * p),
            "log-cosh" => IntervalActivation.SechSquared(p - y),
            "linear" => Interval.Zero,
            _ => throw Unknown(loss),
        };
    }

    /// <summary>softplus over an interval (monotone increasing).</summary>
    private static Interval SoftplusOver(Interval z) => new(IntervalActivation.Softplus(z.Lo).Lo, IntervalActivation.Softplus(z.Hi).Hi);

    /// <summary>The logistic σ over an interval (monotone increasing).</summary>
    private static Interval SigmoidOver(Interval z) => new(IntervalActivation.Sigmoid(z.Lo).Lo, IntervalActivation.Sigmoid(z.Hi).Hi);

    /// <summary>log cosh r = |r| + log1p(e^{−2|r|}) − log 2, even and increasing in |r|: evaluated at the smallest and largest |r|.</summary>
    private static Interval LogCosh(Interval r)
    {
        return new(Math.Max(0, At(r.Mignitude).Lo), At(r.Magnitude).Hi);

        static Interval At(double a) => double.IsPositiveInfinity(a)
            ? new(double.MaxValue, double.PositiveInfinity)
            : Interval.Point(a) + Interval.Log1p(Interval.Exp(Interval.Point(-2 * a))) - Interval.Log(Interval.Point(2));
    }

    private static NotSupportedException Unknown(ILoss loss) => new($"no enclosure is known for the loss '{loss.Name}'");
}
