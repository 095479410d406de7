namespace ResNetProofs.Studies;

/// <summary>How <see cref="LiuStudy"/> picks the radius r of the ball ‖a₀‖ ≤ r the initial readout is drawn from.</summary>
public enum LiuBallRadius
{
    /// <summary>r = <see cref="LiuStudyOptions.BallRadius"/>, the same for every teacher.</summary>
    Fixed,

    /// <summary>r = |1ᵀa*|/√k, per teacher (Liu et al. 2019's choice, as we read it).</summary>
    TeacherReadoutSum,
}
