using ResNetProofs.Numerics.Enclosures;


namespace ResNetProofs.Studies;

/// <summary>
/// A family of non-global end points of one (form, k, n): points with the same invariants up to permutation of the student
/// neurons and the teacher's symmetry (one permutation applied to the coordinates and the teacher neurons), which leave F
/// unchanged; one representative is certified for all.
/// </summary>
/// <param name="Index">Index in <see cref="SafranShamirStudyResult.Families"/>.</param>
/// <param name="Form">The student form.</param>
/// <param name="K">Teacher neurons k.</param>
/// <param name="N">Student neurons n.</param>
/// <param name="Value">F at the first member's end point.</param>
/// <param name="Members">Runs in the family.</param>
/// <param name="Representative">The first member's end point θ (before polishing).</param>
/// <param name="Certificate">The certificate of the representative, or null when certification was not attempted.</param>
public sealed record SafranShamirFamily(int Index, SafranShamirStudent Form, int K, int N, double Value, int Members, double[] Representative, TwoLayerReluCertificate? Certificate);
