using FsCheck;
using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;
using TestResult = FsCheck.TestResult;

namespace ResNetProofs.Properties.Harness;

/// <summary>
/// An FsCheck runner that writes FsCheck's own end-of-run report (the Classify/Collect table, or the falsification with
/// its labels and shrunk arguments) to the xunit output, and keeps the <see cref="TestResult"/> for the caller to assert on.
/// It never throws: the caller decides whether a failure is expected (planted statements) or not (theorems).
/// </summary>
internal sealed class RecordingRunner(ITestOutputHelper output) : IRunner
{
    /// <summary>The result of the last run, or null before one finished.</summary>
    public TestResult? Result { get; private set; }

    /// <summary>FsCheck's text for <see cref="Result"/>.</summary>
    public string Report { get; private set; } = "";

    /// <summary>True when the run ended falsified.</summary>
    public bool Falsified => Result is { IsFailed: true };

    /// <summary>Shrink steps FsCheck accepted after the first failure (0 when not falsified).</summary>
    public int Shrinks => Result is TestResult.Failed failed ? failed.Item1.NumberOfShrinks : 0;

    public void OnStartFixture(Type t)
    {
    }

    public void OnArguments(int ntest, FSharpList<object> args, FSharpFunc<int, FSharpFunc<FSharpList<object>, string>> every)
    {
    }

    public void OnShrink(FSharpList<object> args, FSharpFunc<FSharpList<object>, string> everyShrink)
    {
    }

    public void OnFinished(string name, TestResult testResult)
    {
        Result = testResult;
        Report = Runner.onFinishedToString(name, testResult);
        output.WriteLine(Report);
    }
}
