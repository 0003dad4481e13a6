using System.Globalization;

namespace Strata.Auth;

/// <summary>
/// The SQL file better-auth's CLI (<c>auth generate</c>) writes for a set of changes, byte for byte:
/// statements joined by <c>;</c> and a blank line, a final <c>;</c> and no newline, under a
/// <c>-- DO NOT RUN THIS SCRIPT AS IT IS.</c> banner when a change is unsafe.
/// </summary>
internal sealed record AuthScript(AuthChanges Changes, IReadOnlyList<string> Statements)
{
    /// <summary>The folder better-auth writes into, relative to the project.</summary>
    public const string Folder = "better-auth_migrations";

    /// <summary>Compares the schema the options call for with the database and writes what is missing.</summary>
    public static AuthScript Generate(AuthOptions options, ExistingSchema existing) => Generate(SchemaModel.From(options), existing);

    /// <summary>Compares a desired schema with the database and writes what is missing.</summary>
    public static AuthScript Generate(SchemaModel desired, ExistingSchema existing)
    {
        var changes = SchemaDiff.Compare(desired, existing);
        return new AuthScript(changes, changes.Changes.Select(c => AuthSqlWriter.Write(c, desired.SchemaName)).ToList());
    }

    /// <summary>Nothing to do: better-auth then says "Your schema is already up to date." and writes no file.</summary>
    public bool IsEmpty => Statements.Count == 0;

    /// <summary>The file's content.</summary>
    public string Text => IsEmpty ? "" : Banner() + string.Join(";\n\n", Statements) + ";";

    /// <summary>
    /// <c>better-auth_migrations/&lt;UTC time in ISO 8601 with milliseconds, ':' replaced by '-'&gt;.sql</c>,
    /// e.g. <c>better-auth_migrations/2026-11-24T22-45-52.137Z.sql</c>.
    /// </summary>
    public static string FileName(DateTimeOffset now) =>
        Folder + "/" + now.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH'-'mm'-'ss'.'fff'Z'", CultureInfo.InvariantCulture) + ".sql";

    private string Banner()
    {
        if (Changes.UnsafeChanges.Count == 0) return "";
        var rule = "-- " + new string('-', 77);
        var lines = new List<string> { rule, "-- DO NOT RUN THIS SCRIPT AS IT IS.", "-- Applying it to a populated database corrupts the rows it touches:" };
        foreach (var change in Changes.BetterAuthWords)
        {
            lines.Add("--");
            lines.Add("-- " + change);
        }
        lines.Add(rule);
        lines.Add("");
        return string.Join("\n", lines);
    }
}
