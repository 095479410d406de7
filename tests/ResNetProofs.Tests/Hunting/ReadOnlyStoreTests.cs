using ResNetProofs.Cli;
using ResNetProofs.Hunting.Store;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Hunting;

/// <summary>
/// The reading commands (findings, show, report, replay, export, verify STORE ID) open the store read-only: they work on a
/// 0444 file in a 0555 directory and leave no -wal or -shm file beside it; opening a corrupt store leaves nothing behind.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyStoreTests : IDisposable
{
    private readonly TemporaryDirectory _dir = new();

    public void Dispose()
    {
        foreach (string d in Directory.EnumerateDirectories(_dir.Path, "*", SearchOption.AllDirectories))
        {
            File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _dir.Dispose();
    }

    [Fact]
    public void Every_reading_command_works_on_a_read_only_store_in_a_read_only_directory_and_leaves_nothing_beside_it()
    {
        string original = Path.Combine(_dir.Path, "hunt.db");
        Assert.Equal(0, CliProcess.Run(120, "hunt", "--theorems", "planted.rademacher-half-constant", "--budget", "8", "--profile", "quick", "--store", original).Code);
        string readOnlyDir = Path.Combine(_dir.Path, "readonly");
        Directory.CreateDirectory(readOnlyDir);
        string store = Path.Combine(readOnlyDir, "hunt.db");
        File.Copy(original, store);
        File.SetUnixFileMode(store, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead); // 0444
        File.SetUnixFileMode(readOnlyDir, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute); // 0555
        byte[] before = File.ReadAllBytes(store);
        string id;
        using (var opened = HuntStore.Open(store, readOnly: true))
        {
            id = opened.Findings()[0].StableId;
        }

        string[][] commands =
        [
            ["findings", store], ["show", store, id], ["show", store, id, "--json"], ["export", store, id], ["replay", store, id],
            ["verify", store, id], ["report", store, "--out", Path.Combine(_dir.Path, "report")],
        ];
        foreach (var args in commands)
        {
            var run = CliProcess.Run(60, args);
            Assert.True(run.Code is ExitCodes.Success or ExitCodes.NotReproduced && run.Err.Length == 0, $"{string.Join(" ", args)}: exit {run.Code}: {run.Err}");
        }

        Assert.Equal(["hunt.db"], Directory.EnumerateFileSystemEntries(readOnlyDir).Select(Path.GetFileName));
        Assert.Equal(before, File.ReadAllBytes(store));
    }

    [Fact]
    public void Reading_a_store_in_a_writable_directory_leaves_no_wal_or_shm_file()
    {
        string store = Path.Combine(_dir.Path, "hunt.db");
        Assert.Equal(0, CliProcess.Run(120, "hunt", "--theorems", "planted.rademacher-half-constant", "--budget", "8", "--profile", "quick", "--store", store).Code);

        Assert.Equal(0, CliProcess.Run(60, "findings", store).Code);
        Assert.Equal(0, CliProcess.Run(60, "show", store, "1").Code);

        Assert.False(File.Exists(store + "-wal"), "a -wal file was left");
        Assert.False(File.Exists(store + "-shm"), "a -shm file was left");
    }

    [Fact]
    public void Opening_a_corrupt_store_leaves_no_wal_or_shm_file_beside_it()
    {
        string whole = Path.Combine(_dir.Path, "whole.db");
        Assert.Equal(0, CliProcess.Run(120, "hunt", "--theorems", "planted.rademacher-half-constant", "--budget", "8", "--profile", "quick", "--store", whole).Code);
        string truncated = Path.Combine(_dir.Path, "truncated.db");
        File.WriteAllBytes(truncated, File.ReadAllBytes(whole).Take(1500).ToArray()); // a valid SQLite header in WAL mode, then nothing

        foreach (string[] args in new[] { new[] { "findings", truncated }, ["show", truncated, "1"], ["hunt", "--budget", "4", "--store", truncated, "--resume"] })
        {
            var run = CliProcess.Run(60, args);
            Assert.True(run.Code == ExitCodes.StoreCorrupt, $"{string.Join(" ", args)}: exit {run.Code}: {run.Err}");
        }

        Assert.False(File.Exists(truncated + "-wal"), "a -wal file was left beside the corrupt store");
        Assert.False(File.Exists(truncated + "-shm"), "a -shm file was left beside the corrupt store");
    }
}
