using Classifier.Core.Lists;
using Classifier.Core.Papers;

namespace Classifier.Core.Drafting;

/// <summary>What a draft is for: its month, the file it will be (for the review's locations), its template and earlier lists.</summary>
/// <param name="OtherLists">Earlier months' lists: a paper one of them holds is left out, as review would flag it as a duplicate.</param>
internal sealed record DraftSettings(Month Month, string File, DraftTemplate Template, IReadOnlyList<MonthlyList> OtherLists);
