
namespace ResNetProofs.Studies;

/// <summary>One line of the Safran–Shamir table: one student form and one (k, n).</summary>
/// <param name="Form">The student form.</param>
/// <param name="K">Teacher neurons k (= d).</param>
/// <param name="N">Student neurons n.</param>
/// <param name="Runs">Runs R.</param>
/// <param name="NonGlobal">Runs ending at a non-global minimum (converged, F ≥ threshold).</param>
/// <param name="Global">Runs ending at F below the threshold.</param>
/// <param name="Budget">Runs that hit the step budget.</param>
/// <param name="Diverged">Runs that diverged after every restart.</param>
/// <param name="Interval">Wilson 95% interval of NonGlobal/Runs.</param>
/// <param name="Families">Families of non-global end points.</param>
/// <param name="Certified">Families whose representative was certified a strict local minimum.</param>
/// <param name="Values">Objective values of the families, ascending.</param>
/// <param name="MeanSteps">Mean gradient steps per run.</param>
/// <param name="Restarts">Total restarts over the runs.</param>
public sealed record SafranShamirRow(SafranShamirStudent Form, int K, int N, int Runs, int NonGlobal, int Global, int Budget, int Diverged,
    RateInterval Interval, int Families, int Certified, IReadOnlyList<double> Values, double MeanSteps, int Restarts)
{
    /// <summary>NonGlobal/Runs (NaN without runs).</summary>
    public double Rate => Runs == 0 ? double.NaN : (double)NonGlobal / Runs;
}
