using ResNetProofs.Numerics.Derivatives;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>Central differences of an ISmoothObjective against its exact gradient and Hessian.</summary>
public static class DerivativeChecks
{
    /// <summary>
    /// Relative error ≤ 1e−6 of every gradient entry (differences of F) and Hessian column (differences of ∇F), step h = 1e−5:
    /// central-difference truncation is O(h²·|F‴|) ≈ 1e−10 and rounding O(u/h) ≈ 1e−11, both far below 1e−6·scale.
    /// </summary>
    public static void AssertMatchesDifferences(ISmoothObjective f, double[] theta, ITestOutputHelper? output = null)
    {
        const double h = 1e-5;
        int n = f.Dimension;
        var g = new double[n];
        f.ValueAndGradient(theta, g);
        var hess = f.Hessian(theta);
        double gScale = Math.Max(1, g.Max(Math.Abs));
        double hScale = Math.Max(1, hess.Enumerate().Max(Math.Abs));
        double worstG = 0, worstH = 0;
        var plus = new double[n];
        var minus = new double[n];
        for (int i = 0; i < n; i++)
        {
            var tp = (double[])theta.Clone();
            var tm = (double[])theta.Clone();
            tp[i] += h;
            tm[i] -= h;
            double fd = (f.Value(tp) - f.Value(tm)) / (2 * h);
            worstG = Math.Max(worstG, Math.Abs(fd - g[i]) / gScale);
            f.ValueAndGradient(tp, plus);
            f.ValueAndGradient(tm, minus);
            for (int j = 0; j < n; j++)
            {
                worstH = Math.Max(worstH, Math.Abs(((plus[j] - minus[j]) / (2 * h)) - hess[j, i]) / hScale);
            }
        }
        output?.WriteLine($"max relative error: gradient {worstG:G3}, Hessian {worstH:G3}");
        Assert.True(worstG <= 1e-6, $"gradient relative error {worstG}");
        Assert.True(worstH <= 1e-6, $"Hessian relative error {worstH}");
    }
}
