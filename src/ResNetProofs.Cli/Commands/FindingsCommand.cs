using System.CommandLine;
using System.Globalization;
using ResNetProofs.Cli.Hunting;
using ResNetProofs.Hunting.Store;

namespace ResNetProofs.Cli.Commands;

/// <summary><c>resnetproofs findings STORE</c>: one line per finding (id, theorem, case, phase, verdict, margin, size, shrunk size), then the per-theorem counts.</summary>
public static class FindingsCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var store = StoreArguments.Store();
        var command = new Command("findings", "List the findings of a hunt store.");
        command.Arguments.Add(store);
        command.SetAction(parse => Execute(parse.GetRequiredValue(store), parse.InvocationConfiguration.Output));
        return command;
    }

    /// <summary>Prints the list; returns the exit code.</summary>
    public static int Execute(string path, TextWriter stdout)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        using var store = HuntStore.Open(path, readOnly: true);
        var findings = store.Findings();
        var inv = CultureInfo.InvariantCulture;
        stdout.WriteLine($"{findings.Count.ToString(inv)} findings in {path}");
        foreach (var f in findings)
        {
            stdout.WriteLine(string.Create(inv, $"{f.StableId}  {f.TheoremId}  case {f.CaseIndex} ({f.Phase})  {f.Verdict}  margin {f.Margin:G6}  {f.Size}{(f.ShrunkSize is null ? "" : "  shrunk to " + f.ShrunkSize)}"));
        }
        foreach (var s in store.Statistics())
        {
            int kept = findings.Count(f => f.TheoremId == s.TheoremId);
            stdout.WriteLine(string.Create(inv, $"  {s.TheoremId}: {s.Cases} cases, {s.Counterexamples} counterexamples ({kept} with a full record), {s.Inconclusive} inconclusive, best score {(s.BestScore is { } b ? b.ToString("G4", inv) : "–")}"));
        }
        return ExitCodes.Success;
    }
}
