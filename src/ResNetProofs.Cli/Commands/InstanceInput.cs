using ResNetProofs.Cli.Reports;
using ResNetProofs.Numerics.Instances;

namespace ResNetProofs.Cli.Commands;

/// <summary>
/// The first step of every command that takes an instance file: read it (a malformed file is exit 3 with the file, JSON
/// path and problem) and evaluate R and ∇R at its θ (not finite is exit 4). Errors go to stderr as one "error: …" line.
/// </summary>
internal static class InstanceInput
{
    /// <summary>Reads and evaluates <paramref name="file"/>; on failure writes the error and returns the exit code, otherwise null.</summary>
    public static int? TryRead(string file, TextWriter stderr, out Instance instance, out InstanceEvaluation evaluation)
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
        evaluation = InstanceEvaluation.Evaluate(instance);
        if (!evaluation.IsFinite)
        {
            stderr.WriteLine($"error: {file}: the risk is not finite at θ (R = {ReportFormat.Number(evaluation.Risk)}, ‖∇R‖ = {ReportFormat.Number(evaluation.GradientNorm)})");
            return ExitCodes.NumericFailure;
        }
        return null;
    }
}
