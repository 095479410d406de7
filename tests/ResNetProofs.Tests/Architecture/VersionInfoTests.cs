using System.Diagnostics;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Tests.Architecture;

/// <summary>The commit recorded with every finding is the one the SDK stamped into the build (no run-time walk of .git).</summary>
public sealed class VersionInfoTests
{
    [Fact]
    public void Git_commit_is_the_full_sha_of_a_commit_in_this_repository()
    {
        string? commit = VersionInfo.GitCommit();

        Assert.NotNull(commit);
        Assert.Matches("^[0-9a-f]{40}$", commit);
        Assert.Equal(commit, Git("rev-parse", "--verify", "--quiet", commit + "^{commit}"));
    }

    /// <summary>Runs git in the test's working directory (inside the checkout) and returns its trimmed standard output.</summary>
    private static string Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var git = Process.Start(start)!;
        string output = git.StandardOutput.ReadToEnd().Trim();
        git.WaitForExit();
        return output;
    }
}
