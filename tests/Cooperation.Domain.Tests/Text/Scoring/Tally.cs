using System;
using System.Collections.Generic;
using System.Linq;

namespace Cooperation.Domain.Tests.Text.Scoring;

/// <summary>
/// The counts of one kind (or of meetings): gold items that count, predictions, matches (true positives), false
/// positives, false negatives, and predictions ignored because they fall on optional gold.
/// </summary>
public sealed class Tally
{
    /// <summary>Matched predictions.</summary>
    public int TruePositives { get; internal set; }

    /// <summary>Predictions that match nothing and fall on no optional gold.</summary>
    public int FalsePositives { get; internal set; }

    /// <summary>Gold items no prediction matched.</summary>
    public int FalseNegatives { get; internal set; }

    /// <summary>Gold items that count (not optional).</summary>
    public int Gold { get; internal set; }

    /// <summary>Predictions of this kind, ignored ones included.</summary>
    public int Predicted { get; internal set; }

    /// <summary>Unmatched predictions on optional gold.</summary>
    public int Ignored { get; internal set; }

    /// <summary>Matched over matched and false positives; 0 when nothing was predicted (score.py's convention).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Matched over matched and false negatives; 0 when there is no gold.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 0.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    /// <inheritdoc/>
    public override string ToString() => $"gold {Gold}, predicted {Predicted}, TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, ignored {Ignored}";
}
