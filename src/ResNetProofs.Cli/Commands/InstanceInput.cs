using ResNetProofs.Cli.Reports;
using ResNetProofs.InstanceFiles;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// The first step of every command that takes an instance file: read it (a malformed file is exit 3 with the file, JSON
/// path and problem), refuse it when its dense curvature path would not fit in memory (exit 12, <see cref="DenseMemory"/>),
/// and evaluate R and ∇R at its θ (not finite is exit 4). Errors go to stderr as one "error: …" line.
/// </summary>
internal static class InstanceInput
{
    /// <summary>
    /// Reads, sizes and evaluates <paramref name="file"/>; on failure writes the error and returns the exit code, otherwise
    /// null. <paramref name="certifies"/>: the command also encloses ∇²R for a certificate (check).
    /// </summary>
    public static int? TryRead(string file, long maxMemory, bool certifies, TextWriter stderr, out Instance instance, out InstanceEvaluation evaluation)
    {
        instance = null!;
        evaluation = null!;
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
        evaluation = InstanceEvaluation.Evaluate(instance);
        if (!evaluation.IsFinite)
        {
            stderr.WriteLine($"error: {file}: the risk is not finite at θ (R = {ReportFormat.Number(evaluation.Risk)}, ‖∇R‖ = {ReportFormat.Number(evaluation.GradientNorm)})");
            return ExitCodes.NumericFailure;
        }
        return null;
    }
}
