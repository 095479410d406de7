using System.Diagnostics;

namespace ResNetProofs.Tests.Hunting;

/// <summary>Runs the real CLI (resnetproofs.dll, copied next to the test binaries) as a child process: `dotnet resnetproofs.dll …`.</summary>
public static class CliProcess
{
    /// <summary>The built CLI next to the test assembly.</summary>
    public static string Dll
    {
        get
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "resnetproofs.dll");
            Assert.True(File.Exists(dll), $"the CLI was not found at {dll}");
            return dll;
        }
    }

    /// <summary>Starts the CLI with <paramref name="args"/>, its output read in the background and each stdout line passed to <paramref name="onLine"/>.</summary>
    public static Process Start(string[] args, Action<string> onLine)
    {
        var p = Create(args);
        p.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                onLine(e.Data);
            }
        };
        p.ErrorDataReceived += (_, _) => { };
        p.Start();
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>Starts the CLI with <paramref name="args"/> (stdout and stderr redirected).</summary>
    public static Process Start(params string[] args)
    {
        var p = Create(args);
        p.Start();
        return p;
    }

    private static Process Create(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            info.ArgumentList.Add(a);
        }
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return new Process { StartInfo = info };
    }

    /// <summary>Runs the CLI to completion (at most <paramref name="timeoutSeconds"/>); returns the exit code and output.</summary>
    public static (int Code, string Out, string Err) Run(int timeoutSeconds, params string[] args)
    {
        using var p = Start(args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"resnetproofs {string.Join(" ", args)} did not finish within {timeoutSeconds} s");
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
