namespace ResNetProofs.Numerics.Data;

/// <summary>
/// A finite dataset (x_i, y_i), i = 1..n, with inputs x_i ∈ R^d stored row-major as an n×d block.
/// Construction validates: n ≥ 1, d ≥ 1, every row of length d, y of length n, every entry finite.
/// </summary>
public sealed class Dataset
{
    private readonly double[] _inputs;
    private readonly double[] _targets;

    private Dataset(double[] inputs, double[] targets, int count, int dimension)
    {
        _inputs = inputs;
        _targets = targets;
        Count = count;
        Dimension = dimension;
    }

    /// <summary>Number of samples n.</summary>
    public int Count { get; }

    /// <summary>Input dimension d.</summary>
    public int Dimension { get; }

    /// <summary>All inputs, row-major n×d: x_i[k] = Inputs[i·d + k].</summary>
    public ReadOnlySpan<double> Inputs => _inputs;

    /// <summary>All targets y (length n).</summary>
    public ReadOnlySpan<double> Targets => _targets;

    /// <summary>Input x_i (length d).</summary>
    public ReadOnlySpan<double> Input(int i) => _inputs.AsSpan(i * Dimension, Dimension);

    /// <summary>Target y_i.</summary>
    public double Target(int i) => _targets[i];

    /// <summary>Builds a dataset from rows x[i][k] and targets y[i], copying both.</summary>
    /// <exception cref="ArgumentException">Empty data, ragged rows, length mismatch, or a NaN/∞ entry; the message names the field, index and value.</exception>
    public static Dataset Create(IReadOnlyList<IReadOnlyList<double>> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count == 0)
        {
            throw new ArgumentException("dataset is empty: x has no rows (need n ≥ 1)", nameof(x));
        }
        if (y.Count != x.Count)
        {
            throw new ArgumentException($"length mismatch: x has {x.Count} rows but y has {y.Count} entries", nameof(y));
        }
        int d = x[0]?.Count ?? 0;
        if (d == 0)
        {
            throw new ArgumentException("x[0] is empty: inputs need dimension d ≥ 1", nameof(x));
        }
        var inputs = new double[x.Count * d];
        for (int i = 0; i < x.Count; i++)
        {
            var row = x[i] ?? throw new ArgumentException($"x[{i}] is null", nameof(x));
            if (row.Count != d)
            {
                throw new ArgumentException($"dimension mismatch: x[{i}] has {row.Count} entries but x[0] has {d}", nameof(x));
            }
            for (int k = 0; k < d; k++)
            {
                double v = row[k];
                if (!double.IsFinite(v))
                {
                    throw new ArgumentException($"x[{i}][{k}] is {Format(v)}: inputs must be finite", nameof(x));
                }
                inputs[i * d + k] = v;
            }
        }
        var targets = new double[y.Count];
        for (int i = 0; i < y.Count; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"y[{i}] is {Format(y[i])}: targets must be finite", nameof(y));
            }
            targets[i] = y[i];
        }
        return new Dataset(inputs, targets, x.Count, d);
    }

    /// <summary>Builds a dataset from a row-major n×d block (copied) and targets; same validation as <see cref="Create(IReadOnlyList{IReadOnlyList{double}}, IReadOnlyList{double})"/>.</summary>
    public static Dataset FromRowMajor(ReadOnlySpan<double> inputs, int dimension, ReadOnlySpan<double> targets)
    {
        if (dimension < 1)
        {
            throw new ArgumentException($"dimension is {dimension}: need d ≥ 1", nameof(dimension));
        }
        if (inputs.Length % dimension != 0)
        {
            throw new ArgumentException($"inputs has {inputs.Length} entries, not a multiple of d = {dimension}", nameof(inputs));
        }
        int n = inputs.Length / dimension;
        var rows = new double[n][];
        for (int i = 0; i < n; i++)
        {
            rows[i] = inputs.Slice(i * dimension, dimension).ToArray();
        }
        return Create(rows, targets.ToArray());
    }

    /// <summary>Returns a copy with the same inputs and new targets (validated as in Create).</summary>
    public Dataset WithTargets(IReadOnlyList<double> y) => Create(Rows(), y);

    /// <summary>The inputs as jagged rows (a copy).</summary>
    public double[][] Rows()
    {
        var rows = new double[Count][];
        for (int i = 0; i < Count; i++)
        {
            rows[i] = Input(i).ToArray();
        }
        return rows;
    }

    private static string Format(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "+∞" : double.IsNegativeInfinity(v) ? "−∞" : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
