using System.Text;
using System.Text.RegularExpressions;

namespace ResNetProofs.Tests.Docs;

/// <summary>
/// The relative links of a Markdown file (inline links and images, outside code) and the heading anchors GitHub gives it,
/// so a test can say which links point at nothing.
/// </summary>
public static partial class MarkdownLinks
{
    /// <summary>The targets of every inline link and image outside fenced code blocks and code spans, in order.</summary>
    public static IReadOnlyList<string> Targets(string markdown)
    {
        var targets = new List<string>();
        foreach (string line in OutsideFences(markdown))
        {
            string text = CodeSpan().Replace(line, "");
            foreach (Match m in InlineLink().Matches(text))
            {
                targets.Add(m.Groups["target"].Value);
            }
        }
        return targets;
    }

    /// <summary>True for a link to a web page or mail address, which this check does not follow.</summary>
    public static bool IsExternal(string target) =>
        target.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>GitHub's anchors for the headings of a file: lower case, punctuation dropped, spaces to '-', repeats numbered -1, -2, ….</summary>
    public static IReadOnlySet<string> Anchors(string markdown)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in OutsideFences(markdown))
        {
            Match m = Heading().Match(line);
            if (!m.Success)
            {
                continue;
            }
            string slug = Slug(m.Groups["text"].Value);
            int count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }
        return anchors;
    }

    /// <summary>GitHub's slug of one heading's text: letters, digits, '-', '_' kept (lower case), spaces to '-', the rest dropped.</summary>
    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '-' || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                slug.Append(c);
            }
            else if (c == ' ')
            {
                slug.Append('-');
            }
        }
        return slug.ToString();
    }

    private static IEnumerable<string> OutsideFences(string markdown)
    {
        bool inFence = false;
        foreach (string line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
