namespace Strata.App;

/// <summary>The language a migration file is written in, from its extension.</summary>
internal enum MigrationLanguage { Sql, CSharp, NodeScript }

/// <summary>
/// A migration on disk. Its name is the file name without the last extension, as node-pg-migrate
/// records it in <c>pgmigrations</c>, so either tool recognises the other's history. A migration compiled into an
/// app has a <see cref="Class"/> (no file to read or compile) and an embedded SQL one a <see cref="Resource"/>.
/// </summary>
internal sealed record MigrationFile(string Name, string Path, MigrationLanguage Language, decimal Prefix)
{
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The class the app's build compiled; null for a file.</summary>
    public Type? Class { get; init; }

    /// <summary>The embedded resource holding the SQL; null for a file.</summary>
    public EmbeddedSql? Resource { get; init; }
}
