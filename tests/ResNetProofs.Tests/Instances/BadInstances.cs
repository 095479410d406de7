namespace ResNetProofs.Tests.Instances;

/// <summary>
/// A small valid instance (one-block ReLU ResNet, d = 1, n = 3) as JSON text, with one part replaceable, so each
/// malformed-input test breaks exactly one thing. Shared by the reader tests and the CLI tests.
/// </summary>
public static class BadInstances
{
    public const string DefaultModel = """
        { "kind": "deep-resnet", "outputBias": true, "blocks": [ { "width": 1, "innerDepth": 1, "activation": "relu", "innerBias": true } ] }
        """;

    public const string DefaultParameters = """
        { "phi1.W1": [[1]], "phi1.b1": [-1.5], "V1": [[0.5]], "w": [[1]], "c": [0] }
        """;

    /// <summary>The instance text with any of its parts replaced by raw JSON.</summary>
    public static string Instance(
        string loss = "\"squared-mean\"",
        string x = "[[0], [1], [2]]",
        string y = "[0, 1, 3]",
        string model = DefaultModel,
        string parameters = DefaultParameters) => $$"""
        {
          "schema": "resnetproofs.instance/1",
          "name": "test",
          "loss": {{loss}},
          "data": { "x": {{x}}, "y": {{y}} },
          "model": {{model}},
          "parameters": {{parameters}}
        }
        """;

    /// <summary>Not JSON: a doubled comma on line 3.</summary>
    public const string MalformedJson = "{\n  \"schema\": \"resnetproofs.instance/1\",\n  \"name\": \"bad\",,\n  \"loss\": \"squared-mean\"\n}\n";
}
