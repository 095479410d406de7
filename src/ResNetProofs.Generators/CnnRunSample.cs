using ResNetProofs.Numerics.Models;


namespace ResNetProofs.Generators;

/// <summary>A sample of seeded random starts (w on the unit sphere, ‖a₀‖ ≤ <see cref="Radius"/>) on one plain-CNN teacher.</summary>
/// <param name="Teacher">The teacher (plain CNN, ‖w*‖ = 1).</param>
/// <param name="Runs">The number of runs ≥ 1.</param>
/// <param name="Seed">The seed of System.Random the starts are drawn from, in order.</param>
/// <param name="Radius">The readout ball's radius r &gt; 0.</param>
public sealed record CnnRunSample(CnnTeacher Teacher, int Runs, int Seed, double Radius)
{
    /// <summary>(p, k, runs).</summary>
    public int[] Size => [Teacher.Architecture.PatchDimension, Teacher.Architecture.Patches, Runs];
}
