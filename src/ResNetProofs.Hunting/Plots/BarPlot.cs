namespace ResNetProofs.Hunting.Plots;

/// <summary>
/// Stacked bars on a white 480×320 canvas with a black baseline and grey 25% grid lines, no text, encoded by
/// <see cref="PngEncoder"/>. Deterministic: the same bars give the same bytes.
/// </summary>
public static class BarPlot
{
    /// <summary>Canvas width in pixels.</summary>
    public const int Width = 480;

    /// <summary>Canvas height in pixels.</summary>
    public const int Height = 320;

    /// <summary>One stacked bar per entry of <paramref name="bars"/> (segment heights as fractions in [0, 1], bottom first), coloured by <paramref name="colors"/>.</summary>
    public static byte[] Stacked(IReadOnlyList<double[]> bars, IReadOnlyList<(byte R, byte G, byte B)> colors)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(colors);
        var rgb = new byte[3 * Width * Height];
        Fill(rgb, 0, 0, Width, Height, (255, 255, 255));
        int left = 20, bottom = Height - 20, top = 20, plotHeight = bottom - top;
        for (int q = 1; q <= 4; q++)
        {
            Fill(rgb, left, bottom - (q * plotHeight / 4), Width - 20, bottom - (q * plotHeight / 4) + 1, (220, 220, 220));
        }
        int slot = bars.Count == 0 ? 0 : (Width - 40) / bars.Count;
        for (int b = 0; b < bars.Count; b++)
        {
            double level = 0;
            for (int s = 0; s < bars[b].Length; s++)
            {
                double f = double.IsFinite(bars[b][s]) ? Math.Clamp(bars[b][s], 0, 1) : 0;
                int y0 = bottom - (int)Math.Round((level + f) * plotHeight), y1 = bottom - (int)Math.Round(level * plotHeight);
                Fill(rgb, left + (b * slot) + (slot / 6), y0, left + ((b + 1) * slot) - (slot / 6), y1, colors[s % colors.Count]);
                level += f;
            }
        }
        Fill(rgb, left, bottom, Width - 20, bottom + 2, (0, 0, 0));
        return PngEncoder.Encode(Width, Height, rgb);
    }

    // Paints the pixels x0 ≤ x < x1, y0 ≤ y < y1 (clipped to the canvas).
    private static void Fill(byte[] rgb, int x0, int y0, int x1, int y1, (byte R, byte G, byte B) c)
    {
        for (int y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (int x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                int i = 3 * ((y * Width) + x);
                rgb[i] = c.R;
                rgb[i + 1] = c.G;
                rgb[i + 2] = c.B;
            }
        }
    }
}
