namespace ResNetProofs.Generators;

/// <summary>How a parameter point θ is drawn (entries rounded to <see cref="ParameterPoints.Decimals"/> decimals, |θ_p| ≤ 4).</summary>
public enum ParameterPointKind
{
    /// <summary>θ_p ~ N(0, 1/fan-in) per block (fan-in = the block's columns; 1 for biases), clipped at 4 standard deviations.</summary>
    Gaussian,

    /// <summary>Gaussian, then the residual output blocks (V_l, V; for a one-hidden-layer network the output layer a) scaled by 1/100.</summary>
    NearIdentity,

    /// <summary>Gaussian, then a drawn non-empty subset of the residual output blocks set to 0 (V; a for one hidden layer).</summary>
    ZeroBlocks,

    /// <summary>Gaussian, then the readout w (a for one hidden layer) set to 0.</summary>
    ZeroReadout,
}
