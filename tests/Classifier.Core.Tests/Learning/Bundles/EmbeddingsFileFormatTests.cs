using Classifier.Core.Learning.Bundles;

namespace Classifier.Core.Tests.Learning.Bundles;

public sealed class EmbeddingsFileFormatTests
{
    [Fact]
    public void Read_WhenARowHoldsNaN_RefusesNamingTheFileAndRow()
    {
        var bytes = new byte[2 * 3 * sizeof(float)];
        BitConverter.GetBytes(float.NaN).CopyTo(bytes, 4 * sizeof(float));

        var error = Assert.Throws<ModelBundleException>(() => EmbeddingsFileFormat.Read("b/embeddings.bin", bytes, rows: 2, dimension: 3)).Message;

        Assert.Equal("b/embeddings.bin: row 2 holds a value that is not a finite number; the bundle is damaged, retrain the model", error);
    }

    [Fact]
    public void Read_OfFiniteRows_GivesThemBackInOrder()
    {
        float[] values = [1, 2, 3, 4];
        var bytes = values.SelectMany(BitConverter.GetBytes).ToArray();

        var rows = EmbeddingsFileFormat.Read("embeddings.bin", bytes, rows: 2, dimension: 2);

        Assert.Equal([3f, 4f], rows[1]);
    }
}
