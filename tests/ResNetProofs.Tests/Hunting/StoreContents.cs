using System.Globalization;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Tests.Hunting;

/// <summary>What two hunts must agree on, read from a store: findings (without ids and timestamps), cases, and statistics (without seconds).</summary>
public static class StoreContents
{
    public static List<string> Findings(string path)
    {
        using var store = HuntStore.Open(path, readOnly: true);
        return store.Findings()
            .Select(f => string.Join("|", f.TheoremId, f.Seed, f.CaseIndex, f.Phase, f.Verdict, f.Margin.ToString("R", CultureInfo.InvariantCulture),
                f.InstanceJson, f.StartJson, f.ShrunkInstanceJson ?? "-", f.ShrunkSize ?? "-"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static List<string> Cases(string path)
    {
        using var store = HuntStore.Open(path, readOnly: true);
        return store.Cases().Select(c => FormattableString.Invariant($"{c.Index}|{c.TheoremId}|{c.Phase}|{c.Verdict}|{c.Margin:R}|{c.Score:R}|{c.RefinementFailed}")).ToList();
    }

    public static List<string> Statistics(string path)
    {
        using var store = HuntStore.Open(path, readOnly: true);
        return store.Statistics().Select(s => FormattableString.Invariant(
            $"{s.TheoremId}|{s.Cases}|{s.Confirmed}|{s.Vacuous}|{s.Counterexamples}|{s.Inconclusive}|{s.Inapplicable}|{s.Errors}|{s.RefinementFailures}|{s.Climbs}|{s.BestScore:R}|{s.BestCaseIndex}|{s.FirstCounterexampleCase}|{s.FirstCounterexampleIndex}")).ToList();
    }
}
