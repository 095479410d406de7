using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Studies;

/// <summary>One run of the study: which teacher, start and configuration, and how it ended.</summary>
/// <param name="Configuration">The configuration label.</param>
/// <param name="Teacher">Teacher index (0-based).</param>
/// <param name="Init">Initialisation index (0-based).</param>
/// <param name="TeacherReadoutSum">1ᵀa* of the teacher.</param>
/// <param name="Outcome">Global optimum, spurious point or neither.</param>
/// <param name="StopReason">Why the run stopped.</param>
/// <param name="Iterations">Steps taken.</param>
/// <param name="IterationsToTolerance">Steps to L ≤ ε·½E y², or null.</param>
/// <param name="Loss">Final L.</param>
/// <param name="Angle">Final ∠(w, w*).</param>
/// <param name="CertifiedTrapped">Weight-normalised plain runs: the trap certificate's margins are all positive with L(θ_sp) above ε.</param>
/// <param name="FirstStepCoefficient">g₀ = γ(kγ + 1ᵀ(a* + β1)/2) of the shortcut teacher: descent from w = 0 first steps by η·g₀·w*.</param>
/// <param name="BallRadius">The radius r of the ball a₀ was drawn from.</param>
public sealed record LiuStudyRun(string Configuration, int Teacher, int Init, double TeacherReadoutSum, CnnRunOutcome Outcome, ExitCondition StopReason,
    int Iterations, int? IterationsToTolerance, double Loss, double Angle, bool CertifiedTrapped, double FirstStepCoefficient = double.NaN, double BallRadius = double.NaN);
