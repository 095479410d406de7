using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.RandomDraws;

/// <summary>
/// The shared Box–Muller draw consumes the random stream exactly as the copies it replaced: two uniforms per draw,
/// u₁ = 1 − NextDouble() first, z₀ = √(−2 ln u₁)·cos(2πu₂), z₁ = √(−2 ln u₁)·sin(2πu₂).
/// </summary>
public sealed class StandardNormalTests
{
    [Fact]
    public void Draw_is_the_cosine_branch_of_the_next_two_uniforms_of_the_same_seed()
    {
        var stream = new Random(2026);
        var reference = new Random(2026);

        for (int i = 0; i < 5; i++)
        {
            double u1 = 1 - reference.NextDouble(), u2 = reference.NextDouble();
            Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2), StandardNormal.Draw(stream));
        }
        Assert.Equal(reference.NextDouble(), stream.NextDouble());
    }

    [Fact]
    public void DrawPair_gives_the_cosine_draw_and_its_sine_partner_from_the_same_two_uniforms()
    {
        var single = new Random(7);
        var pair = new Random(7);
        var reference = new Random(7);

        var (cosine, sine) = StandardNormal.DrawPair(pair);
        double u1 = 1 - reference.NextDouble(), u2 = reference.NextDouble();

        Assert.Equal(StandardNormal.Draw(single), cosine);
        Assert.Equal(Math.Sqrt(-2 * Math.Log(u1)) * Math.Sin(2 * Math.PI * u2), sine);
        Assert.Equal(reference.NextDouble(), pair.NextDouble());
    }
}
