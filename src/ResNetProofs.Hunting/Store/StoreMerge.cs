using System.Globalization;
using ResNetProofs.Hunting.Session;

namespace ResNetProofs.Hunting.Store;

/// <summary>
/// Combines shard stores of one hunt (same seed, theorems, profile, targeting and shard count) into a new store: the union
/// of findings (unique on theorem, seed, case index, phase), of cases, of progress rows, the best Inconclusive cases, and
/// statistics recomputed from the merged case table. The output must not exist; the inputs are only read.
/// </summary>
public static class StoreMerge
{
    /// <summary>Merges <paramref name="inputs"/> into a new store at <paramref name="output"/>; returns the merged session.</summary>
    /// <exception cref="HuntException">An input is missing, corrupt or of another version, the inputs belong to different hunts (<see cref="HuntError.StoreConflict"/>), or the output exists or cannot be written.</exception>
    public static SessionRecord Merge(string output, IReadOnlyList<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            throw new HuntException(HuntError.InvalidSetting, "merge needs at least one input store");
        }
        if (Directory.Exists(output) || !HuntStore.IsAbsent(output))
        {
            throw new HuntException(HuntError.StoreConflict,
                $"merge output '{output}' already exists; merge always writes a new store: give a new OUT path, or move '{output}' away first");
        }
        var stores = new List<HuntStore>();
        try
        {
            foreach (string input in inputs)
            {
                stores.Add(HuntStore.Open(input, readOnly: true));
            }
            var sessions = stores.Select(s => s.Session()).ToList();
            var first = sessions[0];
            for (int i = 1; i < sessions.Count; i++)
            {
                var s = sessions[i];
                if (s.Seed != first.Seed || !s.Theorems.SequenceEqual(first.Theorems) || s.Profile != first.Profile || s.Targeting != first.Targeting || s.Shard.Count != first.Shard.Count)
                {
                    throw new HuntException(HuntError.StoreConflict,
                        $"store '{inputs[i]}' is from another hunt than '{inputs[0]}' (seed, theorems, profile, targeting or shard count differ); merge only shards of one hunt");
                }
            }
            string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            var merged = new SessionRecord(first.Seed, first.Theorems, first.Profile, new ShardSpec(0, first.Shard.Count), first.Targeting, 0, true, 0, now, now);
            using var target = HuntStore.Create(output, merged);
            int top = HuntProfile.Named(first.Profile).TopInconclusive;
            foreach (var store in stores)
            {
                target.Absorb(store, top);
            }
            return target.Session();
        }
        finally
        {
            foreach (var s in stores)
            {
                s.Dispose();
            }
        }
    }
}
