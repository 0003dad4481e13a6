namespace Strata.App;

/// <summary>The language a migration file is written in, from its extension.</summary>
internal enum MigrationLanguage { Sql, CSharp, NodeScript }

/// <summary>
/// A migration on disk. Its name is the file name without the last extension, as node-pg-migrate
/// records it in <c>pgmigrations</c>, so either tool recognises the other's history.
/// </summary>
internal sealed record MigrationFile(string Name, string Path, MigrationLanguage Language, decimal Prefix)
{
    public string FileName => System.IO.Path.GetFileName(Path);
}
