using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Tests.LinearAlgebra;

/// <summary>The shared reductions xᵀy and ‖x‖₂ on vectors with hand-computed answers.</summary>
public sealed class VectorsTests
{
    [Fact]
    public void Dot_of_1_2_3_and_4_minus_5_6_is_12()
    {
        Assert.Equal(12.0, Vectors.Dot([1.0, 2, 3], [4.0, -5, 6]));
    }

    [Fact]
    public void Norm_of_3_4_is_5()
    {
        Assert.Equal(5.0, Vectors.Norm([3.0, 4]));
    }

    [Fact]
    public void Dot_sums_in_index_order_so_1e16_plus_1_minus_1e16_is_0()
    {
        // Left to right: (1e16 + 1) rounds to 1e16, then − 1e16 gives 0 (a pairwise or reordered sum would give 1).
        Assert.Equal(0.0, Vectors.Dot([1e16, 1, -1e16], [1.0, 1, 1]));
    }
}
