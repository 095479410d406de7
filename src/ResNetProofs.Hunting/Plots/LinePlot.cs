namespace ResNetProofs.Hunting.Plots;

/// <summary>
/// A tiny raster line plot without text: white background, grey axes and grid lines at given x and y ticks, one coloured
/// polyline with square markers per series (colours from <see cref="Palette"/>, in series order). Encoded by <see cref="PngEncoder"/>.
/// </summary>
public sealed class LinePlot
{
    /// <summary>Series colours (RGB) in order: blue, orange, green, red, purple, brown.</summary>
    public static IReadOnlyList<(byte R, byte G, byte B)> Palette { get; } = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40), (148, 103, 189), (140, 86, 75)];

    private const int Margin = 30;
    private readonly int _width;
    private readonly int _height;
    private readonly byte[] _rgb;
    private readonly (double Min, double Max) _x;
    private readonly (double Min, double Max) _y;

    /// <summary>A blank plot of width×height pixels for data in [xMin, xMax] × [yMin, yMax] (xMax &gt; xMin, yMax &gt; yMin).</summary>
    /// <exception cref="ArgumentException">A size is below 2·30 + 2, or a range is empty or not finite.</exception>
    public LinePlot(int width, int height, double xMin, double xMax, double yMin, double yMax)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, (2 * Margin) + 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, (2 * Margin) + 2);
        if (!(xMax > xMin && yMax > yMin && double.IsFinite(xMax - xMin) && double.IsFinite(yMax - yMin)))
        {
            throw new ArgumentException($"ranges [{xMin}, {xMax}] × [{yMin}, {yMax}] must be finite and non-empty", nameof(xMax));
        }
        _width = width;
        _height = height;
        _rgb = new byte[3 * width * height];
        Array.Fill(_rgb, (byte)255);
        _x = (xMin, xMax);
        _y = (yMin, yMax);
        Line(Margin, height - Margin, width - Margin, height - Margin, (96, 96, 96));
        Line(Margin, Margin, Margin, height - Margin, (96, 96, 96));
    }

    /// <summary>Light grid lines at the given data coordinates (x ticks vertical, y ticks horizontal).</summary>
    public void Grid(IEnumerable<double> xTicks, IEnumerable<double> yTicks)
    {
        ArgumentNullException.ThrowIfNull(xTicks);
        ArgumentNullException.ThrowIfNull(yTicks);
        foreach (double x in xTicks)
        {
            int px = PixelX(x);
            Line(px, Margin, px, _height - Margin, (225, 225, 225));
        }
        foreach (double y in yTicks)
        {
            int py = PixelY(y);
            Line(Margin, py, _width - Margin, py, (225, 225, 225));
        }
    }

    /// <summary>Draws series number <paramref name="index"/> (its palette colour) through the points, skipping non-finite y (gaps).</summary>
    public void Series(int index, IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var colour = Palette[index % Palette.Count];
        (int X, int Y)? previous = null;
        foreach (var (x, y) in points)
        {
            if (!double.IsFinite(x) || !double.IsFinite(y))
            {
                previous = null;
                continue;
            }
            var p = (PixelX(x), PixelY(y));
            if (previous is { } q)
            {
                Line(q.X, q.Y, p.Item1, p.Item2, colour);
            }
            for (int dx = -3; dx <= 3; dx++)
            {
                for (int dy = -3; dy <= 3; dy++)
                {
                    Set(p.Item1 + dx, p.Item2 + dy, colour);
                }
            }
            previous = p;
        }
    }

    /// <summary>The PNG bytes of the plot.</summary>
    public byte[] ToPng() => PngEncoder.Encode(_width, _height, _rgb);

    private int PixelX(double x) => Margin + (int)Math.Round((x - _x.Min) / (_x.Max - _x.Min) * (_width - (2 * Margin)));

    private int PixelY(double y) => _height - Margin - (int)Math.Round((y - _y.Min) / (_y.Max - _y.Min) * (_height - (2 * Margin)));

    private void Line(int x0, int y0, int x1, int y1, (byte R, byte G, byte B) c)
    {
        int steps = Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0));
        for (int k = 0; k <= steps; k++)
        {
            double t = steps == 0 ? 0 : (double)k / steps;
            int x = (int)Math.Round(x0 + (t * (x1 - x0))), y = (int)Math.Round(y0 + (t * (y1 - y0)));
            Set(x, y, c);
            Set(x + 1, y, c);
            Set(x, y + 1, c);
        }
    }

    private void Set(int x, int y, (byte R, byte G, byte B) c)
    {
        if (x < 0 || y < 0 || x >= _width || y >= _height)
        {
            return;
        }
        int o = 3 * ((y * _width) + x);
        _rgb[o] = c.R;
        _rgb[o + 1] = c.G;
        _rgb[o + 2] = c.B;
    }
}
