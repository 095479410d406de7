using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// Runs one FsCheck property with a throw-on-failure config and records the outcome for the caller to assert on: whether
/// it was falsified, FsCheck's falsification report (labels, shrunk arguments) and the number of shrink steps it
/// accepted. Written without FsCheck's F#-typed <c>IRunner</c> (the design card: no F# types in our C#): FsCheck's
/// report is the message of the exception it throws on failure. It never throws itself: the caller decides whether a
/// failure is expected (planted statements) or not (theorems).
/// </summary>
internal sealed partial class RecordingRunner(ITestOutputHelper output)
{
    /// <summary>FsCheck's falsification report, or "" when the property passed.</summary>
    public string Report { get; private set; } = "";

    /// <summary>True when the run ended falsified.</summary>
    public bool Falsified { get; private set; }

    /// <summary>Shrink steps FsCheck accepted after the first failure (0 when not falsified).</summary>
    public int Shrinks { get; private set; }

    /// <summary>Runs <paramref name="property"/> under <paramref name="config"/>, which must throw on failure (e.g. QuickThrowOnFailure).</summary>
    public void Check(Config config, Property property)
    {
        try
        {
            FsCheck.Check.One(config, property);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Falsified = true;
            Report = ex.Message;
            var match = ShrinkCount().Match(Report);
            Shrinks = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            output.WriteLine(Report);
        }
    }

    // FsCheck's report line: "Falsifiable, after N tests (K shrinks) (seed,gamma)"; "(1 shrink)" in the singular.
    [GeneratedRegex(@"\((\d+) shrinks?\)")]
    private static partial Regex ShrinkCount();
}
