using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Sampling;

namespace ResNetProofs.Tests.Liu2019;

/// <summary>Seeded teachers and points for the Liu et al. 2019 / Du et al. 2018 tests.</summary>
public static class LiuCases
{
    public static double[] Gaussian(Random rng, int n, double scale = 1) =>
        Enumerable.Range(0, n).Select(_ => scale * StandardNormal.Draw(rng)).ToArray();

    public static CnnTeacher Teacher(int seed, int p, int k, ShortcutForm form) =>
        Teacher(new Random(seed), p, k, form);

    public static CnnTeacher Teacher(Random rng, int p, int k, ShortcutForm form) =>
        new(new CnnArchitecture(p, k, form), Gaussian(rng, p), Gaussian(rng, k));

    public static IEnumerable<ShortcutForm> Forms => Enum.GetValues<ShortcutForm>();
}
