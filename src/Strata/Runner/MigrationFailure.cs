namespace Strata.Runner;

/// <summary>Why a run stopped: the migration, where in its file, the statement and PostgreSQL's words.</summary>
public sealed record MigrationFailure(
    string Migration,
    string File,
    int? Line,
    int? Column,
    string? Statement,
    string Message,
    string? SqlState)
{
    /// <summary>The message as a person reads it: <c>file:line:col</c>, PostgreSQL's message, the statement.</summary>
    public string Describe()
    {
        var where = File + (Line is { } l ? $":{l}" + (Column is { } c ? $":{c}" : "") : "");
        var text = $"{where}: migration {Migration} failed: {Message}";
        if (Statement is not null)
        {
            var lines = Statement.Split('\n');
            var shown = lines.Length > 12 ? string.Join('\n', lines.Take(12)) + "\n…" : Statement;
            text += "\n  in statement:\n    " + shown.Replace("\n", "\n    ");
        }
        return text;
    }
}
