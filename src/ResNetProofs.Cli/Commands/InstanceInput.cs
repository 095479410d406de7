using ResNetProofs.Cli.Reports;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;
using ResNetProofs.Theorems.Evidence;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// The first step of every command that takes an instance file: read it (a malformed file is exit 3 with the file, JSON
/// path and problem), refuse it when its dense curvature path would not fit in memory (exit 12, <see cref="DenseMemory"/>),
/// and build its <see cref="PointEvidence"/> at θ, whose R and ∇R (evaluated here, then cached) must be finite (else exit 4).
/// Errors go to stderr as one "error: …" line.
/// </summary>
internal static class InstanceInput
{
    /// <summary>
    /// Reads and sizes <paramref name="file"/> and builds its evidence at θ as given; on failure writes the error and returns the
    /// exit code, otherwise null. <paramref name="certifies"/>: the command also encloses ∇²R for a certificate (check).
    /// </summary>
    public static int? TryRead(string file, long maxMemory, bool certifies, TextWriter stderr, out PointEvidence evidence)
    {
        evidence = null!;
        Instance instance;
        try
        {
            instance = InstanceReader.Read(file);
        }
        catch (InstanceFormatException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.BadInput;
        }
        if (DenseMemory.Refuse(file, instance, certifies, maxMemory, stderr) is { } tooLarge)
        {
            return tooLarge;
        }
        evidence = PointEvidence.Build(instance);
        if (!double.IsFinite(evidence.Value) || !double.IsFinite(evidence.GradientNorm))
        {
            stderr.WriteLine($"error: {file}: the risk is not finite at θ (R = {ReportFormat.Number(evidence.Value)}, ‖∇R‖ = {ReportFormat.Number(evidence.GradientNorm)})");
            return ExitCodes.NumericFailure;
        }
        return null;
    }
}
