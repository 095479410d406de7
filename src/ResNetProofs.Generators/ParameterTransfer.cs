using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Generators;

/// <summary>Moves θ between two layouts with the same block names, as used when a shrinker changes a shape.</summary>
public static class ParameterTransfer
{
    /// <summary>
    /// θ′ for <paramref name="to"/>: each block takes the top-left overlap of the same-named block of <paramref name="from"/>
    /// (entries outside it, and blocks absent from <paramref name="from"/>, are 0). Dropping the last input, block, unit or
    /// layer truncates exactly this way, because block names are stable.
    /// </summary>
    public static double[] Truncate(ParameterLayout from, ReadOnlySpan<double> theta, ParameterLayout to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (theta.Length != from.Count)
        {
            throw new ArgumentException($"theta has length {theta.Length} but the source layout has P = {from.Count}", nameof(theta));
        }
        var result = new double[to.Count];
        foreach (var block in to.Blocks)
        {
            if (!from.TryGet(block.Name, out var source) || source is null)
            {
                continue;
            }
            int rows = Math.Min(block.Rows, source.Rows), cols = Math.Min(block.Cols, source.Cols);
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < cols; c++)
                {
                    result[block.Offset + r * block.Cols + c] = theta[source.Offset + r * source.Cols + c];
                }
            }
        }
        return result;
    }
}
