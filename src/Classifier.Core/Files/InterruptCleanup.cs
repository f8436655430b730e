using System.Runtime.InteropServices;

namespace Classifier.Core.Files;

/// <summary>Removes a temporary file when the process is interrupted (SIGINT, SIGTERM, SIGHUP) before its owner could.</summary>
/// <remarks>
/// .NET ends an interrupted process without running the main thread's finally blocks, so a temporary file that a
/// finally would delete stays behind: each interrupted <c>cat papers | cvclassify tag -</c> left a whole copy of its
/// input in the temp folder. The handler deletes by path and lets the signal end the process as before; a file already
/// renamed into place is no longer at that path, so a finished write is never undone.
/// </remarks>
public static class InterruptCleanup
{
    private static readonly PosixSignal[] s_signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP];

    /// <summary>Deletes <paramref name="path"/> if a signal ends the process while the returned registration is alive; dispose it when the file is gone or kept.</summary>
    public static IDisposable DeleteOnInterrupt(string path)
    {
        var registrations = new List<PosixSignalRegistration>();
        try
        {
            foreach (var signal in s_signals)
            {
                registrations.Add(PosixSignalRegistration.Create(signal, _ => TryDelete(path)));
            }
        }
        catch (PlatformNotSupportedException)
        {
            // Where signals cannot be handled (a browser, some mobile targets) the next run's sweep is all there is.
        }
        return new Registrations(registrations);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process is ending; nothing better can be done with the file.
        }
    }

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose() => registrations.ForEach(r => r.Dispose());
    }
}
