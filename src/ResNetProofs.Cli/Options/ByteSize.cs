using System.Globalization;

namespace ResNetProofs.Cli.Options;

/// <summary>A memory size as typed on the command line: a whole number of bytes, or one with a binary suffix K, M, G or T (4G = 4·2³⁰ bytes).</summary>
public static class ByteSize
{
    private const long Largest = 1L << 50;

    /// <summary>"4G", "512M", "1073741824": the number of bytes, 1 ≤ bytes ≤ 2⁵⁰ (1 PiB).</summary>
    public static Parsed<long> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int shift = text.Length == 0 ? 0 : char.ToUpperInvariant(text[^1]) switch { 'K' => 10, 'M' => 20, 'G' => 30, 'T' => 40, _ => 0 };
        string digits = shift == 0 ? text : text[..^1];
        var count = NumberText.Integer(digits, 1, Largest);
        if (count.Problem is { } problem)
        {
            return Parsed<long>.Fail(problem);
        }
        return count.Value << shift > Largest ? Parsed<long>.Fail($"too large, at most {Format(Largest)}") : Parsed<long>.Ok((long)(count.Value << shift));
    }

    /// <summary>Bytes in the largest binary unit that keeps three significant digits: "4 GiB", "432 MiB", "3.2e+14 bytes" above 1 PiB.</summary>
    public static string Format(double bytes)
    {
        string[] units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB"];
        int unit = 0;
        while (unit < units.Length - 1 && bytes >= 1024)
        {
            bytes /= 1024;
            unit++;
        }
        return bytes >= 1024 ? $"{(bytes * Math.Pow(1024, unit)).ToString("0.0e+0", CultureInfo.InvariantCulture)} bytes" : $"{bytes.ToString("0.##", CultureInfo.InvariantCulture)} {units[unit]}";
    }
}
