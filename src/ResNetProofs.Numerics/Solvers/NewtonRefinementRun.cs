using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using ResNetProofs.Numerics.Derivatives;
using ResNetProofs.Numerics.LinearAlgebra;

namespace ResNetProofs.Numerics.Solvers;

/// <summary>
/// One run of <see cref="NewtonRefinement"/> on validated inputs: the iterate, the damping state (μ, ν), the spectral
/// data of the symmetrised Hessian at the current θ, and the per-iteration history.
/// </summary>
internal sealed class NewtonRefinementRun
{
    /// <summary>A trial is accepted when the gain ratio ρ exceeds this (Madsen, Nielsen and Tingleff 2004, §3.2).</summary>
    private const double AcceptRatio = 1e-4;

    /// <summary>Floor on μ, so that λ = μ‖H‖‖g‖ stays a positive multiple of ‖g‖.</summary>
    private const double MinDamping = 1e-15;

    /// <summary>Armijo sufficient-decrease fraction c in F(θ − tg) ≤ F(θ) − c·t‖g‖² (Nocedal and Wright, §3.1).</summary>
    private const double ArmijoFraction = 1e-4;

    /// <summary>Halvings of the descent step before the descent phase gives up (2⁻⁶⁰ ≈ 1e−18 of the first trial).</summary>
    private const int MaxBacktracks = 60;

    private readonly ISmoothObjective _objective;
    private readonly NewtonRefinementOptions _options;
    private readonly int _dimension;
    private readonly double[] _theta;
    private readonly double[] _gradient;
    private readonly double[] _trialTheta;
    private readonly double[] _trialGradient;
    private readonly double[] _step;
    private readonly double[] _stepCoefficients;
    private readonly List<double> _gradientNorms = [];
    private readonly List<double> _stepNorms = [];
    private readonly List<double> _lambdas = [];
    private readonly List<double> _values = [];
    private readonly List<double> _thetaNorms = [];

    private double _value;
    private double _gradientNorm;
    private double _mu;
    private double _nu = 2;
    private double _descentLength = 1;
    private int _descentIterations;
    private int _newtonIterations;
    private double _scale;
    private double _tolerance;
    private double _bound;

    // Spectral data of H_s = (H + Hᵀ)/2 = QΛQᵀ at the current θ, valid while _flatness is not null.
    private double[] _eigenvalues = [];
    private double[] _coefficients = [];
    private Matrix<double>? _eigenvectors;
    private double _hessianNorm;
    private double? _flatness;

    public NewtonRefinementRun(ISmoothObjective objective, ReadOnlySpan<double> theta0, NewtonRefinementOptions options)
    {
        _objective = objective;
        _options = options;
        _dimension = theta0.Length;
        _theta = theta0.ToArray();
        _gradient = new double[_dimension];
        _trialTheta = new double[_dimension];
        _trialGradient = new double[_dimension];
        _step = new double[_dimension];
        _stepCoefficients = new double[_dimension];
        _mu = options.InitialDamping;
    }

    private int Iterations => _descentIterations + _newtonIterations;

    public RefinementResult Run()
    {
        _value = _objective.ValueAndGradient(_theta, _gradient);
        _gradientNorm = Norm(_gradient);
        double thetaNorm = Norm(_theta);
        bool finiteStart = double.IsFinite(_value) && double.IsFinite(_gradientNorm);
        _scale = _options.Scale ?? (finiteStart ? Math.Max(1, Math.Max(Math.Abs(_value), _gradientNorm)) : 1);
        _tolerance = _options.GradientTolerance * _scale;
        _bound = _options.DivergenceFactor * Math.Max(1, thetaNorm);
        RecordPoint(thetaNorm);

        bool descending = _options.DescentSteps > 0;
        while (true)
        {
            string? nonFinite = NonFinitePoint();
            if (nonFinite is not null)
            {
                return Finish(RefinementStopReason.Diverged, nonFinite);
            }
            if (_thetaNorms[^1] > _bound)
            {
                return Finish(RefinementStopReason.Diverged, $"‖θ‖ = {Short(_thetaNorms[^1])} exceeds the divergence bound {Short(_bound)} at iteration {Iterations}");
            }
            if (_gradientNorm <= _tolerance)
            {
                return FinishAtTolerance();
            }
            if (descending && _descentIterations < _options.DescentSteps)
            {
                if (TryDescentStep())
                {
                    continue;
                }
                descending = false;
            }
            if (_newtonIterations >= _options.MaxIterations)
            {
                int drift = DriftLength(null);
                return drift > 0
                    ? Finish(RefinementStopReason.Diverged, DriftNote(drift))
                    : Finish(RefinementStopReason.IterationLimit, $"{_options.MaxIterations} Newton iterations used; ‖∇F‖ = {Short(_gradientNorm)} > tol = {Short(_tolerance)}");
            }
            RefinementResult? failure = EvaluateHessian();
            if (failure is not null)
            {
                return failure;
            }
            int window = _options.StallWindow;
            if (_newtonIterations >= window && _gradientNorm >= _options.StallRatio * _gradientNorms[^(window + 1)])
            {
                return FinishWithoutProgress($"‖∇F‖ fell only from {Short(_gradientNorms[^(window + 1)])} to {Short(_gradientNorm)} over the last {window} iterations");
            }
            if (!TryNewtonStep())
            {
                return FinishWithoutProgress($"no λ in {_options.MaxDampingTrials} trials reduced ‖∇F‖ = {Short(_gradientNorm)}");
            }
        }
    }

