namespace ResNetProofs.Studies;

/// <summary>One ratio tried in a cell (n, H): the width, P, how many seeds reached the target, and the steps they took.</summary>
/// <param name="Ratio">m/n as requested.</param>
/// <param name="Width">m = max(1, round(ratio·n)).</param>
/// <param name="Parameters">P = md + (H−1)m².</param>
/// <param name="Successes">Seeds with L ≤ target within the budget.</param>
/// <param name="Seeds">Seeds run.</param>
/// <param name="MedianSteps">Median steps to the target over the successful seeds (NaN if none).</param>
/// <param name="MedianFinalLoss">Median final loss over all seeds.</param>
public sealed record WidthStudyAttempt(double Ratio, int Width, int Parameters, int Successes, int Seeds, double MedianSteps, double MedianFinalLoss)
{
    /// <summary>More than half of the seeds succeeded.</summary>
    public bool Majority => 2 * Successes > Seeds;

    /// <summary>Successes/Seeds.</summary>
    public double SuccessRate => Seeds == 0 ? double.NaN : (double)Successes / Seeds;

    /// <summary>The Wilson 95% interval of <see cref="SuccessRate"/> (seeds draw their own data and start, so they are independent).</summary>
    public RateInterval SuccessWilson => WilsonInterval.Of(Successes, Seeds);
}
