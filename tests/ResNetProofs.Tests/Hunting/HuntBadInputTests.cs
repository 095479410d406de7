using Microsoft.Data.Sqlite;
using ResNetProofs.Cli;
using ResNetProofs.Tests.Cli;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>Each bad input gives a one-line error and its documented exit code; a corrupt store is left untouched.</summary>
public sealed class HuntBadInputTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Unknown_theorem_id_exits_2() =>
        AssertError(ExitCodes.BadArguments, "unknown theorem 'no.such.theorem'", "hunt", "--theorems", "no.such.theorem", "--budget", "5", "--store", Store("a.db"));

    [Theory]
    [InlineData("5x")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("h")]
    public void Malformed_budget_exits_2(string budget) =>
        AssertError(ExitCodes.BadArguments, "--budget", "hunt", "--theorems", "all", "--budget", budget, "--store", Store("b.db"));

    [Fact]
    public void Malformed_shard_exits_2() =>
        AssertError(ExitCodes.BadArguments, "--shard", "hunt", "--theorems", "all", "--budget", "5", "--store", Store("c.db"), "--shard", "2/2");

    [Fact]
    public void Unwritable_store_path_exits_7()
    {
        string file = _dir.Write("plain-file", "x");
        AssertError(ExitCodes.StoreUnwritable, "cannot be created", "hunt", "--theorems", "planted", "--budget", "5", "--store", Path.Combine(file, "sub", "x.db"));
        AssertError(ExitCodes.StoreUnwritable, "is a directory", "hunt", "--theorems", "planted", "--budget", "5", "--store", _dir.Path);
    }

    [Fact]
    public void Store_of_another_schema_version_exits_8()
    {
        string store = SmallHunt("v.db");
        using (var c = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "UPDATE meta SET value = '999' WHERE key = 'schema_version'";
            cmd.ExecuteNonQuery();
        }

        AssertError(ExitCodes.StoreIncompatible, "schema version 999", "hunt", "--budget", "5", "--store", store, "--resume");
        AssertError(ExitCodes.StoreIncompatible, "schema version 999", "findings", store);
    }

    [Fact]
    public void Corrupt_store_exits_9_and_is_never_overwritten()
    {
        string garbage = _dir.Write("garbage.db", new string('x', 5000));
        string truncated = Store("truncated.db");
        File.WriteAllBytes(truncated, File.ReadAllBytes(SmallHunt("whole.db")).Take(1500).ToArray());
        string foreign = Store("foreign.db");
        using (var c = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "CREATE TABLE other(x INTEGER)";
            cmd.ExecuteNonQuery();
        }

        foreach (string store in new[] { garbage, truncated, foreign })
        {
            byte[] before = File.ReadAllBytes(store);
            AssertError(ExitCodes.StoreCorrupt, "corrupt", "hunt", "--theorems", "planted", "--budget", "5", "--store", store, "--resume");
            AssertError(ExitCodes.StoreCorrupt, "corrupt", "hunt", "--theorems", "planted", "--budget", "5", "--store", store);
            AssertError(ExitCodes.StoreCorrupt, "corrupt", "findings", store);
            Assert.Equal(before, File.ReadAllBytes(store));
        }
    }

    [Fact]
    public void Existing_store_without_resume_or_with_other_settings_exits_10()
    {
        string store = SmallHunt("e.db");

        AssertError(ExitCodes.StoreConflict, "--resume", "hunt", "--theorems", "planted", "--budget", "5", "--store", store);
        AssertError(ExitCodes.StoreConflict, "--seed", "hunt", "--budget", "5", "--store", store, "--resume", "--seed", "99");
    }

    [Fact]
    public void Missing_store_or_finding_exits_11()
    {
        AssertError(ExitCodes.NotFound, "does not exist", "findings", Store("missing.db"));
        AssertError(ExitCodes.NotFound, "no finding 999", "show", SmallHunt("s.db"), "999");
    }

    [Fact]
    public void Findings_of_a_directory_says_it_is_a_directory()
    {
        SmallHunt("inside.db");

        AssertError(ExitCodes.NotFound, "is a directory, not a store file", "findings", _dir.Path);
        AssertError(ExitCodes.NotFound, "inside.db", "findings", _dir.Path);
    }

    [Fact]
    public void Replay_of_a_store_without_an_id_says_an_id_is_needed()
    {
        string store = SmallHunt("r.db");

        AssertError(ExitCodes.BadArguments, "is a hunt store: give a finding id too", "replay", store);
    }

    [Fact]
    public void Merge_into_an_existing_store_says_to_give_a_new_path_and_not_to_resume()
    {
        string existing = SmallHunt("m.db");
        byte[] before = File.ReadAllBytes(existing);

        var (code, _, err) = CliRun.Run("merge", existing, SmallHunt("n.db"));

        Assert.Equal(ExitCodes.StoreConflict, code);
        Assert.Contains("give a new OUT path", err, StringComparison.Ordinal);
        Assert.DoesNotContain("--resume", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(existing));
    }

    private string Store(string name) => Path.Combine(_dir.Path, name);

    private string SmallHunt(string name)
    {
        string store = Store(name);
        var (code, _, err) = CliRun.Run("hunt", "--theorems", "yun2019.near-identity", "--budget", "2", "--profile", "quick", "--store", store);
        Assert.True(code == 0, err);
        return store;
    }

    private static void AssertError(int expected, string fragment, params string[] args)
    {
        var (code, _, err) = CliRun.Run(args);

        Assert.True(code == expected, $"exit {code}, expected {expected}: {err}");
        Assert.Contains(fragment, err, StringComparison.Ordinal);
        Assert.StartsWith("error: ", err, StringComparison.Ordinal);
        Assert.Single(err.TrimEnd().Split('\n'));
    }
}
