using ResNetProofs.Numerics.Convolutional;

namespace ResNetProofs.Hunting.Studies;

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

    /// <summary>Radius of the ball the initial a is drawn from (uniformly). Default 1.</summary>
    public double BallRadius { get; init; } = 1.0;

    /// <summary>The shortcut form of the shortcut configuration. Default the reconstructed average-pooled pre-activations.</summary>
    public ShortcutForm Shortcut { get; init; } = ShortcutForm.AveragePooledPreActivation;

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
        if (!(BallRadius >= 0) || !double.IsFinite(BallRadius))
        {
            throw new ArgumentOutOfRangeException(nameof(BallRadius), BallRadius, "the ball radius must be finite and ≥ 0");
        }
        Descent.Validate();
    }
}
