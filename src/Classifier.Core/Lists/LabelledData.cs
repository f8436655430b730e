using Classifier.Core.Papers;

namespace Classifier.Core.Lists;

/// <summary>The labelled months of a data folder, oldest first, with the lists they were read from.</summary>
internal sealed record LabelledData(IReadOnlyList<LabelledMonth> Months, IReadOnlyList<MonthlyList> Lists);
