namespace Classifier.Core.Learning.Features.Ngrams;

/// <summary>Where each character n-gram's row sits in <see cref="NgramRows"/>; the scores are the same bits either way, since the accumulator, not the row, orders the sums.</summary>
internal enum NgramRowOrder
{
    /// <summary>The pool's slot order, as ML.NET numbers the features.</summary>
    Slot,

    /// <summary>A trie's depth-first order: each n-gram followed by its extensions, so that one text position's 3-, 4- and 5-gram rows lie side by side.</summary>
    Trie,
}
