namespace Strata.Sql.Operations;

/// <summary>
/// The default and nullability clauses that <c>ALTER TABLE … ALTER</c>, <c>ALTER DOMAIN</c> and
/// <c>ALTER VIEW … ALTER COLUMN</c> share, with node-pg-migrate's reading of their options.
/// </summary>
internal static class AlterClauses
{
    /// <summary><c>SET DEFAULT value</c>, <c>DROP DEFAULT</c> for <see cref="SqlValue.Null"/>, nothing when not given.</summary>
    public static string? Default(SqlValue? value) => value switch
    {
        null => null,
        { IsNull: true } => "DROP DEFAULT",
        { } v => $"SET DEFAULT {v.ToSql()}",
    };

    /// <summary><c>SET NOT NULL</c>, or <c>DROP NOT NULL</c> for notNull false or allowNull.</summary>
    public static string? NotNull(bool? notNull, bool allowNull) =>
        notNull == true ? "SET NOT NULL" : notNull == false || allowNull ? "DROP NOT NULL" : null;
}
