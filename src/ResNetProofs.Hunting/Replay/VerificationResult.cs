namespace ResNetProofs.Hunting.Replay;

/// <summary>The outcome of <see cref="CertificateVerification.Verify"/>: whether the recorded certified verdict was re-proved, and the report lines.</summary>
/// <param name="Verified">True when the enclosures re-prove the recorded verdict.</param>
/// <param name="Lines">What was recorded, what was re-proved, and the enclosures.</param>
public sealed record VerificationResult(bool Verified, IReadOnlyList<string> Lines);
