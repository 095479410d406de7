using ResNetProofs.Cli;

namespace ResNetProofs.Tests.Cli;

/// <summary>Runs the CLI in-process with captured streams.</summary>
public static class CliRun
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
