using ResNetProofs.Cases;
using ResNetProofs.Theorems;

namespace ResNetProofs.Hunting.Session;

/// <summary>
/// Resolves <c>--theorems</c>: a comma-separated list of catalogue ids and selectors — <c>all</c> (every theorem with a
/// case source, instance or evidence: today every catalogue id; one without a source would be refused with a message saying so), <c>open</c> (open conjectures), <c>planted</c> (planted false statements), <c>proven</c> (exact, derived
/// and reconstructed statements). The result is distinct and ordered by id.
/// </summary>
public static class TheoremSelection
{
    /// <summary>The selectors understood besides ids.</summary>
    public static IReadOnlyList<string> Selectors { get; } = ["all", "open", "planted", "proven"];

    /// <summary>The theorem ids selected by <paramref name="text"/>.</summary>
    /// <exception cref="HuntException">An unknown id or an empty selection (<see cref="HuntError.UnknownTheorem"/>).</exception>
    public static IReadOnlyList<string> Resolve(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hunted = TheoremCatalog.All.Where(t => TheoremCases.Hunts(t.Id)).ToList();
        var chosen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string raw in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            IEnumerable<ITheorem> add = raw switch
            {
                "all" => hunted,
                "open" => hunted.Where(t => t.Status == TheoremStatus.OpenConjecture),
                "planted" => hunted.Where(t => t.Status == TheoremStatus.PlantedFalse),
                "proven" => hunted.Where(t => t.Status is TheoremStatus.Exact or TheoremStatus.Derived or TheoremStatus.Reconstructed),
                _ => hunted.Where(t => t.Id == raw).ToList() is { Count: > 0 } one ? one
                    : TheoremCatalog.TryGet(raw) is not null
                        ? throw new HuntException(HuntError.UnknownTheorem,
                            $"--theorems: '{raw}' is a catalogue theorem but has no hunt case source yet (register one in TheoremCases or EvidenceCases)")
                        : throw new HuntException(HuntError.UnknownTheorem,
                            $"--theorems: unknown theorem '{raw}'; give ids from 'resnetproofs theorems' or one of {string.Join(", ", Selectors)}"),
            };
            foreach (var t in add)
            {
                chosen.Add(t.Id);
            }
        }
        if (chosen.Count == 0)
        {
            throw new HuntException(HuntError.UnknownTheorem, $"--theorems '{text}' selects no theorem");
        }
        return [.. chosen];
    }
}
