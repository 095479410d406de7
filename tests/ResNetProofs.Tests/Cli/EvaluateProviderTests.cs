using System.Text.Json;
using ResNetProofs.Cli;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Numerics.LinearAlgebra;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>Every record says which dense linear algebra ran and with how many OpenBLAS threads.</summary>
public sealed class EvaluateProviderTests
{
    [Fact]
    public void Evaluate_json_names_the_provider_and_thread_count_in_use()
    {
        var (code, stdout, _) = CliRun.Run("evaluate", ExampleFiles.Path("yun2019-example1.json"), "--json");

        Assert.Equal(ExitCodes.Success, code);
        var section = JsonDocument.Parse(stdout).RootElement.GetProperty("linearAlgebra");
        Assert.Equal(DenseLinearAlgebra.Provider.ToString(), section.GetProperty("provider").GetString());
        Assert.Equal(DenseLinearAlgebra.Threads, section.GetProperty("threads").GetInt32());
    }

    [Fact]
    public void Hunt_store_versions_name_the_provider_and_thread_count_in_use()
    {
        var section = JsonDocument.Parse(VersionInfo.Json).RootElement.GetProperty("linearAlgebra");

        Assert.Equal(DenseLinearAlgebra.Provider.ToString(), section.GetProperty("provider").GetString());
        Assert.Equal(DenseLinearAlgebra.Threads, section.GetProperty("threads").GetInt32());
    }
}
