
namespace ResNetProofs.Studies;

/// <summary>One gradient-descent run of the Safran–Shamir study.</summary>
/// <param name="Form">The student form.</param>
/// <param name="K">Teacher neurons k (= input dimension d).</param>
/// <param name="N">Student neurons n.</param>
/// <param name="Run">Run index (0-based); the start depends only on (seed, k, n, run), so both forms share it.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="Value">Final F (unscaled).</param>
/// <param name="Steps">Gradient steps over all restarts.</param>
/// <param name="Restarts">Restarts with a halved step.</param>
/// <param name="MaxBlockGradientNorm">Final max block norm of ∇(2πF).</param>
/// <param name="Family">Index of its family in <see cref="SafranShamirStudyResult.Families"/> (non-global runs only).</param>
public sealed record SafranShamirRun(SafranShamirStudent Form, int K, int N, int Run, SafranShamirOutcome Outcome, double Value, long Steps, int Restarts, double MaxBlockGradientNorm, int? Family);
