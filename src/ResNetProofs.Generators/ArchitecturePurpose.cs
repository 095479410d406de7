namespace ResNetProofs.Generators;

/// <summary>The constraint a generator aimed at; shrinkers keep it (<see cref="ArchitectureSpec.IsAdmissible"/>).</summary>
public enum ArchitecturePurpose
{
    /// <summary>No constraint beyond a valid shape.</summary>
    Any,

    /// <summary>Deep ResNet with Σ_{l≥2} m_l &lt; d, so parameter coverage holds.</summary>
    ParameterCoverage,

    /// <summary>Deep ResNet with L ≥ 2 and Σ_{l≥2} m_l ≥ d (parameter coverage may fail).</summary>
    NoParameterCoverage,

    /// <summary>Smooth activation (softplus or tanh).</summary>
    Smooth,
}
