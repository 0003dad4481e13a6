namespace Strata.Db;

/// <summary>Reads a <c>.env</c> file (quotes, <c>export</c>, comments) without touching the process environment.</summary>
internal static class EnvFile
{
    public static IReadOnlyDictionary<string, string> Read(string path)
    {
        if (!File.Exists(path)) return new Dictionary<string, string>();
        try
        {
            var pairs = DotNetEnv.Env.NoEnvVars().NoClobber().Load(path);
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in pairs) result[k] = v;
            return result;
        }
        catch (Exception e) when (e is not StrataException)
        {
            throw StrataException.Input($"Cannot read {path}: {FirstLine(e.Message)}", e);
        }
    }

    static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
