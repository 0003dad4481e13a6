namespace Strata.Lint;

/// <summary>
/// A relation's size on the target, from the catalog only (no lock on the relation): rows from
/// <c>pg_class.reltuples</c> (or the statistics' live-row count when the table was never analysed), bytes from the
/// pages of the table, its TOAST table and its indexes.
/// </summary>
internal sealed record RelationSize(long Rows, long Pages, long Bytes)
{
    public bool IsEmpty => Rows <= 0 && Pages <= 0;
}
