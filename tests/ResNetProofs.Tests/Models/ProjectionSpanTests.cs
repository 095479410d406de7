using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Tests.Models;

public class ProjectionSpanTests
{
    private static DeepResNet ThreeBlocks(int d) => new(d, [
        new ResidualBlockSpec(1, 0, 1, ActivationKind.Relu, true),
        new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true),
        new ResidualBlockSpec(1, 1, 1, ActivationKind.Relu, true)], false);

    [Fact]
    public void Single_block_has_rank_zero()
    {
        var model = new DeepResNet(3, [new ResidualBlockSpec(2, 0, 1, ActivationKind.Relu, true)], false);
        Assert.Equal(0, ProjectionSpan.Of(model, new double[model.Graph.Layout.Count]).Rank);
    }

    [Fact]
    public void Parallel_projection_rows_count_once()
    {
        var model = ThreeBlocks(2);
        var theta = new double[model.Graph.Layout.Count];
        new double[] { 1.0, 2.0 }.CopyTo(model.U(2).Slice(theta.AsSpan()));
        new double[] { -2.0, -4.0 }.CopyTo(model.U(3).Slice(theta.AsSpan()));
        var span = ProjectionSpan.Of(model, theta);
        Assert.Equal(1, span.Rank);
        Assert.Equal(0.0, span.SmallestCoveringSingularValue, 1e-14);
    }

    [Fact]
    public void Independent_projection_rows_cover_the_plane()
    {
        var model = ThreeBlocks(2);
        var theta = new double[model.Graph.Layout.Count];
        new double[] { 3.0, 0.0 }.CopyTo(model.U(2).Slice(theta.AsSpan()));
        new double[] { 0.0, 4.0 }.CopyTo(model.U(3).Slice(theta.AsSpan()));
        var span = ProjectionSpan.Of(model, theta);
        Assert.Equal(2, span.Rank);
        Assert.Equal(3.0, span.SmallestCoveringSingularValue, 1e-14);
    }
}
