using ResNetProofs.Cli;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>
/// The CLI formats the instance's evidence and recomputes nothing it holds: along <c>check FILE</c> and <c>evaluate FILE</c>
/// the exact Hessian ∇²R is evaluated once (by the evidence), counted by <see cref="HessianEvaluationCounter"/> (AsyncLocal, so
/// tests running in parallel do not count each other's Hessians).
/// </summary>
public sealed class HessianReuseTests
{
    [Fact]
    public void Check_of_a_second_order_theorem_evaluates_the_Hessian_once()
    {
        using var hessians = HessianEvaluationCounter.Start();

        var (code, _, stderr) = CliRun.Run("check", "shamir2018.local-minima", ExampleFiles.Path("yun2019-example1.json"), "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(1, hessians.Count);
    }

    [Fact]
    public void Evaluate_reports_curvature_from_one_Hessian_evaluation()
    {
        using var hessians = HessianEvaluationCounter.Start();

        var (code, _, stderr) = CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example1.json"), "--json");

        Assert.True(code == ExitCodes.Success, stderr);
        Assert.Equal(1, hessians.Count);
    }

    [Fact]
    public async Task A_counter_does_not_count_the_Hessians_of_another_flow()
    {
        using var hessians = HessianEvaluationCounter.Start();
        Task other;
        using (ExecutionContext.SuppressFlow())
        {
            other = Task.Run(() => CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example1.json"), "--json"), TestContext.Current.CancellationToken);
        }

        await other;

        Assert.Equal(0, hessians.Count);
    }
}
