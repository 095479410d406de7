using ResNetProofs.Tests.Instances;

namespace ResNetProofs.Tests.Docs;

/// <summary>
/// The README stays a short front page (under 12 000 bytes, as `wc -c` counts), every page of docs/ is linked from it, and
/// every relative link in README.md and docs/*.md reaches an existing file or folder (and, for a Markdown target, an existing heading).
/// </summary>
public sealed class DocumentationLinkTests
{
    private const int ReadmeMaxBytes = 12_000;

    private static readonly string Root = Path.GetDirectoryName(ExampleFiles.Directory)!;

    private static IEnumerable<string> MarkdownFiles() =>
        new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Order(StringComparer.Ordinal));

    [Fact]
    public void Readme_is_under_12_KB()
    {
        long bytes = new FileInfo(Path.Combine(Root, "README.md")).Length;

        Assert.True(bytes < ReadmeMaxBytes, $"README.md is {bytes} bytes; keep it under {ReadmeMaxBytes} and move detail to docs/");
    }

    [Fact]
    public void Every_relative_link_in_README_and_docs_resolves()
    {
        var broken = MarkdownFiles().SelectMany(BrokenLinks).ToList();

        Assert.Empty(broken);
    }

    [Fact]
    public void Every_docs_page_is_linked_from_the_README()
    {
        var linked = MarkdownLinks.Targets(File.ReadAllText(Path.Combine(Root, "README.md")))
            .Where(t => !MarkdownLinks.IsExternal(t))
            .Select(t => Path.GetFullPath(Path.Combine(Root, t.Split('#')[0])))
            .ToHashSet(StringComparer.Ordinal);

        var unlinked = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md")
            .Where(page => !linked.Contains(Path.GetFullPath(page)))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Empty(unlinked);
    }

    [Fact]
    public void Links_are_found_in_text_and_images_but_not_in_code()
    {
        const string markdown = "See [a](docs/a.md#x) and ![b](img/b.png \"title\") and [`c`](../c).\n"
            + "Code `[d](d.md)` is skipped.\n```\n[e](e.md)\n```\n[f](https://example.org)\n";

        Assert.Equal(["docs/a.md#x", "img/b.png", "../c", "https://example.org"], MarkdownLinks.Targets(markdown));
    }

    [Fact]
    public void Heading_anchors_follow_GitHub()
    {
        const string markdown = "# Memory (exit 12)\n## Liu et al. 2019 / Du et al. 2018 and Gulcu\n## `evaluate`: spectra\n## Memory (exit 12)\n```\n# not a heading\n```\n";

        Assert.Equal(
            new HashSet<string> { "memory-exit-12", "liu-et-al-2019--du-et-al-2018-and-gulcu", "evaluate-spectra", "memory-exit-12-1" },
            MarkdownLinks.Anchors(markdown));
    }

    [Fact]
    public void A_link_to_a_missing_file_or_heading_is_reported()
    {
        string dir = Directory.CreateTempSubdirectory("resnetproofs-links-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "b.md"), "# Present\n");
            string page = Path.Combine(dir, "a.md");
            File.WriteAllText(page, "[ok](b.md#present) [gone](missing.md) [anchor](b.md#absent) [self](#nowhere)\n");

            Assert.Equal(
                ["a.md: (missing.md) names no file", "a.md: (b.md#absent) names no heading in b.md", "a.md: (#nowhere) names no heading in a.md"],
                BrokenLinks(page, dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static IEnumerable<string> BrokenLinks(string file) => BrokenLinks(file, Root);

    private static List<string> BrokenLinks(string file, string root)
    {
        string name = Path.GetRelativePath(root, file).Replace('\\', '/');
        var broken = new List<string>();
        foreach (string target in MarkdownLinks.Targets(File.ReadAllText(file)).Where(t => !MarkdownLinks.IsExternal(t)))
        {
            int hash = target.IndexOf('#', StringComparison.Ordinal);
            string path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
            string anchor = hash < 0 ? "" : target[(hash + 1)..];
            string resolved = path.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
            if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add($"{name}: ({target}) names no file");
            }
            else if (anchor.Length > 0 && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                && !MarkdownLinks.Anchors(File.ReadAllText(resolved)).Contains(anchor))
            {
                broken.Add($"{name}: ({target}) names no heading in {Path.GetFileName(resolved)}");
            }
        }
        return broken;
    }
}
