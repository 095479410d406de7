using ResNetProofs.Numerics.Data;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.Losses;
using ResNetProofs.Numerics.Models;

namespace ResNetProofs.Numerics.Instances;

/// <summary>
/// One concrete problem: a dataset, a model, a loss and a parameter point θ ∈ R^P, as stored in an instance file
/// (docs/instance-schema.md). Construction checks that d and P agree, θ is finite and the targets suit the loss.
/// </summary>
public sealed record Instance
{
    /// <summary>Binds the parts of an instance after checking that they fit together.</summary>
    /// <param name="name">Short stable name, e.g. "yun2019-example1".</param>
    /// <param name="description">Free text (may be empty).</param>
    /// <param name="source">Where the instance comes from: paper, script, finding (may be empty).</param>
    /// <param name="data">The data (x_i, y_i).</param>
    /// <param name="model">The model f; its input dimension must equal the data's d.</param>
    /// <param name="loss">The loss ℓ; the targets must lie in its label set.</param>
    /// <param name="parameters">θ in the storage order of <see cref="ParameterLayout"/>, length P, every entry finite.</param>
    /// <exception cref="ArgumentException">Empty name, dimension or length mismatch, a NaN/∞ parameter, or targets the loss rejects.</exception>
    public Instance(string name, string description, string source, Dataset data, IModel model, ILoss loss, double[] parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(parameters);
        if (model.InputDimension != data.Dimension)
        {
            throw new ArgumentException($"dimension mismatch: the model takes d = {model.InputDimension} inputs but the data has d = {data.Dimension}", nameof(model));
        }
        var layout = model.Graph.Layout;
        if (parameters.Length != layout.Count)
        {
            throw new ArgumentException($"parameters has length {parameters.Length} but the model has P = {layout.Count}", nameof(parameters));
        }
        for (int p = 0; p < parameters.Length; p++)
        {
            if (!double.IsFinite(parameters[p]))
            {
                var (block, row, col) = layout.Locate(p);
                throw new ArgumentException($"parameters[{p}] ({block.Name}[{row},{col}]) is {parameters[p]}: parameters must be finite", nameof(parameters));
            }
        }
        loss.ValidateTargets(data);
        Name = name;
        Description = description;
        Source = source;
        Data = data;
        Model = model;
        Loss = loss;
        Parameters = parameters;
    }

    /// <summary>Short stable name, e.g. "yun2019-example1".</summary>
    public string Name { get; }

    /// <summary>Free text (may be empty).</summary>
    public string Description { get; }

    /// <summary>Where the instance comes from (may be empty).</summary>
    public string Source { get; }

    /// <summary>The data (x_i, y_i).</summary>
    public Dataset Data { get; }

    /// <summary>The model f.</summary>
    public IModel Model { get; }

    /// <summary>The loss ℓ.</summary>
    public ILoss Loss { get; }

    /// <summary>θ in the storage order of the model's <see cref="ParameterLayout"/> (length P).</summary>
    public double[] Parameters { get; }

    /// <summary>The empirical risk R(θ) = (1/n) Σ ℓ(f(x_i; θ); y_i) of this model, data and loss (a new object).</summary>
    public EmpiricalRisk CreateRisk() => new(Model, Data, Loss);
}
