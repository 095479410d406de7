namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// Settings of <see cref="RademacherAscent"/>. Any width, depth, step or count gives a valid lower bound (every evaluated point
/// is a member of the class); larger budgets only make it tighter. Validated on entry (an invalid value throws
/// <see cref="ArgumentOutOfRangeException"/> naming the option).
/// </summary>
public sealed record RademacherAscentOptions
{
    /// <summary>The defaults below.</summary>
    public static RademacherAscentOptions Default { get; } = new();

    /// <summary>L, the number of residual blocks of F_L, ≥ 1. Default 2.</summary>
    public int Depth { get; init; } = 2;

    /// <summary>m, the hidden width of every block, ≥ 1. Default 4 (the class allows any width; this is the slice searched).</summary>
    public int Width { get; init; } = 4;

    /// <summary>K, the number of sign vectors σ drawn, ≥ 1. Default 100: Hoeffding's term is then B·√(ln(1/α)/200) ≈ 0.19·B at α = 1e−3.</summary>
    public int SignVectors { get; init; } = 100;

    /// <summary>Ascent runs per sign vector, ≥ 1 (the first from w ∥ (1/n)Σσ_i x_i, the rest from random members). Default 3.</summary>
    public int Restarts { get; init; } = 3;

    /// <summary>Projected-gradient steps per run, ≥ 0. Default 50.</summary>
    public int Steps { get; init; } = 50;

    /// <summary>First step length, in units of 1/((1/n)Σ‖x_i‖) (the gradient's scale); finite and &gt; 0. Default 0.5.</summary>
    public double InitialStep { get; init; } = 0.5;

    /// <summary>Seed of the System.Random that draws σ and the starts. Default 2019.</summary>
    public int Seed { get; init; } = 2019;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> for the first option out of range.</summary>
    public void Validate()
    {
        Require(Depth >= 1, nameof(Depth), Depth, "must be ≥ 1");
        Require(Width >= 1, nameof(Width), Width, "must be ≥ 1");
        Require(SignVectors >= 1, nameof(SignVectors), SignVectors, "must be ≥ 1");
        Require(Restarts >= 1, nameof(Restarts), Restarts, "must be ≥ 1");
        Require(Steps >= 0, nameof(Steps), Steps, "must be ≥ 0");
        Require(double.IsFinite(InitialStep) && InitialStep > 0, nameof(InitialStep), InitialStep, "must be finite and > 0");
    }

    private static void Require(bool ok, string name, object value, string rule)
    {
        if (!ok)
        {
            throw new ArgumentOutOfRangeException("options", value, $"options.{name} is {value}: it {rule}");
        }
    }
}
