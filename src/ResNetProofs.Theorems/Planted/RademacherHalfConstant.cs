using ResNetProofs.Theorems.Papers.Yun2019;

namespace ResNetProofs.Theorems.Planted;

/// <summary>
/// DELIBERATELY FALSE (planted; theorems.md): the Rademacher bound of Yun, Sra &amp; Jadbabaie 2019 with e² replaced by 0.5,
/// R̂_S(F_L) ≤ 0.5·max_i‖x_i‖/√n. Already the linear members give E‖(1/n)Σσ_i x_i‖, about √(1/n)·rms‖x‖ for spread-out points;
/// that expectation, enclosed exactly (n ≤ 20) or bounded below by Khintchine–Kahane, is the certificate of a refutation.
/// </summary>
public sealed class RademacherHalfConstant : RademacherBoundTheorem
{
    /// <summary>The entry with C = 0.5.</summary>
    public RademacherHalfConstant() : base(0.5, "0.5")
    {
    }

    /// <inheritdoc/>
    public override string Id => "planted.rademacher-half-constant";

    /// <inheritdoc/>
    public override string Source => "planted false statement (theorems.md): yun2019.rademacher with e² replaced by 0.5";

    /// <inheritdoc/>
    public override TheoremStatus Status => TheoremStatus.PlantedFalse;

    /// <inheritdoc/>
    public override string StatusNote => "deliberately false: the constant 0.5 is too small";

    /// <inheritdoc/>
    public override string Statement => "R̂_S(F_L) ≤ 0.5·max_i‖x_i‖/√n";
}
