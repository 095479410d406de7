namespace ResNetProofs.Numerics.Models;

/// <summary>The named blocks that partition a flat parameter vector θ ∈ R^P, in order, without gaps.</summary>
public sealed class ParameterLayout
{
    private readonly List<ParameterBlock> _blocks = [];
    private readonly Dictionary<string, ParameterBlock> _byName = new(StringComparer.Ordinal);

    /// <summary>P, the total number of parameters.</summary>
    public int Count { get; private set; }

    /// <summary>The blocks in storage order.</summary>
    public IReadOnlyList<ParameterBlock> Blocks => _blocks;

    /// <summary>Appends a Rows×Cols block named <paramref name="name"/> and returns it.</summary>
    public ParameterBlock Add(string name, int rows, int cols)
    {
        if (rows < 1 || cols < 1)
        {
            throw new ArgumentException($"parameter block '{name}' has shape {rows}×{cols}: both sides must be ≥ 1", nameof(rows));
        }
        if (_byName.ContainsKey(name))
        {
            throw new ArgumentException($"parameter block '{name}' is defined twice", nameof(name));
        }
        var block = new ParameterBlock(name, Count, rows, cols);
        _blocks.Add(block);
        _byName.Add(name, block);
        Count += block.Length;
        return block;
    }

    /// <summary>The block with this name.</summary>
    /// <exception cref="KeyNotFoundException">No block has this name.</exception>
    public ParameterBlock this[string name] =>
        _byName.TryGetValue(name, out var b) ? b : throw new KeyNotFoundException($"no parameter block named '{name}'");

    /// <summary>True and the block when a block has this name.</summary>
    public bool TryGet(string name, out ParameterBlock? block) => _byName.TryGetValue(name, out block);

    /// <summary>The block that contains flat index p, and the (row, col) inside it.</summary>
    public (ParameterBlock Block, int Row, int Col) Locate(int p)
    {
        foreach (var b in _blocks)
        {
            if (p >= b.Offset && p < b.Offset + b.Length)
            {
                int k = p - b.Offset;
                return (b, k / b.Cols, k % b.Cols);
            }
        }
        throw new ArgumentOutOfRangeException(nameof(p), p, $"parameter index outside 0..{Count - 1}");
    }
}
