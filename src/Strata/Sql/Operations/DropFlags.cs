namespace Strata.Sql.Operations;

/// <summary>
/// The IF EXISTS / CASCADE that a create operation's options may carry for the drop that reverses it:
/// node-pg-migrate's types give a create the options of the drop that undoes it, so
/// <c>createIndex(…, { cascade: true })</c> is undone by <c>DROP INDEX … CASCADE</c>. (Its <c>createTable</c>
/// passes the columns where the drop reads its options, so it drops them; Strata honours them there too.)
/// </summary>
internal readonly record struct DropFlags(bool IfExists = false, bool Cascade = false);
