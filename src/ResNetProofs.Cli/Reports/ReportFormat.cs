using System.Globalization;
using System.Text.Json.Nodes;

namespace ResNetProofs.Cli.Reports;

/// <summary>How reports write numbers: round-trip "R" text, and JSON null for values JSON cannot hold.</summary>
internal static class ReportFormat
{
    /// <summary>A double in the round-trip format "R"; NaN as "NaN" and infinities as "+∞"/"−∞".</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "NaN"
        : double.IsPositiveInfinity(value) ? "+∞"
        : double.IsNegativeInfinity(value) ? "−∞"
        : value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>An integer in invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A JSON number for a finite double (written shortest round-trip), null for NaN/±∞.</summary>
    public static JsonNode? Json(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
