namespace ResNetProofs.Generators;

/// <summary>How the targets y_i are made (rounded to <see cref="Datasets.Decimals"/> decimals, |y| ≤ <see cref="Datasets.TargetBound"/>).</summary>
public enum TargetKind
{
    /// <summary>y = tᵀx + b + 0.1·ε with t_k ~ N(0, 1/d), b, ε ~ N(0, 1) (clipped).</summary>
    LinearPlusNoise,

    /// <summary>y = f(x) of a random one-block tanh ResNet teacher (width 2, Gaussian θ scaled 1/√fan-in).</summary>
    Teacher,

    /// <summary>y uniform on [−2, 2], independent of x.</summary>
    Random,

    /// <summary>y ∈ {−1, +1}: the sign of a random linear score (0 ↦ +1), each label flipped with probability 1/10 (for the logistic loss).</summary>
    Labels,
}
