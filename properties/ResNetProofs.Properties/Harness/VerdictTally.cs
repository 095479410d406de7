using System.Globalization;
using ResNetProofs.Generators;
using ResNetProofs.Cases;
using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// Counts the verdicts of the cases FsCheck generated (filled by the property's closure): per kind, the refinements that
/// did not converge, and the Confirmed share that the property asserts.
/// </summary>
internal sealed class VerdictTally
{
    private readonly Dictionary<VerdictKind, int> _byKind = Enum.GetValues<VerdictKind>().ToDictionary(k => k, _ => 0);
    private readonly Dictionary<string, int> _byReason = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byStop = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _example = new(StringComparer.Ordinal);

    /// <summary>Cases judged.</summary>
    public int Cases { get; private set; }

    /// <summary>Cases whose refinement stopped other than Converged (judged Inconclusive by the gate, never hidden).</summary>
    public int RefinementFailures { get; private set; }

    /// <summary>The number of cases with this verdict.</summary>
    public int this[VerdictKind kind] => _byKind[kind];

    /// <summary>Confirmed / cases (0 when no case ran).</summary>
    public double ConfirmedShare => Cases == 0 ? 0 : (double)this[VerdictKind.Confirmed] / Cases;

    /// <summary>Records one judged case.</summary>
    public void Add(TheoremCase value, Verdict verdict)
    {
        Add(value.Descriptor, verdict);
        if (value.Refinement is { } refinement)
        {
            string stop = refinement.StopReason.ToString();
            _byStop[stop] = _byStop.GetValueOrDefault(stop) + 1;
        }
        if (!value.RefinementConverged)
        {
            RefinementFailures++;
        }
    }

    /// <summary>Records one judged case that has no refinement (a theorem judged on its own evidence type).</summary>
    public void Add(Descriptor descriptor, Verdict verdict)
    {
        Cases++;
        _byKind[verdict.Kind]++;
        string reason = $"{verdict.Kind}/{verdict.Reason}";
        _byReason[reason] = _byReason.GetValueOrDefault(reason) + 1;
        _example.TryAdd(reason, $"{verdict.Explanation} ← {descriptor}");
    }

    /// <summary>"40 cases: Confirmed 62.5%, Vacuous 10%, …; refinement failed 3 (7.5%); reasons …".</summary>
    public string Describe()
    {
        string shares = string.Join(", ", Enum.GetValues<VerdictKind>().Select(k => $"{k} {this[k]} ({Percent(this[k])})"));
        string reasons = string.Join(", ", _byReason.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        string stops = _byStop.Count == 0 ? "" : "; refinement stops: " + string.Join(", ", _byStop.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"));
        return $"{Cases} cases: {shares}; refinement failed {RefinementFailures} ({Percent(RefinementFailures)}); by reason: {reasons}{stops}";
    }

    /// <summary>The first case of each verdict/reason, explained (what the undecided cases look like).</summary>
    public IEnumerable<string> Examples() => _example.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"first {p.Key}: {p.Value}");

    /// <summary>count/cases as a percentage with one decimal.</summary>
    public string Percent(int count) => Cases == 0 ? "n/a" : (100.0 * count / Cases).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
