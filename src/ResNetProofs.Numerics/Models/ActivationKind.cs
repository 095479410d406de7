namespace ResNetProofs.Numerics.Models;

/// <summary>Elementwise activation σ of a hidden layer.</summary>
public enum ActivationKind
{
    /// <summary>σ(a) = max(a, 0); σ′ = 1[a &gt; 0], σ″ = 0 away from the kink at a = 0.</summary>
    Relu,

    /// <summary>σ(a) = log(1 + eᵃ); σ′ = logistic(a), σ″ = σ′(1 − σ′).</summary>
    Softplus,

    /// <summary>σ(a) = tanh a; σ′ = 1 − tanh², σ″ = −2 tanh·(1 − tanh²).</summary>
    Tanh,

    /// <summary>σ(a) = a; σ′ = 1, σ″ = 0.</summary>
    Identity,
}
