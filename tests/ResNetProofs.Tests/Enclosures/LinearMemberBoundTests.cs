using ResNetProofs.Numerics.Bounds;
using ResNetProofs.Numerics.Data;

namespace ResNetProofs.Tests.Enclosures;

public class LinearMemberBoundTests
{
    [Fact]
    public void Enumeration_encloses_the_closed_form_on_the_square()
    {
        // x = ±e₁, ±e₂: each coordinate of Σσ_i x_i is 0 or ±2 with probability ½, so E‖Σσ_i x_i‖ = ½·2 + ¼·2√2 and the mean is 1/4 + √2/8.
        var square = Dataset.Create([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.0, -1.0]], [0.0, 0.0, 0.0, 0.0]);
        double closedForm = 0.25 + (Math.Sqrt(2) / 8);

        var bound = LinearMemberBound.Compute(square);

        Assert.NotNull(bound.Enumerated);
        Assert.InRange(closedForm, bound.Enumerated.Value.Lo - 1e-16, bound.Enumerated.Value.Hi + 1e-16);
        Assert.True(bound.Enumerated.Value.Hi - bound.Enumerated.Value.Lo < 1e-14, $"width {bound.Enumerated.Value.Hi - bound.Enumerated.Value.Lo}");
        Assert.Equal(bound.Enumerated.Value.Lo, bound.Lower);
    }

    [Fact]
    public void Khintchine_kahane_bound_is_attained_by_two_equal_points()
    {
        // x₁ = x₂ = x: Σσ_i x_i is ±2x or 0 with probability ½ each, so the mean is ‖x‖/2 = √(2‖x‖²)/(√2·2): Latała–Oleszkiewicz's case of equality.
        var twins = Dataset.Create([[3.0, 4.0], [3.0, 4.0]], [0.0, 0.0]);

        var bound = LinearMemberBound.Compute(twins);

        Assert.InRange(2.5, bound.KhintchineKahane.Lo, bound.KhintchineKahane.Hi);
        Assert.InRange(2.5, bound.Enumerated!.Value.Lo, bound.Enumerated.Value.Hi);
        Assert.True(bound.KhintchineKahane.Lo <= bound.Enumerated.Value.Hi);
    }

    [Fact]
    public void Khintchine_kahane_lower_end_never_exceeds_the_enumerated_value()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 20; trial++)
        {
            int n = random.Next(1, 12), d = random.Next(1, 4);
            var rows = Enumerable.Range(0, n).Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, d).Select(_ => (random.NextDouble() * 4) - 2).ToArray()).ToList();
            var bound = LinearMemberBound.Compute(Dataset.Create(rows, new double[n]));

            Assert.True(bound.KhintchineKahane.Lo <= bound.Enumerated!.Value.Hi, $"trial {trial}: {bound.KhintchineKahane.Lo} > {bound.Enumerated.Value.Hi}");
        }
    }

    [Fact]
    public void Beyond_twenty_samples_only_the_khintchine_kahane_bound_is_used()
    {
        var rows = Enumerable.Range(0, 21).Select(i => (IReadOnlyList<double>)[Math.Cos(i), Math.Sin(i)]).ToList();

        var bound = LinearMemberBound.Compute(Dataset.Create(rows, new double[21]));

        Assert.Null(bound.Enumerated);
        // Unit vectors: √21/(√2·21) = 1/√42.
        Assert.InRange(1 / Math.Sqrt(42), bound.Lower, bound.Lower + 1e-14);
    }
}
