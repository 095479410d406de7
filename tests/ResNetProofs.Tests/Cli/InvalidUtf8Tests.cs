using System.Text;
using ResNetProofs.Cli;
using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Cli;

/// <summary>An instance file that is not valid UTF-8 is exit 3 with the byte offset of the first bad byte, never silently repaired.</summary>
public sealed class InvalidUtf8Tests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        string file = Path.Combine(_temp.Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, "0xFF")]
    [InlineData(new byte[] { 0xC3, 0x28 }, "0xC3")]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "0xED")]
    public void Invalid_bytes_in_the_name_exit_3_at_their_offset(byte[] bad, string shown)
    {
        byte[] text = Encoding.UTF8.GetBytes(BadInstances.Instance());
        int offset = Encoding.UTF8.GetBytes(BadInstances.Instance()[..BadInstances.Instance().IndexOf("\"test\"", StringComparison.Ordinal)]).Length + 3;
        string file = WriteBytes("bad.json", [.. text[..offset], .. bad, .. text[offset..]]);

        var (code, stdout, stderr) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Equal($"error: {file}: invalid UTF-8 at byte offset {offset} (byte {shown}): instance files must be UTF-8 text\n", stderr);
    }

    [Fact]
    public void A_byte_order_mark_is_not_an_error()
    {
        string file = WriteBytes("bom.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(BadInstances.Instance())]);

        var (code, _, stderr) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(stderr);
    }

    [Fact]
    public void Valid_non_ascii_text_reads()
    {
        string file = WriteBytes("greek.json", Encoding.UTF8.GetBytes(BadInstances.Instance().Replace("\"test\"", "\"θ-λ ∇R\"", StringComparison.Ordinal)));

        var (code, stdout, _) = CliRun.Run("evaluate", file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("θ-λ ∇R", stdout, StringComparison.Ordinal);
    }
}
