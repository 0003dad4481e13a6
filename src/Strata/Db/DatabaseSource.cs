namespace Strata.Db;

/// <summary>Where the database URL came from, so messages can name it.</summary>
/// <param name="Url">The URL or keyword/value string; null means the embedded local database.</param>
/// <param name="Origin">A person's name for the source: "--database-url", "DATABASE_URL in .env" …</param>
internal sealed record DatabaseSource(string? Url, string Origin)
{
    public bool IsEmbedded => Url is null;

    /// <summary>
    /// --database-url, else the variable in the environment, else the variable in the .env file,
    /// else the embedded database.
    /// </summary>
    public static DatabaseSource Resolve(string? flag, string variable, Func<string, string?> environment, string envFilePath) =>
        Resolve(flag, variable, environment, EnvFile.Read(envFilePath), Path.GetFileName(envFilePath));

    /// <summary>The same, with the .env file already read.</summary>
    public static DatabaseSource Resolve(string? flag, string variable, Func<string, string?> environment, IReadOnlyDictionary<string, string> envFile, string envFileName)
    {
        if (!string.IsNullOrWhiteSpace(flag)) return new(flag, "--database-url");
        var fromEnv = environment(variable);
        if (!string.IsNullOrWhiteSpace(fromEnv)) return new(fromEnv, $"{variable} in the environment");
        if (envFile.TryGetValue(variable, out var fromFile) && !string.IsNullOrWhiteSpace(fromFile))
            return new(fromFile, $"{variable} in {envFileName}");
        return new(null, "the embedded local database");
    }

    /// <summary>Parses the URL; errors say where it came from.</summary>
    public ConnectionTarget Parse()
    {
        if (Url is null) throw new InvalidOperationException("The embedded database has no URL until it is started.");
        try
        {
            return ConnectionUrl.Parse(Url);
        }
        catch (StrataException e)
        {
            throw StrataException.Input($"{e.Message} (from {Origin})", e);
        }
    }
}
