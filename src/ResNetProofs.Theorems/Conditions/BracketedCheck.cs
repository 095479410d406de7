using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// left ≤ r when r is known only to lie in a bracket [rLow, rHigh] (e.g. a minimum between a certified lower bound and a
/// feasible value), as one <see cref="Check"/>: margin = (rLow + rHigh)/2 − left, τ = τ₀ + (rHigh − rLow)/2. Then
/// Holds ⇔ rLow − left &gt; τ₀ (holds even for the smallest r) and Fails ⇔ rHigh − left &lt; −τ₀ (fails even for the largest r);
/// in between the check is undecided.
/// </summary>
public static class BracketedCheck
{
    /// <summary>left ≤ r with r ∈ [<paramref name="rightLow"/>, <paramref name="rightHigh"/>]; <paramref name="tolerance"/> τ₀ bounds the rounding of left and of both ends.</summary>
    /// <exception cref="ArgumentException">rightLow &gt; rightHigh.</exception>
    public static Check AtMost(string name, string statement, double left, double rightLow, double rightHigh, double tolerance, string toleranceOrigin)
    {
        if (rightLow > rightHigh)
        {
            throw new ArgumentException($"bracket [{rightLow}, {rightHigh}] is empty", nameof(rightLow));
        }
        double half = 0.5 * (rightHigh - rightLow);
        return Check.AtMost(name, statement, left, rightLow + half, tolerance + half, toleranceOrigin + " + half the bracket width (rHigh − rLow)/2");
    }
}