    /// <summary>‖g‖ ≤ tol: Converged, unless the last steps plus the prospective step from θ show drift to infinity.</summary>
    private RefinementResult FinishAtTolerance()
    {
        RefinementResult? failure = EvaluateHessian();
        if (failure is not null)
        {
            return failure;
        }
        double lambda = _mu * _hessianNorm * _gradientNorm;
        ComputeStep(double.IsFinite(lambda) ? lambda : 0);
        for (int i = 0; i < _dimension; i++)
        {
            _trialTheta[i] = _theta[i] + _step[i];
        }
        double valueAfter = _objective.Value(_trialTheta);
        var prospective = (ValueChange: valueAfter - _value, NormChange: Norm(_trialTheta) - _thetaNorms[^1], StepNorm: Norm(_step));
        int drift = DriftLength(prospective);
        return drift > 0
            ? Finish(RefinementStopReason.Diverged, DriftNote(drift))
            : Finish(RefinementStopReason.Converged, $"‖∇F‖ = {Short(_gradientNorm)} ≤ tol = {Short(_tolerance)}");
    }

    private RefinementResult FinishWithoutProgress(string why)
    {
        double ratio = _flatness ?? double.NaN;
        return ratio <= _options.FlatnessTolerance
            ? Finish(RefinementStopReason.GradientFlat, $"{why}; ‖Hg‖/(‖H‖‖g‖) = {Short(ratio)} ≤ {Short(_options.FlatnessTolerance)}: g lies in ker H")
            : Finish(RefinementStopReason.Stalled, $"{why}; ‖Hg‖/(‖H‖‖g‖) = {Short(ratio)}, so g is not in ker H");
    }

    /// <summary>
    /// Number of steps (≥ 2) in the drift window, or 0 when there is no drift: over the last w steps (the prospective
    /// Newton step last, when given) F did not rise (equality allowed: once F's fall is below its rounding it shows as 0),
    /// ‖θ‖ grew, and every step is at least DriftContraction times the one before.
    /// </summary>
    private int DriftLength((double ValueChange, double NormChange, double StepNorm)? prospective)
    {
        var steps = new List<(double ValueChange, double NormChange, double StepNorm)>();
        int fromHistory = Math.Min(_stepNorms.Count, _options.DriftWindow - (prospective is null ? 0 : 1));
        for (int j = _stepNorms.Count - fromHistory; j < _stepNorms.Count; j++)
        {
            steps.Add((_values[j + 1] - _values[j], _thetaNorms[j + 1] - _thetaNorms[j], _stepNorms[j]));
        }
        if (prospective is not null)
        {
            steps.Add(prospective.Value);
        }
        if (steps.Count < 2)
        {
            return 0;
        }
        for (int k = 0; k < steps.Count; k++)
        {
            var (dValue, dNorm, stepNorm) = steps[k];
            if (!(dValue <= 0 && dNorm > 0 && stepNorm > 0))
            {
                return 0;
            }
            if (k > 0 && !(stepNorm >= _options.DriftContraction * steps[k - 1].StepNorm))
            {
                return 0;
            }
        }
        return steps.Count;
    }

    private string DriftNote(int steps) =>
        $"drift: over the last {steps} steps F did not rise (now {Short(_value)}) and ‖θ‖ grew (to {Short(_thetaNorms[^1])}) with steps contracting by less than {Short(_options.DriftContraction)}; "
        + $"‖∇F‖ = {Short(_gradientNorm)} reflects an infimum at infinity, not a critical point";

