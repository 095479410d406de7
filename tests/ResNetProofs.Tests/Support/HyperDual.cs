namespace ResNetProofs.Tests.Support;

/// <summary>
/// An exact hyper-dual number A + B·ε₁ + C·ε₂ + D·ε₁ε₂ (ε₁² = ε₂² = 0) over <see cref="Rational"/>: evaluating a
/// polynomial g at θ + ε₁e_i + ε₂e_j gives g, ∂_i g, ∂_j g and ∂_i∂_j g exactly in A, B, C, D.
/// </summary>
public readonly record struct HyperDual(Rational A, Rational B, Rational C, Rational D)
{
    public static HyperDual Constant(Rational a) => new(a, Rational.Zero, Rational.Zero, Rational.Zero);

    public static HyperDual operator +(HyperDual x, HyperDual y) => new(x.A + y.A, x.B + y.B, x.C + y.C, x.D + y.D);

    public static HyperDual operator -(HyperDual x, HyperDual y) => new(x.A - y.A, x.B - y.B, x.C - y.C, x.D - y.D);

    public static HyperDual operator *(HyperDual x, HyperDual y) => new(
        x.A * y.A,
        (x.A * y.B) + (x.B * y.A),
        (x.A * y.C) + (x.C * y.A),
        (x.A * y.D) + (x.B * y.C) + (x.C * y.B) + (x.D * y.A));

    public static HyperDual operator *(Rational s, HyperDual x) => new(s * x.A, s * x.B, s * x.C, s * x.D);
}
