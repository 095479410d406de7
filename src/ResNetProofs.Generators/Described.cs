namespace ResNetProofs.Generators;

/// <summary>A generated value with the <see cref="Generators.Descriptor"/> of the generator that drew it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">The drawn value.</param>
/// <param name="Descriptor">Generator name, parameters and size.</param>
public sealed record Described<T>(T Value, Descriptor Descriptor)
{
    /// <summary>"value ← descriptor".</summary>
    public override string ToString() => $"{Value} ← {Descriptor}";
}
