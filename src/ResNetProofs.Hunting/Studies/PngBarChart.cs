using System.IO.Compression;

namespace ResNetProofs.Hunting.Studies;

/// <summary>
/// A dependency-free PNG writer (8-bit RGB, filter 0, zlib via <see cref="ZLibStream"/>, CRC-32 per chunk) drawing stacked bars on a white
/// canvas with a black baseline and grey 25% grid lines; no text. Deterministic: the same bars give the same bytes.
/// </summary>
public static class PngBarChart
{
    /// <summary>Canvas width in pixels.</summary>
    public const int Width = 480;

    /// <summary>Canvas height in pixels.</summary>
    public const int Height = 320;

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        uint c = (uint)n;
        for (int k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        return c;
    }).ToArray();

    /// <summary>One stacked bar per entry of <paramref name="bars"/> (segment heights as fractions in [0, 1], bottom first), coloured by <paramref name="colors"/>.</summary>
    public static byte[] Stacked(IReadOnlyList<double[]> bars, IReadOnlyList<(byte R, byte G, byte B)> colors)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(colors);
        var pixels = new byte[Height, Width * 3];
        Fill(pixels, 0, 0, Width, Height, (255, 255, 255));
        int left = 20, bottom = Height - 20, top = 20, plotHeight = bottom - top;
        for (int q = 1; q <= 4; q++)
        {
            Fill(pixels, left, bottom - (q * plotHeight / 4), Width - 20, bottom - (q * plotHeight / 4) + 1, (220, 220, 220));
        }
        int slot = bars.Count == 0 ? 0 : (Width - 40) / bars.Count;
        for (int b = 0; b < bars.Count; b++)
        {
            double level = 0;
            for (int s = 0; s < bars[b].Length; s++)
            {
                double f = double.IsFinite(bars[b][s]) ? Math.Clamp(bars[b][s], 0, 1) : 0;
                int y0 = bottom - (int)Math.Round((level + f) * plotHeight), y1 = bottom - (int)Math.Round(level * plotHeight);
                Fill(pixels, left + (b * slot) + (slot / 6), y0, left + ((b + 1) * slot) - (slot / 6), y1, colors[s % colors.Count]);
                level += f;
            }
        }
        Fill(pixels, left, bottom, Width - 20, bottom + 2, (0, 0, 0));
        return Encode(pixels);
    }

    /// <summary>Encodes an RGB raster (rows × 3·columns bytes) as a PNG file.</summary>
    public static byte[] Encode(byte[,] rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        int h = rgb.GetLength(0), w = rgb.GetLength(1) / 3;
        using var raw = new MemoryStream();
        using (var z = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var line = new byte[(3 * w) + 1];
            for (int y = 0; y < h; y++)
            {
                line[0] = 0;
                for (int x = 0; x < 3 * w; x++)
                {
                    line[x + 1] = rgb[y, x];
                }
                z.Write(line);
            }
        }
        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        BigEndian(header, 0, (uint)w);
        BigEndian(header, 4, (uint)h);
        header[8] = 8;
        header[9] = 2;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>CRC-32 (ISO 3309, as PNG uses) of <paramref name="data"/>.</summary>
    public static uint Crc32(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (byte b in data)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }
        return c ^ 0xFFFFFFFFu;
    }

    private static void Chunk(Stream s, string type, byte[] data)
    {
        var head = new byte[8];
        BigEndian(head, 0, (uint)data.Length);
        for (int i = 0; i < 4; i++)
        {
            head[4 + i] = (byte)type[i];
        }
        s.Write(head);
        s.Write(data);
        var body = new byte[4 + data.Length];
        Array.Copy(head, 4, body, 0, 4);
        Array.Copy(data, 0, body, 4, data.Length);
        var crc = new byte[4];
        BigEndian(crc, 0, Crc32(body));
        s.Write(crc);
    }

    private static void BigEndian(byte[] b, int at, uint v)
    {
        b[at] = (byte)(v >> 24);
        b[at + 1] = (byte)(v >> 16);
        b[at + 2] = (byte)(v >> 8);
        b[at + 3] = (byte)v;
    }

    private static void Fill(byte[,] px, int x0, int y0, int x1, int y1, (byte R, byte G, byte B) c)
    {
        for (int y = Math.Max(0, y0); y < Math.Min(Height, y1); y++)
        {
            for (int x = Math.Max(0, x0); x < Math.Min(Width, x1); x++)
            {
                px[y, 3 * x] = c.R;
                px[y, (3 * x) + 1] = c.G;
                px[y, (3 * x) + 2] = c.B;
            }
        }
    }
}
