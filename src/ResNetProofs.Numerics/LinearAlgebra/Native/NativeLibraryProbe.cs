using System.Runtime.InteropServices;

namespace ResNetProofs.Numerics.LinearAlgebra.Native;

/// <summary>Start-up detection of <see cref="LapackNative.Library"/>: loads it once and checks every symbol we bind.</summary>
internal static class NativeLibraryProbe
{
    /// <summary>The Fortran and OpenBLAS symbols <see cref="LapackNative"/> binds; all must be exported.</summary>
    public static readonly string[] Symbols =
        ["dsyevr_", "dsyevd_", "dpotrf_", "dgemm_", "openblas_set_num_threads", "openblas_get_num_threads", "openblas_get_config"];

    /// <summary>True when the library loads and exports every symbol of <see cref="Symbols"/>; <paramref name="why"/> says what is missing otherwise.</summary>
    public static bool TryLoad(out string why)
    {
        if (!NativeLibrary.TryLoad(LapackNative.Library, typeof(NativeLibraryProbe).Assembly, null, out var handle))
        {
            why = $"{LapackNative.Library} not found (apt-get install libopenblas0)";
            return false;
        }
        foreach (string symbol in Symbols)
        {
            if (!NativeLibrary.TryGetExport(handle, symbol, out _))
            {
                why = $"{LapackNative.Library} has no symbol {symbol}";
                return false;
            }
        }
        why = "";
        return true;
    }
}
