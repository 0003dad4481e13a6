namespace Strata.Sql.Operations;

/// <summary>The base of the operation records: irreversible unless a record says otherwise.</summary>
internal abstract record MigrationOperation : IMigrationOperation
{
    public abstract string Method { get; }

    public abstract IReadOnlyList<string> ToSql(SqlNaming n);

    public virtual IMigrationOperation? Reverse() => null;
}
