namespace ResNetProofs.Theorems;

/// <summary>
/// Every theorem of the library, by id: each public non-abstract <see cref="ITheorem"/> in this assembly, ordered by id
/// (a new theorem file joins the catalogue by existing).
/// </summary>
public static class TheoremCatalog
{
    private static readonly Lazy<IReadOnlyList<ITheorem>> AllTheorems = new(() => typeof(ITheorem).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(ITheorem).IsAssignableFrom(t))
        .Select(t => (ITheorem)Activator.CreateInstance(t)!)
        .OrderBy(t => t.Id, StringComparer.Ordinal)
        .ToArray());

    /// <summary>All theorems, ordered by id.</summary>
    public static IReadOnlyList<ITheorem> All => AllTheorems.Value;

    /// <summary>The theorem with this id, or null.</summary>
    public static ITheorem? TryGet(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The theorem with this id when it is judged on <typeparamref name="TEvidence"/>; null when there is none or it takes other evidence.</summary>
    public static ITheorem<TEvidence>? TryGet<TEvidence>(string id) => TryGet(id) as ITheorem<TEvidence>;
}
