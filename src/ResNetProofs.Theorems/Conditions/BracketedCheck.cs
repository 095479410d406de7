using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems.Conditions;

/// <summary>
/// left ≤ r when r is known only to lie in a bracket [rLow, rHigh] (e.g. a minimum between a certified lower bound and a
/// feasible value), as one <see cref="Check"/>: margin = (rLow + rHigh)/2 − left, τ = τ₀ + (rHigh − rLow)/2. Then
/// Holds ⇔ rLow − left &gt; τ₀ (holds even for the smallest r) and Fails ⇔ rHigh − left &lt; −τ₀ (fails even for the largest r);
/// in between the check is undecided. Ends computed with rounding may cross: a crossing within τ₀ is rounding (the bracket
/// is taken as [min, max]); a wider one means the lower bound is wrong, and the check is left undecided (NaN margin).
/// </summary>
public static class BracketedCheck
{
    /// <summary>left ≤ r with r ∈ [<paramref name="rightLow"/>, <paramref name="rightHigh"/>]; <paramref name="tolerance"/> τ₀ bounds the rounding of left and of both ends.</summary>
    public static Check AtMost(string name, string statement, double left, double rightLow, double rightHigh, double tolerance, string toleranceOrigin)
    {
        if (rightLow > rightHigh + tolerance)
        {
            return Check.AtMost(name, statement, left, double.NaN, double.NaN,
                $"{toleranceOrigin}; not decided: the bracket [{Check.Number(rightLow)}, {Check.Number(rightHigh)}] is empty by more than τ₀ (a lower bound above a feasible value)");
        }
        (rightLow, rightHigh) = (Math.Min(rightLow, rightHigh), Math.Max(rightLow, rightHigh));
        double half = 0.5 * (rightHigh - rightLow);
        return Check.AtMost(name, statement, left, rightLow + half, tolerance + half, toleranceOrigin + " + half the bracket width (rHigh − rLow)/2");
    }
}
