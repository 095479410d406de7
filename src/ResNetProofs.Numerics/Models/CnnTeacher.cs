namespace ResNetProofs.Numerics.Models;

/// <summary>
/// A teacher (w*, a*) of a <see cref="CnnArchitecture"/>: labels y = f(Z; w*, a*) on standard Gaussian Z. Requires w* ≠ 0
/// (the arc-cosine angle to w* must be defined) and every entry finite.
/// </summary>
public sealed record CnnTeacher
{
    /// <summary>A teacher; w* has length p, a* length k.</summary>
    /// <exception cref="ArgumentException">A length differs from the architecture's, an entry is NaN/∞ (named by index), or w* = 0.</exception>
    public CnnTeacher(CnnArchitecture architecture, IReadOnlyList<double> filter, IReadOnlyList<double> readout)
    {
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(readout);
        if (filter.Count != architecture.PatchDimension)
        {
            throw new ArgumentException($"w* has {filter.Count} entries but p = {architecture.PatchDimension}", nameof(filter));
        }
        if (readout.Count != architecture.Patches)
        {
            throw new ArgumentException($"a* has {readout.Count} entries but k = {architecture.Patches}", nameof(readout));
        }
        for (int i = 0; i < filter.Count; i++)
        {
            if (!double.IsFinite(filter[i]))
            {
                throw new ArgumentException($"w*[{i}] is {filter[i]}: entries must be finite", nameof(filter));
            }
        }
        for (int j = 0; j < readout.Count; j++)
        {
            if (!double.IsFinite(readout[j]))
            {
                throw new ArgumentException($"a*[{j}] is {readout[j]}: entries must be finite", nameof(readout));
            }
        }
        if (filter.All(x => x == 0))
        {
            throw new ArgumentException("w* = 0: the teacher's filter must be nonzero", nameof(filter));
        }
        Architecture = architecture;
        Filter = filter.ToArray();
        Readout = readout.ToArray();
    }

    /// <summary>The architecture shared by teacher and student.</summary>
    public CnnArchitecture Architecture { get; }

    /// <summary>w* ∈ R^p.</summary>
    public IReadOnlyList<double> Filter { get; }

    /// <summary>a* ∈ R^k.</summary>
    public IReadOnlyList<double> Readout { get; }

    /// <summary>‖w*‖₂.</summary>
    public double FilterNorm => Math.Sqrt(Filter.Sum(x => x * x));

    /// <summary>‖a*‖₂.</summary>
    public double ReadoutNorm => Math.Sqrt(Readout.Sum(x => x * x));

    /// <summary>θ* = (w*, a*), a global minimiser (L = 0) of the population loss.</summary>
    public double[] Parameters => [.. Filter, .. Readout];

    /// <summary>
    /// For the plain CNN only: the equivalent teacher (w*/‖w*‖, ‖w*‖·a*), which gives the same labels since relu is positively
    /// homogeneous; with it ‖w*‖ = 1, as Du et al. 2018 assume.
    /// </summary>
    /// <exception cref="InvalidOperationException">The architecture has a shortcut (the rescaling would change the labels).</exception>
    public CnnTeacher UnitFilter()
    {
        if (Architecture.Shortcut != ShortcutForm.None)
        {
            throw new InvalidOperationException($"only the plain CNN may be rescaled to ‖w*‖ = 1; this teacher has the {Architecture.Shortcut} shortcut");
        }
        double norm = FilterNorm;
        return new CnnTeacher(Architecture, Filter.Select(x => x / norm).ToArray(), Readout.Select(x => x * norm).ToArray());
    }

    /// <summary>The same (w*, a*) on another architecture (e.g. the plain CNN's teacher for the shortcut model).</summary>
    public CnnTeacher On(CnnArchitecture architecture) => new(architecture, Filter, Readout);
}