    /// <summary>One gradient step θ ← θ − t∇F with Armijo backtracking on F; false when no t in 60 halvings decreases F.</summary>
    private bool TryDescentStep()
    {
        double t = _descentLength;
        double squared = _gradientNorm * _gradientNorm;
        for (int b = 0; b < MaxBacktracks; b++, t *= 0.5)
        {
            for (int i = 0; i < _dimension; i++)
            {
                _trialTheta[i] = _theta[i] - t * _gradient[i];
                _step[i] = _trialTheta[i] - _theta[i];
            }
            double trialValue = _objective.ValueAndGradient(_trialTheta, _trialGradient);
            double stepNorm = Norm(_step);
            if (stepNorm > 0 && double.IsFinite(trialValue) && AllFinite(_trialGradient)
                && trialValue < _value && trialValue <= _value - ArmijoFraction * t * squared)
            {
                _descentLength = 2 * t;
                _descentIterations++;
                Accept(trialValue, stepNorm, double.NaN);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One Levenberg–Marquardt iteration on ∇F = 0 with the spectral data at θ: tries λ = μ‖H‖‖g‖ and grows μ until the
    /// gain ratio on φ = ½‖∇F‖² exceeds <see cref="AcceptRatio"/>; false when no trial is accepted.
    /// </summary>
    private bool TryNewtonStep()
    {
        for (int trial = 0; trial < _options.MaxDampingTrials; trial++)
        {
            double lambda = _mu * _hessianNorm * _gradientNorm;
            if (!double.IsFinite(lambda))
            {
                return false;
            }
            double predicted = ComputeStep(lambda);
            if (!(predicted > 0))
            {
                return false; // Hg = 0 in floating point: no Gauss–Newton step can reduce ‖g‖².
            }
            for (int i = 0; i < _dimension; i++)
            {
                _trialTheta[i] = _theta[i] + _step[i];
            }
            double trialValue = _objective.ValueAndGradient(_trialTheta, _trialGradient);
            double trialNorm = Norm(_trialGradient);
            if (double.IsFinite(trialValue) && double.IsFinite(trialNorm))
            {
                double actual = 0.5 * (_gradientNorm - trialNorm) * (_gradientNorm + trialNorm);
                double rho = actual / predicted;
                if (rho > AcceptRatio)
                {
                    _mu = Math.Max(MinDamping, _mu * Math.Max(1.0 / 3, 1 - Math.Pow(2 * rho - 1, 3)));
                    _nu = 2;
                    _newtonIterations++;
                    Accept(trialValue, Norm(_step), lambda);
                    return true;
                }
            }
            _mu *= _nu;
            _nu *= 2;
        }
        return false;
    }

    /// <summary>
    /// Writes s = −Q·diag(λᵢ/(λᵢ² + λ))·Qᵀg into _step and returns the predicted fall ½‖g‖² − ½‖g + H_s s‖²
    /// = ½Σ cᵢ²·(λᵢ²/(λᵢ² + λ))·(1 + λ/(λᵢ² + λ)), written without cancellation; components with λᵢ² + λ = 0 are 0.
    /// </summary>
    private double ComputeStep(double lambda)
    {
        double predicted = 0;
        for (int i = 0; i < _dimension; i++)
        {
            double e = _eigenvalues[i];
            double d = e * e + lambda;
            if (d > 0 && double.IsFinite(d))
            {
                double c = _coefficients[i];
                _stepCoefficients[i] = -e * c / d;
                predicted += 0.5 * c * c * (e * e / d) * (1 + lambda / d);
            }
            else
            {
                _stepCoefficients[i] = 0;
            }
        }
        // s = Σᵢ cᵢ'·qᵢ over the columns of Q, read in their column-major storage.
        var q = _eigenvectors!.Storage is MathNet.Numerics.LinearAlgebra.Storage.DenseColumnMajorMatrixStorage<double> dense
            ? dense.Data : _eigenvectors.ToColumnMajorArray();
        Array.Clear(_step);
        for (int i = 0; i < _dimension; i++)
        {
            double coefficient = _stepCoefficients[i];
            if (coefficient != 0)
            {
                var column = q.AsSpan(i * _dimension, _dimension);
                for (int r = 0; r < _dimension; r++)
                {
                    _step[r] += coefficient * column[r];
                }
            }
        }
        return predicted;
    }

    /// <summary>
    /// Evaluates ∇²F(θ), checks it is P×P and finite, and sets Λ, Q, c = Qᵀg, ‖H‖₂ and ‖Hg‖/(‖H‖‖g‖) for H_s = (H + Hᵀ)/2.
    /// Returns a Diverged result for a non-finite entry, Stalled if the eigensolver fails, else null.
    /// </summary>
    private RefinementResult? EvaluateHessian()
    {
        _flatness = null;
        var h = _objective.Hessian(_theta);
        if (h.RowCount != _dimension || h.ColumnCount != _dimension)
        {
            throw new ArgumentException($"objective.Hessian returned a {h.RowCount}×{h.ColumnCount} matrix, expected {_dimension}×{_dimension}", "objective");
        }
        for (int i = 0; i < _dimension; i++)
        {
            for (int j = 0; j < _dimension; j++)
            {
                if (!double.IsFinite(h[i, j]))
                {
                    return Finish(RefinementStopReason.Diverged, $"∇²F(θ)[{i},{j}] is {Format(h[i, j])} at iteration {Iterations}");
                }
            }
        }
        var symmetric = (h + h.Transpose()) * 0.5;
        try
        {
            (_eigenvalues, _eigenvectors) = DenseLinearAlgebra.SymmetricEigen(symmetric);
        }
        catch (NonConvergenceException)
        {
            return Finish(RefinementStopReason.Stalled, $"the symmetric eigendecomposition of ∇²F(θ) did not converge at iteration {Iterations}");
        }
        _coefficients = _eigenvectors.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(_gradient)).ToArray();
        _hessianNorm = _eigenvalues.Max(Math.Abs);
        var hg = new double[_dimension];
        for (int i = 0; i < _dimension; i++)
        {
            hg[i] = _eigenvalues[i] * _coefficients[i];
        }
        _flatness = _hessianNorm > 0 && _gradientNorm > 0 ? Norm(hg) / _hessianNorm / _gradientNorm : 0;
        return null;
    }

    /// <summary>Moves θ to the trial point (in _trialTheta, _trialGradient) and records the iteration.</summary>
    private void Accept(double trialValue, double stepNorm, double lambda)
    {
        Array.Copy(_trialTheta, _theta, _dimension);
        Array.Copy(_trialGradient, _gradient, _dimension);
        _value = trialValue;
        _gradientNorm = Norm(_gradient);
        _flatness = null;
        _stepNorms.Add(stepNorm);
        _lambdas.Add(lambda);
        RecordPoint(Norm(_theta));
    }

    private void RecordPoint(double thetaNorm)
    {
        _gradientNorms.Add(_gradientNorm);
        _values.Add(_value);
        _thetaNorms.Add(thetaNorm);
    }

    /// <summary>A note naming the first non-finite quantity among F(θ) and ∇F(θ), or null when all are finite.</summary>
    private string? NonFinitePoint()
    {
        if (!double.IsFinite(_value))
        {
            return $"F(θ) is {Format(_value)} at iteration {Iterations}";
        }
        for (int i = 0; i < _dimension; i++)
        {
            if (!double.IsFinite(_gradient[i]))
            {
                return $"∇F(θ)[{i}] is {Format(_gradient[i])} at iteration {Iterations}";
            }
        }
        return null;
    }

    private RefinementResult Finish(RefinementStopReason reason, string note) => new()
    {
        Theta = _theta.ToArray(),
        Value = _value,
        GradientNorm = _gradientNorm,
        StopReason = reason,
        Note = note,
        Iterations = Iterations,
        DescentIterations = _descentIterations,
        GradientNorms = _gradientNorms.ToArray(),
        StepNorms = _stepNorms.ToArray(),
        Lambdas = _lambdas.ToArray(),
        Tolerance = _tolerance,
        Scale = _scale,
        DivergenceBound = _bound,
        FlatnessRatio = _flatness,
    };

    private static bool AllFinite(ReadOnlySpan<double> v)
    {
        foreach (double x in v)
        {
            if (!double.IsFinite(x))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>‖v‖₂ computed as m·‖v/m‖₂ with m = max|vᵢ| (no overflow or underflow); NaN if any entry is NaN.</summary>
    internal static double Norm(ReadOnlySpan<double> v)
    {
        double max = 0;
        foreach (double x in v)
        {
            double a = Math.Abs(x);
            if (double.IsNaN(a))
            {
                return double.NaN;
            }
            max = Math.Max(max, a);
        }
        if (max == 0 || double.IsInfinity(max))
        {
            return max;
        }
        double sum = 0;
        foreach (double x in v)
        {
            double r = x / max;
            sum += r * r;
        }
        return max * Math.Sqrt(sum);
    }

    /// <summary>Exact round-trip text of a double, with NaN and ±∞ spelled out.</summary>
    internal static string Format(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsPositiveInfinity(v) ? "+∞" : double.IsNegativeInfinity(v) ? "−∞" : v.ToString("R", CultureInfo.InvariantCulture);

    private static string Short(double v) =>
        double.IsNaN(v) ? "NaN" : double.IsInfinity(v) ? Format(v) : v.ToString("G4", CultureInfo.InvariantCulture);
}
