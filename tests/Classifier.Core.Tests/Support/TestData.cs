namespace Classifier.Core.Tests.Support;

internal static class TestData
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);
}
