namespace ResNetProofs.Numerics.Enclosures;

/// <summary>Enclosures over a box of θ of the predictions f(x_i; θ) (length n) and of their Jacobian ∂f(x_i)/∂θ (n×P).</summary>
/// <param name="Values">f(x_i; θ) enclosed, i = 1..n.</param>
/// <param name="Jacobian">∂f(x_i; θ)/∂θ_j enclosed (n×P); across a ReLU kink its entries use σ′ ∈ [0, 1].</param>
/// <param name="Kink">A ReLU pre-activation that may cross 0 in the box, or null.</param>
public sealed record PredictionEnclosure(Interval[] Values, IntervalMatrix Jacobian, KinkCrossing? Kink);
