using ResNetProofs.Numerics.Models;


namespace ResNetProofs.Studies;

/// <summary>
/// The students of the Safran–Shamir study: the paper's plain sum of ReLUs, the same with a trained linear skip from input to
/// output, and (our design) the same with an identity shortcut inside the hidden layer.
/// </summary>
public enum SafranShamirStudent
{
    /// <summary>The paper's student x ↦ Σ_{i=1..n} relu(w_iᵀx), from w_i ~ N(0, I/d).</summary>
    Plain,

    /// <summary>x ↦ Σ_i relu(w_iᵀx) + uᵀx with u ∈ R^d trained (from u = 0), w_i ~ N(0, I/d): a shortcut from input to output.</summary>
    LinearSkip,

    /// <summary>
    /// Our design (derived reduction, see <see cref="SafranShamirStarts.IdentityShortcut"/>): a residual hidden layer
    /// x ↦ Σ_i relu(((E + Δ)x)_i), E = [I_d; 0] (n × d), trained in Δ from Δ ~ N(0, I/d) rows, against a teacher whose
    /// orthonormal rows are a Haar-random frame. By the rotation invariance of N(0, I_d) this is exactly the plain student on
    /// the teacher e_j started at w_i = q_i + δ_i (q_i the rows of a Haar-random orthogonal Q; q_{d+1} = 0 when n = d + 1).
    /// </summary>
    IdentityShortcut,
}

/// <summary>What each student means for the objective: its closed form, its label.</summary>
public static class SafranShamirStudents
{
    /// <summary>The objective's form: the identity shortcut reparametrises the plain student (same functions, same F), so it is <see cref="StudentForm.Plain"/>.</summary>
    public static StudentForm ObjectiveForm(this SafranShamirStudent student) =>
        student == SafranShamirStudent.LinearSkip ? StudentForm.LinearSkip : StudentForm.Plain;

    /// <summary>The label in tables and plots.</summary>
    public static string Label(this SafranShamirStudent student) => student switch
    {
        SafranShamirStudent.Plain => "plain Σ relu(wᵢᵀx)",
        SafranShamirStudent.LinearSkip => "skip Σ relu(wᵢᵀx) + uᵀx",
        _ => "residual Σ relu(((E + Δ)x)ᵢ)",
    };
}
