using ResNetProofs.Theorems.Verdicts;

namespace ResNetProofs.Theorems;

/// <summary>
/// A theorem judged on evidence of type <typeparamref name="TEvidence"/>: <see cref="Judge"/> evaluates its hypotheses and
/// conclusion as checks on that evidence and hands them to the shared <see cref="Verdicts.Judge"/>.
/// </summary>
/// <typeparam name="TEvidence">What the theorem speaks about: one instance (PointEvidence), a CNN teacher and its run, a wide ResNet's run, …</typeparam>
public interface ITheorem<in TEvidence> : ITheorem
{
    /// <inheritdoc/>
    Type ITheorem.EvidenceType => typeof(TEvidence);

    /// <summary>Null when the theorem speaks about this evidence (e.g. its model and loss); otherwise why not (e.g. "needs a deep-resnet").</summary>
    string? Inapplicable(TEvidence at) => null;

    /// <summary>Judges the evidence; call only when <see cref="Inapplicable"/> is null.</summary>
    Verdict Judge(TEvidence at);
}
