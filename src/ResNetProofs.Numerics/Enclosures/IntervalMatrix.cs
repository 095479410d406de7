using MathNet.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Enclosures;

/// <summary>
/// A rows×cols matrix of <see cref="Interval"/> entries: an enclosure of every matrix A with A_ij ∈ [Lo_ij, Hi_ij]
/// (e.g. the Hessian over a box of parameters). Split as midpoint ± radius (<see cref="Midpoint"/>, <see cref="Radius"/>)
/// for the floating-point algorithms that certify eigenvalue bounds.
/// </summary>
public sealed class IntervalMatrix
{
    private readonly Interval[] _entries;

    /// <summary>A rows×cols matrix of zeros.</summary>
    public IntervalMatrix(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(cols);
        Rows = rows;
        Cols = cols;
        _entries = new Interval[rows * cols];
        Array.Fill(_entries, Interval.Zero);
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Cols { get; }

    /// <summary>Entry (i, j).</summary>
    public Interval this[int i, int j]
    {
        get => _entries[Index(i, j)];
        set => _entries[Index(i, j)] = value;
    }

    /// <summary>The point matrix A as degenerate intervals (exact).</summary>
    public static IntervalMatrix FromPoint(Matrix<double> a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var m = new IntervalMatrix(a.RowCount, a.ColumnCount);
        for (int i = 0; i < a.RowCount; i++)
        {
            for (int j = 0; j < a.ColumnCount; j++)
            {
                m[i, j] = Interval.Point(a[i, j]);
            }
        }
        return m;
    }

    /// <summary>The midpoints (each a double inside its entry).</summary>
    public Matrix<double> Midpoint() => Matrix<double>.Build.Dense(Rows, Cols, (i, j) => this[i, j].Mid);

    /// <summary>The radii, rounded up: |A − <see cref="Midpoint"/>| ≤ Radius entrywise for every enclosed A.</summary>
    public Matrix<double> Radius() => Matrix<double>.Build.Dense(Rows, Cols, (i, j) => this[i, j].Radius);

    /// <summary>True when every entry is finite (no unbounded entry such as a Dirac across a ReLU kink).</summary>
    public bool IsFinite => _entries.All(e => e.IsFinite);

    /// <summary>A·v for a point vector v (length <see cref="Cols"/>), rounded outward.</summary>
    public Interval[] Times(ReadOnlySpan<double> v)
    {
        if (v.Length != Cols)
        {
            throw new ArgumentException($"vector has length {v.Length}; the matrix has {Cols} columns", nameof(v));
        }
        var result = new Interval[Rows];
        for (int i = 0; i < Rows; i++)
        {
            var s = Interval.Zero;
            for (int j = 0; j < Cols; j++)
            {
                s += this[i, j] * v[j];
            }
            result[i] = s;
        }
        return result;
    }

    /// <summary>vᵀ A v for a point vector v, rounded outward.</summary>
    public Interval QuadraticForm(ReadOnlySpan<double> v)
    {
        var av = Times(v);
        var s = Interval.Zero;
        for (int i = 0; i < Rows; i++)
        {
            s += av[i] * v[i];
        }
        return s;
    }

    private int Index(int i, int j)
    {
        if ((uint)i >= (uint)Rows || (uint)j >= (uint)Cols)
        {
            throw new ArgumentOutOfRangeException(nameof(i), $"({i}, {j}) is outside {Rows}×{Cols}");
        }
        return (i * Cols) + j;
    }
}
