using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Solvers;


namespace ResNetProofs.Studies;

/// <summary>Settings of <see cref="LiuStudy"/>; the defaults finish in seconds on one core (each run is O((p + k)·steps)).</summary>
public sealed record LiuStudyOptions
{
    /// <summary>The most teachers a study takes (documented limit; 10000 teachers × 10 inits is about 1.5·10⁹ gradient steps at most).</summary>
    public const int MaxTeachers = 10_000;

    /// <summary>The most initialisations per teacher a study takes.</summary>
    public const int MaxInits = 10_000;

    /// <summary>Number of random teachers (w* uniform on the sphere, a* ~ N(0, I_k)), ≥ 1. Default 20.</summary>
    public int Teachers { get; init; } = 20;

    /// <summary>Number of initialisations per teacher and configuration, ≥ 1. Default 10.</summary>
    public int Inits { get; init; } = 10;

    /// <summary>Seed of teachers and starts. Default 1.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>p, the patch dimension, ≥ 1. Default 8.</summary>
    public int PatchDimension { get; init; } = 8;

    /// <summary>k, the number of patches, ≥ 1. Default 8.</summary>
    public int Patches { get; init; } = 8;

    /// <summary>The most teacher draws rejected for one accepted teacher before the study gives up on the teacher condition.</summary>
    public const int MaxTeacherDraws = 100_000;

    /// <summary>The largest |shortcut weight| and ball radius accepted.</summary>
    public const double MaxMagnitude = 1e6;

    /// <summary>Radius of the ball the initial a is drawn from (uniformly) when <see cref="RadiusRule"/> is Fixed, finite and ≥ 0. Default 1.</summary>
    public double BallRadius { get; init; } = 1.0;

    /// <summary>Fixed radius (default) or r = |1ᵀa*|/√k per teacher.</summary>
    public LiuBallRadius RadiusRule { get; init; } = LiuBallRadius.Fixed;

    /// <summary>The shortcut form of the shortcut configuration. Default the reconstructed average-pooled pre-activations.</summary>
    public ShortcutForm Shortcut { get; init; } = ShortcutForm.AveragePooledPreActivation;

    /// <summary>The shortcut weight c (γ or β of the form), or null for the averaging weight 1/k (default).</summary>
    public double? ShortcutWeight { get; init; }

    /// <summary>
    /// When true the shortcut run is weight-normalised (w = v/‖v‖); w = 0 is then not a start, so it starts from the plain runs' random
    /// unit filter and the same a₀. Default false (plain descent from w = 0).
    /// </summary>
    public bool NormalizeShortcut { get; init; }

    /// <summary>The teacher distribution: a* ~ N(0, I_k) conditioned by rejection (default none).</summary>
    public LiuTeacherCondition TeacherCondition { get; init; } = LiuTeacherCondition.Any;

    /// <summary>Resamples of the teacher-clustered bootstrap (default 2000), seeded by <see cref="Seed"/>.</summary>
    public int BootstrapResamples { get; init; } = TeacherClusteredBootstrap.DefaultResamples;

    /// <summary>Descent settings shared by every run (the normalisation is set per configuration).</summary>
    public CnnGradientDescentOptions Descent { get; init; } = CnnGradientDescentOptions.Default with { MaxIterations = 50_000, RecordEvery = 1000 };

    /// <summary>Gradient-descent runs the study makes: teachers × inits × 3 configurations.</summary>
    public long Descents => (long)Teachers * Inits * 3;

    /// <summary>An upper bound on the gradient steps: <see cref="Descents"/> × the step budget of each run.</summary>
    public long MaxGradientSteps => Descents * Descent.MaxIterations;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first setting out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Teachers, 1, nameof(Teachers));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Teachers, MaxTeachers, nameof(Teachers));
        ArgumentOutOfRangeException.ThrowIfLessThan(Inits, 1, nameof(Inits));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Inits, MaxInits, nameof(Inits));
        ArgumentOutOfRangeException.ThrowIfLessThan(PatchDimension, 1, nameof(PatchDimension));
        ArgumentOutOfRangeException.ThrowIfLessThan(Patches, 1, nameof(Patches));
        if (!(BallRadius >= 0) || !(BallRadius <= MaxMagnitude))
        {
            throw new ArgumentOutOfRangeException(nameof(BallRadius), BallRadius, $"the ball radius must lie in [0, {MaxMagnitude}]");
        }
        if (!Enum.IsDefined(RadiusRule) || !Enum.IsDefined(Shortcut))
        {
            throw new ArgumentOutOfRangeException(nameof(RadiusRule), "unknown radius rule or shortcut form");
        }
        if (ShortcutWeight is { } c && !(Math.Abs(c) <= MaxMagnitude))
        {
            throw new ArgumentOutOfRangeException(nameof(ShortcutWeight), c, $"the shortcut weight must be finite with |c| ≤ {MaxMagnitude}");
        }
        ArgumentNullException.ThrowIfNull(TeacherCondition);
        if (TeacherCondition.FirstStepTowardsTeacher && Shortcut != ShortcutForm.AveragePooledPreActivation)
        {
            throw new ArgumentOutOfRangeException(nameof(TeacherCondition), $"the teacher condition 'escapes' (g₀ > 0) holds for no teacher of the {Shortcut} form (γ = 0, so g₀ = 0)");
        }
        if (TeacherCondition is { Above: { } l, AtMost: { } h } && !(l < h))
        {
            throw new ArgumentOutOfRangeException(nameof(TeacherCondition), $"the teacher condition {TeacherCondition} is empty");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(BootstrapResamples, 1, nameof(BootstrapResamples));
        Descent.Validate();
    }
}
