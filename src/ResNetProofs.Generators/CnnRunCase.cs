using ResNetProofs.Numerics.Models;


namespace ResNetProofs.Generators;

/// <summary>One gradient-descent start on a CNN teacher: θ₀ = (w₀, a₀) of length p + k, with a₀ in the ball of <see cref="BallRadius"/>.</summary>
/// <param name="Teacher">The teacher (and architecture).</param>
/// <param name="Start">θ₀ = (w₀, a₀), length p + k.</param>
/// <param name="BallRadius">r: ‖a₀‖ ≤ r.</param>
public sealed record CnnRunCase(CnnTeacher Teacher, IReadOnlyList<double> Start, double BallRadius)
{
    /// <summary>(p, k).</summary>
    public int[] Size => [Teacher.Architecture.PatchDimension, Teacher.Architecture.Patches];
}
