using ResNetProofs.Numerics.Enclosures;

namespace ResNetProofs.Numerics.Bounds;

/// <summary>The enclosures behind <see cref="LinearMemberBound"/>, each an outward-rounded interval.</summary>
/// <param name="Enumerated">E_σ‖(1/n)Σσ_i x_i‖ enclosed by enumerating every sign pattern (null when n is too large).</param>
/// <param name="KhintchineKahane">√(Σ‖x_i‖²)/(√2·n): below E_σ‖(1/n)Σσ_i x_i‖ by Latała–Oleszkiewicz (only its Lo is a lower bound).</param>
/// <param name="MaxInputNorm">max_i‖x_i‖₂, enclosed.</param>
/// <param name="SampleCount">n.</param>
public sealed record LinearMemberBoundResult(Interval? Enumerated, Interval KhintchineKahane, Interval MaxInputNorm, int SampleCount)
{
    /// <summary>A certified lower bound on R̂_S of any class containing the unit-norm linear maps: the larger of the two lower ends.</summary>
    public double Lower => Math.Max(Enumerated?.Lo ?? double.NegativeInfinity, KhintchineKahane.Lo);

    /// <summary>How <see cref="Lower"/> was obtained, in one line.</summary>
    public string Method => Enumerated is { } e && e.Lo >= KhintchineKahane.Lo
        ? $"exact enumeration of the 2^{SampleCount - 1} sign patterns modulo ±σ, unit-norm linear members (V_l = 0)"
        : "Khintchine–Kahane with Latała–Oleszkiewicz's constant 1/√2, unit-norm linear members (V_l = 0)";
}
