using System.CommandLine;

namespace ResNetProofs.Cli;

/// <summary>The nearest command to a mistyped one: the smallest edit distance (insertions, deletions, substitutions, adjacent swaps), when at most 2 or a third of the name.</summary>
public static class CommandSuggestion
{
    /// <summary>
    /// When <paramref name="args"/> starts with a word that names no subcommand of <paramref name="root"/>, the line
    /// "unknown command 'WORD'; did you mean 'NEAREST'?" (or "…; commands: a, b, …" when nothing is near); otherwise null.
    /// </summary>
    public static string? ForUnknownCommand(RootCommand root, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0].StartsWith('-') || root.Subcommands.Any(c => c.Name == args[0] || c.Aliases.Contains(args[0])))
        {
            return null;
        }
        string word = args[0];
        var nearest = root.Subcommands.Select(c => (c.Name, Distance: Distance(word, c.Name))).MinBy(c => c.Distance);
        return nearest.Distance <= Math.Max(2, word.Length / 3)
            ? $"unknown command '{word}'; did you mean '{nearest.Name}'?"
            : $"unknown command '{word}'; commands: {string.Join(", ", root.Subcommands.Select(c => c.Name))}";
    }

    /// <summary>The optimal-string-alignment distance between <paramref name="a"/> and <paramref name="b"/> (case-insensitive).</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (int j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }
}
