namespace ResNetProofs.Numerics.Precision;

/// <summary>
/// Elementary functions with full relative accuracy where the platform's are not: .NET's <c>double.LogP1(x)</c> is
/// computed as log(x + 1), which returns 0 for |x| below u and loses all digits of log(1 + e^{−40}) ≈ 4.25e−18.
/// </summary>
public static class AccurateMath
{
    /// <summary>
    /// log(1 + x) to a few units of round-off relative error for x &gt; −1 (Goldberg 1991, Theorem 4): with u = fl(1 + x),
    /// x when u = 1, else log(u)·x/(u − 1). Gives −∞ at x = −1, NaN for x &lt; −1 or NaN, and log(x) when 1 + x overflows.
    /// </summary>
    public static double Log1p(double x)
    {
        double u = 1 + x;
        if (u == 1)
        {
            return x;
        }
        if (double.IsPositiveInfinity(u))
        {
            return Math.Log(x); // x ≥ 1.8e308: log(1 + x) = log(x) to rounding (and +∞ for x = +∞).
        }
        return Math.Log(u) * x / (u - 1);
    }
}
