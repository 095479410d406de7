using ResNetProofs.Numerics.Models;
using ResNetProofs.Numerics.Objectives;
using ResNetProofs.Numerics.Solvers;
using ResNetProofs.Studies;

namespace ResNetProofs.Tests.SafranShamir;

/// <summary>
/// The identity-shortcut student of the Safran–Shamir study: a residual hidden layer (E + Δ)x against a teacher with Haar-random
/// orthonormal rows V, run in the teacher's frame as the plain student from w_i = q_i + δ_i (<see cref="SafranShamirStarts.IdentityShortcut"/>).
/// </summary>
public sealed class IdentityShortcutStartTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(20)]
    public void Haar_frame_has_orthonormal_rows(int d)
    {
        var q = SafranShamirStarts.HaarOrthogonal(d, new Random(7));

        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                double dot = Enumerable.Range(0, d).Sum(t => q[i, t] * q[j, t]);
                Assert.Equal(i == j ? 1.0 : 0.0, dot, 1e-13);
            }
        }
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(4, 5)]
    public void Run_in_the_teacher_frame_equals_the_residual_run_in_the_input_frame(int k, int n)
    {
        // The input frame, computed directly: teacher rows V = Qᵀ, start W₀ = E + Δ with Δ = δQᵀ (so that W₀Vᵀ = Q-rows + δ).
        var teacherFrame = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(k), n, StudentForm.Plain);
        var delta = SafranShamirDescent.XavierStart(teacherFrame, new Random(11));
        var start = SafranShamirStarts.IdentityShortcut(teacherFrame, delta, new Random(12));
        var q = SafranShamirStarts.HaarOrthogonal(k, new Random(12));
        var v = Enumerable.Range(0, k).Select(j => Enumerable.Range(0, k).Select(t => q[t, j]).ToArray()).ToArray(); // rows of Qᵀ
        var inputFrame = new TwoLayerReluObjective(v, n, StudentForm.Plain);
        var w0 = new double[n * k];
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < k; t++)
            {
                w0[(i * k) + t] = (i == t ? 1 : 0) + Enumerable.Range(0, k).Sum(s => delta[(i * k) + s] * q[t, s]); // (E + δQᵀ)_{it}
            }
        }
        var options = new SafranShamirDescentOptions { MaxSteps = 200 };

        var reduced = SafranShamirDescent.Run(teacherFrame, start, options);
        var direct = SafranShamirDescent.Run(inputFrame, w0, options);

        Assert.Equal(teacherFrame.Value(start), inputFrame.Value(w0), 1e-12);
        Assert.Equal(reduced.Value, direct.Value, 1e-10);
        for (int i = 0; i < n; i++)
        {
            for (int t = 0; t < k; t++)
            {
                double back = Enumerable.Range(0, k).Sum(s => reduced.Theta[(i * k) + s] * q[t, s]); // W_T = W_T(reduced)·Qᵀ, since W(reduced) = W·Vᵀ = W·Q
                Assert.Equal(direct.Theta[(i * k) + t], back, 1e-9);
            }
        }
    }

    [Fact]
    public void Residual_student_shares_the_plain_students_noise()
    {
        var objective = new TwoLayerReluObjective(TwoLayerReluObjective.IdentityTeacher(5), 5, StudentForm.Plain);

        var plain = SafranShamirStarts.For(SafranShamirStudent.Plain, objective, new Random(3), new Random(4));
        var residual = SafranShamirStarts.For(SafranShamirStudent.IdentityShortcut, objective, new Random(3), new Random(4));
        var q = SafranShamirStarts.HaarOrthogonal(5, new Random(4));

        Assert.Equal(q[2, 3], residual[(2 * 5) + 3] - plain[(2 * 5) + 3], 1e-15);
    }
}
