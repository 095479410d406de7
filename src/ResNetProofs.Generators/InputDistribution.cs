namespace ResNetProofs.Generators;

/// <summary>How the inputs x_i are drawn (entries rounded to <see cref="Datasets.Decimals"/> decimals, |x| ≤ <see cref="Datasets.InputBound"/>).</summary>
public enum InputDistribution
{
    /// <summary>x_ik ~ N(0, 1) clipped to ±4.</summary>
    Gaussian,

    /// <summary>x_ik uniform on [−1, 1].</summary>
    Uniform,

    /// <summary>2 or 3 centres ~ N(0, 1.5²) (clipped), points = centre + N(0, 0.1²), clipped to ±4.</summary>
    Clustered,
}
