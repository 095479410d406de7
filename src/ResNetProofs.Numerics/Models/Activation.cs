using ResNetProofs.Numerics.Precision;

namespace ResNetProofs.Numerics.Models;

/// <summary>Values and the first two derivatives of each <see cref="ActivationKind"/>, and their stable names.</summary>
public static class Activation
{
    /// <summary>The names used in instance files, in <see cref="ActivationKind"/> order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["relu", "softplus", "tanh", "identity"];

    /// <summary>The stable name of an activation ("relu", "softplus", "tanh", "identity").</summary>
    public static string Name(ActivationKind kind) => Names[(int)kind];

    /// <summary>Parses a stable name; returns false for an unknown name.</summary>
    public static bool TryParse(string name, out ActivationKind kind)
    {
        int index = Names.ToList().IndexOf(name);
        kind = index < 0 ? default : (ActivationKind)index;
        return index >= 0;
    }

    /// <summary>σ(a).</summary>
    public static double Value(ActivationKind kind, double a) => kind switch
    {
        ActivationKind.Relu => a > 0 ? a : 0,
        ActivationKind.Softplus => a > 0 ? a + AccurateMath.Log1p(Math.Exp(-a)) : AccurateMath.Log1p(Math.Exp(a)),
        ActivationKind.Tanh => Math.Tanh(a),
        _ => a,
    };

    /// <summary>σ′(a); for ReLU the one-sided value 1[a &gt; 0] (the kink itself is reported separately).</summary>
    public static double First(ActivationKind kind, double a) => kind switch
    {
        ActivationKind.Relu => a > 0 ? 1 : 0,
        ActivationKind.Softplus => Logistic(a),
        ActivationKind.Tanh => AccurateMath.SechSquared(a),
        _ => 1,
    };

    /// <summary>σ″(a); 0 for ReLU away from the kink and for the identity.</summary>
    public static double Second(ActivationKind kind, double a)
    {
        switch (kind)
        {
            case ActivationKind.Softplus:
                return AccurateMath.LogisticCurvature(a);
            case ActivationKind.Tanh:
                return -2 * Math.Tanh(a) * AccurateMath.SechSquared(a);
            default:
                return 0;
        }
    }

    /// <summary>True when σ″ can be nonzero, i.e. the curvature terms of this activation must be computed.</summary>
    public static bool HasCurvature(ActivationKind kind) => kind is ActivationKind.Softplus or ActivationKind.Tanh;

    private static double Logistic(double a) => a >= 0 ? 1 / (1 + Math.Exp(-a)) : Math.Exp(a) / (1 + Math.Exp(a));
}
