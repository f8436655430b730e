using Classifier.Core.Learning;
using Classifier.Core.Learning.Candidates;
using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Tests.Learning.Features.Ngrams;

/// <summary>The n-gram models `train --features ngrams` compares (LBFGS on title and summary, SDCA on the title), fitted once on data/.</summary>
public sealed class DataModelsFixture
{
    public DataModelsFixture()
    {
        Papers = LabelledDataReader.Read(RepoData.Folder).Months.SelectMany(m => m.Papers).ToList();
        Models = new Dictionary<string, TrainedModel>
        {
            ["lbfgs title+summary"] = ModelTrainer.Train(Papers, new TrainingOptions { Trainer = TrainerKind.LbfgsMaximumEntropy, MaximumIterations = 30 }),
            ["sdca title"] = ModelTrainer.Train(Papers, new TrainingOptions { Trainer = TrainerKind.SdcaMaximumEntropy, UseSummary = false, MaximumIterations = 30 }),
        };
    }

    internal IReadOnlyList<Paper> Papers { get; }

    internal IReadOnlyDictionary<string, TrainedModel> Models { get; }
}
