namespace Strata.Sql.Operations;

/// <summary>
/// The IF EXISTS / CASCADE that a create operation's options may carry for the drop that reverses it:
/// node-pg-migrate passes a create's options on to the drop, so <c>createTable(…, { cascade: true })</c>
/// is undone by <c>DROP TABLE … CASCADE</c>.
/// </summary>
internal readonly record struct DropFlags(bool IfExists = false, bool Cascade = false);
