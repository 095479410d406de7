using ResNetProofs.Generators;

namespace ResNetProofs.Tests.Generators;

public sealed class PropertyProfileTests
{
    [Fact]
    public void Ci_profile_uses_the_given_count_and_a_fixed_replay_with_odd_gamma()
    {
        if (Environment.GetEnvironmentVariable(PropertyProfile.DeepVariable) == "1")
        {
            return; // the deep profile is random by design
        }
        var profile = PropertyProfile.Current(40, seed: 123, gamma: 4);

        Assert.False(profile.IsDeep);
        Assert.Equal(40, profile.MaxTest);
        Assert.Equal("123,5", profile.ReplayText);
        Assert.Equal(40, profile.Config.MaxTest);
    }
}
