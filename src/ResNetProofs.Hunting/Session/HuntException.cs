namespace ResNetProofs.Hunting.Session;

/// <summary>A hunt input problem (<see cref="HuntError"/>) with a one-line message naming the problem and the place.</summary>
public sealed class HuntException : Exception
{
    /// <summary>An exception of kind <paramref name="error"/> with a one-line <paramref name="message"/>.</summary>
    public HuntException(HuntError error, string message)
        : base(message) => Error = error;

    /// <summary>An exception of kind <paramref name="error"/> wrapping <paramref name="inner"/>.</summary>
    public HuntException(HuntError error, string message, Exception inner)
        : base(message, inner) => Error = error;

    /// <summary>What is wrong.</summary>
    public HuntError Error { get; }
}
