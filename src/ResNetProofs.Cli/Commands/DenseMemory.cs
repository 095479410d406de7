using System.Globalization;
using ResNetProofs.Cli.Options;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Numerics.Spectra;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// The memory the dense curvature path of evaluate, refine and check holds at once, estimated from P and n before
/// anything of size P² is allocated, and the refusal (exit <see cref="ExitCodes.TooLarge"/>) when it exceeds --max-memory
/// or P exceeds the dense eigensolver's limit (<see cref="SymmetricSpectrum.DenseLimit"/>).
/// </summary>
internal static class DenseMemory
{
    /// <summary>
    /// Dense P×P double matrices alive at once while ∇²R is classified (read off <c>SymmetricSpectrum.Compute</c>): the
    /// Hessian, its transpose, the symmetrised copy, the eigensolver's work copy, its eigenvectors and the sorted eigenvectors.
    /// </summary>
    public const int ClassificationMatrices = 6;

    /// <summary>
    /// <c>check</c> also encloses ∇²R over a box for its certificate: two P×P interval matrices (16 bytes an entry, as much
    /// as 4 double matrices) beside the classification's, and an n×P interval prediction Jacobian.
    /// </summary>
    public const int CertificateMatrices = 4;

    /// <summary>Default of --max-memory: the memory available to this process (physical memory or the container limit), as the GC sees it.</summary>
    public static long DefaultLimit => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

    /// <summary>The --max-memory option shared by evaluate, refine and check; absent means <see cref="DefaultLimit"/> (<see cref="Limit"/>).</summary>
    public static ValidatedOption<long?> Option() => CliOptions.Memory("--max-memory",
        "Refuse instances whose dense P×P curvature matrices would need more memory than this, e.g. 4G (default: the memory available to the process).");

    /// <summary>The limit in bytes: <paramref name="given"/>, or <see cref="DefaultLimit"/> when --max-memory was not given.</summary>
    public static long Limit(long? given) => given ?? DefaultLimit;

    /// <summary>Estimated peak bytes: 8·P²·(6, or 10 with <paramref name="certifies"/>) + (16·n·P with <paramref name="certifies"/>).</summary>
    public static double Estimate(long parameters, long samples, bool certifies)
    {
        double p = parameters;
        double matrices = ClassificationMatrices + (certifies ? CertificateMatrices : 0);
        return (8 * p * p * matrices) + (certifies ? 16 * (double)samples * p : 0);
    }

    /// <summary>Null when <paramref name="instance"/> fits; otherwise writes the one-line refusal and returns <see cref="ExitCodes.TooLarge"/>.</summary>
    public static int? Refuse(string file, Instance instance, bool certifies, long maxBytes, TextWriter stderr)
    {
        int p = instance.Parameters.Length;
        double bytes = Estimate(p, instance.Data.Count, certifies);
        string count = p.ToString("N0", CultureInfo.InvariantCulture);
        if (bytes > maxBytes)
        {
            stderr.WriteLine($"error: {file}: P = {count} parameters: the dense curvature path needs about {ByteSize.Format(bytes)} "
                + $"({ClassificationMatrices + (certifies ? CertificateMatrices : 0)} P×P matrices{(certifies ? " and the n×P Jacobian" : "")}), above --max-memory {ByteSize.Format(maxBytes)}; raise --max-memory if the machine has it");
            return ExitCodes.TooLarge;
        }
        if (p > SymmetricSpectrum.DenseLimit)
        {
            stderr.WriteLine($"error: {file}: P = {count} parameters exceeds the dense eigensolver's limit of {SymmetricSpectrum.DenseLimit.ToString("N0", CultureInfo.InvariantCulture)} (λ_min and the inertia need a dense eigendecomposition of ∇²R)");
            return ExitCodes.TooLarge;
        }
        return null;
    }
}
