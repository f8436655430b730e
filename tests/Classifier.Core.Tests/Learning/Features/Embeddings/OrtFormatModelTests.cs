using System.Security.Cryptography;
using Classifier.Core.Learning.Features.Embeddings;
using Microsoft.ML.OnnxRuntime;

namespace Classifier.Core.Tests.Learning.Features.Embeddings;

public sealed class OrtFormatModelTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ort-format-").FullName;
    private readonly string _source;

    public OrtFormatModelTests() => _source = MiniLmModelFile.Extract(_folder) ?? throw new IOException("cannot copy the model");

    private static string SourceSha256 => MiniLmModel.Identity.ModelSha256;

    private string SavedPath => OrtFormatModel.SavedPath(_source);

    [Fact]
    public void TryOpen_TheFirstTime_SavesTheModelAndItsRecord_AndComputesWhatThePlainSessionComputes()
    {
        using var session = OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.IsType<PinnedModelSession>(session);
        Assert.True(File.Exists(SavedPath));
        Assert.Equal(SourceSha256, Record().Source);
        Assert.Equal(Hash(SavedPath), Record().Saved);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp-*", SearchOption.AllDirectories));
        Assert.Equal(PlainOutput(), Output(session!));
    }

    [Fact]
    public void TryOpen_ASecondTime_LoadsTheSavedFileWithoutSavingIt()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        var saved = File.GetLastWriteTimeUtc(SavedPath);

        using var again = OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.IsType<PinnedModelSession>(again);
        Assert.Equal(saved, File.GetLastWriteTimeUtc(SavedPath));
    }

    [Fact]
    public void TryOpen_WhenTheSavedFileWasDamaged_SavesItAgainAndComputesWhatThePlainSessionComputes()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        FlipByte(SavedPath, new FileInfo(SavedPath).Length / 2);

        using var session = OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.NotNull(session);
        Assert.Equal(Hash(SavedPath), Record().Saved);
        Assert.Equal(PlainOutput(), Output(session));
    }

    [Fact]
    public void TryOpen_WhenTheRecordNamesAnotherSource_SavesAgainFromThisOne()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => new string('0', 64)))
        {
        }

        using var session = OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.NotNull(session);
        Assert.Equal(SourceSha256, Record().Source);
    }

    [Fact]
    public void TryOpen_WhenTheRecordIsDamaged_SavesItAgain()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        File.WriteAllText(OrtFormatModel.RecordPath(SavedPath), "not a record\n");

        using var session = OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.IsType<PinnedModelSession>(session);
        Assert.Equal(Hash(SavedPath), Record().Saved);
    }

    [Fact]
    public void TryOpen_WhenTheRecordsSourceLineWasDamaged_SavesAgainRatherThanVouchForIt()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        // The three files copied under another path, which this process has not checked yet.
        var copy = Path.Combine(_folder, "copy", Path.GetFileName(_source));
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(_source, copy);
        File.Copy(SavedPath, OrtFormatModel.SavedPath(copy));
        var lines = File.ReadAllLines(OrtFormatModel.RecordPath(SavedPath));
        // Still 64 hex digits: only the seal tells this line from the real one.
        lines[0] = (lines[0][0] == 'a' ? "b" : "a") + lines[0][1..];
        File.WriteAllLines(OrtFormatModel.RecordPath(OrtFormatModel.SavedPath(copy)), lines);

        using var session = OrtFormatModel.TryOpen(copy, OnnxSessionSettings.Tuned, () => SourceSha256);

        Assert.IsType<PinnedModelSession>(session);
        Assert.Equal(SourceSha256, OrtFormatModel.VouchedSource(copy));
        Assert.Equal(SourceSha256, File.ReadAllLines(OrtFormatModel.RecordPath(OrtFormatModel.SavedPath(copy)))[0]);
    }

    [Fact]
    public void VouchedSource_OnceTheSavedFormIsOpened_IsItsRecordedSource_WithoutReadingTheOnnx()
    {
        Assert.Null(OrtFormatModel.VouchedSource(_source));
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        // The .onnx is now other bytes of the same length: an identity hashed from it would change.
        FlipByte(_source, new FileInfo(_source).Length / 2);

        Assert.Equal(SourceSha256, OrtFormatModel.VouchedSource(_source));
        Assert.Equal(SourceSha256, MiniLmModel.IdentityOf(_source).ModelSha256);
    }

    [Fact]
    public void ConfirmSource_WhenTheOnnxNoLongerMatchesTheVouchedSource_RefusesWithTheFileNamed()
    {
        using (OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256))
        {
        }
        OrtFormatModel.ConfirmSource(_source);
        FlipByte(_source, new FileInfo(_source).Length / 2);

        var refused = Assert.Throws<IOException>(() => OrtFormatModel.ConfirmSource(_source));

        Assert.StartsWith($"{_source}: the encoder model differs", refused.Message);
    }

    [Fact]
    public void TryOpen_WhenTheSavedFileCannotBeWritten_ReturnsNullForThePlainSession()
    {
        Directory.CreateDirectory(SavedPath);

        Assert.Null(OrtFormatModel.TryOpen(_source, OnnxSessionSettings.Tuned, () => SourceSha256));
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp-*", SearchOption.AllDirectories));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string Source, string Saved) Record()
    {
        var lines = File.ReadAllLines(OrtFormatModel.RecordPath(SavedPath));
        Assert.Equal(3, lines.Length);
        return (lines[0], lines[1]);
    }

    private float[] PlainOutput()
    {
        using var options = OnnxSessionSettings.Plain.CreateOptions();
        using var plain = new InferenceSession(_source, options);
        return Output(plain);
    }

    // Four texts of 12 token ids, the last two padded: what MiniLmEncoder hands the session.
    private static float[] Output(InferenceSession session)
    {
        var random = new Random(3);
        var ids = Enumerable.Range(0, 4 * 12).Select(_ => (long)random.Next(1000, 20000)).ToArray();
        var mask = Enumerable.Range(0, 4 * 12).Select(i => i / 12 < 2 || i % 12 < 8 ? 1L : 0L).ToArray();
        long[] shape = [4, 12];
        using var inputIds = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var attention = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var tokenTypes = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var options = new RunOptions();
        using var outputs = session.Run(options, ["input_ids", "attention_mask", "token_type_ids"], [inputIds, attention, tokenTypes], [session.OutputNames[0]]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static void FlipByte(string path, long offset)
    {
        using var file = File.Open(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = offset;
        var value = file.ReadByte();
        file.Position = offset;
        file.WriteByte((byte)(value ^ 0xFF));
    }

    private static string Hash(string path)
    {
        using var file = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }
}
