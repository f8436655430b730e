using System.Globalization;
using Classifier.Core.Learning.Bundles;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Tagging;
using Spectre.Console;

namespace Classifier.Cli;

/// <summary>Renders what a bundle records about how it was chosen and calibrated: trainer comparison, reliability, threshold.</summary>
internal static class ModelTables
{
    /// <summary>The cross-validated candidates the trainer was picked from, and why.</summary>
    public static void RenderTrainerComparison(IAnsiConsole console, BundleMetadata metadata)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Trainer (features)").AddColumn("Accuracy", Right).AddColumn("Macro-F1", Right).AddColumn("Chosen");
        foreach (var score in metadata.TrainerComparison)
        {
            table.AddRow(score.Trainer, Fixed(score.Accuracy), Fixed(score.MacroF1), score.Options == metadata.Options ? "yes" : "");
        }
        console.Write(table);
        console.WriteLine(metadata.SelectionReason);
        console.WriteLine(metadata.ComparisonOrigin switch
        {
            ComparisonOrigin.CarriedOver => "(This comparison was made when the previous model was trained, and carried over; run 'train --trainer all' to compare again on the current data.)",
            ComparisonOrigin.NotRun => "(No trainers were compared; run 'train --trainer all' to compare them.)",
            _ => "(Compared in this training.)",
        });
    }

    /// <summary>Out-of-fold top-1 confidence against accuracy before and after temperature scaling, then the threshold.</summary>
    public static void RenderCalibration(IAnsiConsole console, CalibrationReport calibration, NoFitThreshold threshold)
    {
        console.WriteLine(
            $"Calibration on out-of-fold predictions: temperature {calibration.Temperature:0.000}, "
            + $"ECE {Fixed(calibration.Before.ExpectedCalibrationError)} -> {Fixed(calibration.After.ExpectedCalibrationError)}, "
            + $"NLL {Fixed(calibration.NegativeLogLikelihoodBefore)} -> {Fixed(calibration.NegativeLogLikelihoodAfter)}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Confidence").AddColumn("Papers", Right).AddColumn("Mean conf.", Right).AddColumn("Accuracy", Right)
            .AddColumn("Calibrated papers", Right).AddColumn("Mean conf.", Right).AddColumn("Accuracy", Right);
        foreach (var (before, after) in calibration.Before.Bins.Zip(calibration.After.Bins))
        {
            table.AddRow(
                $"{before.Lower:0.0}-{before.Upper:0.0}",
                Count(before.Count), Fixed(before.MeanConfidence), Fixed(before.Accuracy),
                Count(after.Count), Fixed(after.MeanConfidence), Fixed(after.Accuracy));
        }
        console.Write(table);
        if (threshold.Abstention is { } shares)
        {
            console.WriteLine(
                $"No category fits when out of scope ranks first or its calibrated probability is above {Fixed(threshold.Value)}: "
                + $"out of fold, {shares.OutOfScopeAbstained}/{shares.OutOfScope} out-of-scope papers ({shares.OutOfScopeShare:P0}) and "
                + $"{shares.InScopeAbstained}/{shares.InScope} in-scope papers ({shares.InScopeShare:P1}) are told so; "
                + $"accuracy {Fixed(threshold.AccuracyAbove)} on the rest.");
            return;
        }
        console.WriteLine(
            $"No category fits below calibrated confidence {Fixed(threshold.Value)}: out-of-fold accuracy {Fixed(threshold.AccuracyAbove)} "
            + $"on the {threshold.Coverage:P0} of papers at or above it (target {threshold.TargetAccuracy:0.00}).");
    }

    private static void Right(TableColumn column) => column.RightAligned();

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Fixed(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
