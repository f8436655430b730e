namespace Classifier.Bench;

internal static class Program
{
    private static void Main(string[] args)
    {
    }
}
