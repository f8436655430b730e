using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Classifier.Core.Learning.Features.Embeddings;

/// <summary>Encodes texts into L2-normalised all-MiniLM-L6-v2 sentence embeddings (mean pooling) with ONNX Runtime, in length-sorted batches.</summary>
/// <remarks>The ONNX session is created on the first encode, so loading a bundle or tagging with an n-gram model never pays for it.</remarks>
internal sealed class MiniLmEncoder : IDisposable
{
    /// <summary>Texts of similar length share a batch, so little of each batch is padding.</summary>
    public const int BatchSize = 16;

    /// <summary>
    /// The most tokens (texts times the longest) one batch holds: long texts go in smaller batches, since attention's
    /// memory grows with the batch times the square of its length (16 texts of 256 tokens: about 50 MB per layer).
    /// 16 x 64 rather than 16 x 96: tagging 1,000 papers with summaries peaked at 310 MB instead of 365, at the same CPU.
    /// </summary>
    public const int TokenBudget = 16 * 64;

    private readonly Lazy<InferenceSession> _session;
    private readonly BertTokenizer _tokenizer;

    /// <param name="settings">How the ONNX session is built; <see cref="OnnxSessionSettings.Tuned"/> when null.</param>
    /// <param name="modelPath">Another ONNX file of the same model (its int8 quantisation); the package's model when null.</param>
    public MiniLmEncoder(OnnxSessionSettings? settings = null, string? modelPath = null)
    {
        _tokenizer = MiniLmPreloader.TakeTokenizer() ?? CreateTokenizer();
        var chosen = settings ?? OnnxSessionSettings.Tuned;
        _session = new Lazy<InferenceSession>(() => MiniLmPreloader.Take(chosen, modelPath) ?? CreateSession(chosen, modelPath));
    }

    public static int Dimension => MiniLmModel.Dimension;

    /// <summary>The model's WordPiece tokenizer over the package's vocabulary, lower-casing as the model was trained.</summary>
    internal static BertTokenizer CreateTokenizer()
    {
        using var vocabulary = MiniLmModel.OpenVocabulary();
        return BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true });
    }

    /// <summary>One unit-length vector per text, in input order.</summary>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        var tokens = texts.Select(Tokenize).ToArray();
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Length).ThenBy(i => i).ToArray();
        var result = new float[texts.Count][];
        for (var start = 0; start < order.Length;)
        {
            var batch = order[start..BatchEnd(order, tokens, start)];
            start += batch.Length;
            var vectors = EncodeBatch(batch.Select(i => tokens[i]).ToArray());
            for (var b = 0; b < batch.Length; b++)
            {
                result[batch[b]] = vectors[b];
            }
        }
        return result;
    }

    // Sorted by length, so the batch's last text is its longest; at least one text, whatever its length.
    private static int BatchEnd(int[] order, long[][] tokens, int start)
    {
        var end = start + 1;
        while (end < order.Length && end - start < BatchSize && (end - start + 1) * tokens[order[end]].Length <= TokenBudget)
        {
            end++;
        }
        return end;
    }

    public void Dispose()
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
    }

    private long[] Tokenize(string text) =>
        [.. _tokenizer.EncodeToIds(text, MiniLmModel.MaxTokens, addSpecialTokens: true, out _, out _).Select(id => (long)id)];

    private float[][] EncodeBatch(long[][] batch)
    {
        var length = batch.Max(t => t.Length);
        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var b = 0; b < batch.Length; b++)
        {
            batch[b].CopyTo(ids, b * length);
            Array.Fill(mask, 1L, b * length, batch[b].Length);
        }
        long[] shape = [batch.Length, length];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var options = new RunOptions();
        var session = _session.Value;
        using var outputs = session.Run(options, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attention, tokenTypes], [session.OutputNames[0]]);
        return MeanPool(outputs[0].GetTensorDataAsSpan<float>(), batch, length);
    }

    // Mean over the real tokens of each text, then scaled to unit length, as sentence-transformers does for this model.
    private static float[][] MeanPool(ReadOnlySpan<float> hidden, long[][] batch, int length)
    {
        var dimension = MiniLmModel.Dimension;
        var result = new float[batch.Length][];
        for (var b = 0; b < batch.Length; b++)
        {
            var sum = new double[dimension];
            for (var t = 0; t < batch[b].Length; t++)
            {
                var row = hidden.Slice((b * length + t) * dimension, dimension);
                for (var d = 0; d < dimension; d++)
                {
                    sum[d] += row[d];
                }
            }
            var norm = Math.Sqrt(sum.Sum(s => s * s));
            result[b] = [.. sum.Select(s => (float)(norm == 0 ? 0 : s / norm))];
        }
        return result;
    }

    /// <summary>A new session over the package's model, or the file given, built with these settings.</summary>
    internal static InferenceSession CreateSession(OnnxSessionSettings settings, string? modelPath = null)
    {
        var file = modelPath ?? MiniLmModelFile.Path;
        if (file is not null && File.Exists(file))
        {
            if (settings.FromSavedOrtFormat && OrtFormatModel.TryOpen(file, settings, () => EncoderWeights.ModelSha256(modelPath)) is { } saved)
            {
                return saved;
            }
            // The session reads this file itself: it must be the model the identity names.
            OrtFormatModel.ConfirmSource(file);
        }
        using var options = settings.CreateOptions();
        return modelPath is null ? MiniLmModel.CreateSession(options) : new InferenceSession(modelPath, options);
    }
}
