namespace ResNetProofs.Numerics.Solvers;

/// <summary>One recorded iterate of a run: the step index, L, the angle ∠(w, w*) ∈ [0, π] (NaN at w = 0) and ‖a − a*‖₂ (raw a*).</summary>
/// <param name="Iteration">Steps taken so far.</param>
/// <param name="Loss">L at the iterate.</param>
/// <param name="Angle">∠(w, w*) in radians.</param>
/// <param name="ReadoutDistance">‖a − a*‖₂.</param>
public sealed record CnnTrajectoryPoint(int Iteration, double Loss, double Angle, double ReadoutDistance);
