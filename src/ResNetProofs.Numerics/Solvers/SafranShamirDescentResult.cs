using ResNetProofs.Numerics.Solvers;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>The end of one <see cref="SafranShamirDescent"/> run.</summary>
/// <param name="Theta">The final parameters θ = (w_1, …, w_n[, u]).</param>
/// <param name="Value">F(θ) (unscaled: ½E(student − teacher)²).</param>
/// <param name="MaxBlockGradientNorm">max over blocks of ‖∇_block(scale·F)(θ)‖₂ at the end.</param>
/// <param name="Steps">Gradient steps taken, over all restarts.</param>
/// <param name="Restarts">Restarts with a halved step.</param>
/// <param name="FinalStep">The step η of the last attempt.</param>
/// <param name="StopReason">Why the run ended: Stationary (every block gradient norm of the scaled objective at the tolerance), IterationLimit (the step budget over all restarts ran out), or Diverged (the gradient norm passed the threshold after the last restart).</param>
public sealed record SafranShamirDescentResult(double[] Theta, double Value, double MaxBlockGradientNorm, long Steps, int Restarts, double FinalStep, ExitCondition StopReason);
