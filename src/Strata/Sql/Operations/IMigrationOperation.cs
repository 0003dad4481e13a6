namespace Strata.Sql.Operations;

/// <summary>
/// One recorded call on the migration builder: an immutable value that knows its SQL
/// and, when it can be undone mechanically, the operation that undoes it.
/// </summary>
internal interface IMigrationOperation
{
    /// <summary>The builder method that recorded it, for error messages ("pgm.DropTable()").</summary>
    string Method { get; }

    /// <summary>
    /// The steps, in order. A step is what node-pg-migrate calls a step: usually one
    /// statement, sometimes a statement and its COMMENTs; down-migrations reverse the
    /// order of steps, never the statements inside one.
    /// </summary>
    IReadOnlyList<string> ToSql(SqlNaming naming);

    /// <summary>The operation that undoes this one, or null when it cannot be inferred.</summary>
    IMigrationOperation? Reverse();
}
