namespace Strata.Lint;

/// <summary>An effect weighed by the relation's size on the target.</summary>
/// <param name="Effect">What PostgreSQL did on the scratch database.</param>
/// <param name="Target">The relation's size on the target, or null when it does not exist there (a pending migration creates it).</param>
/// <param name="Hold">How long the lock would be held on the target, when measured.</param>
/// <param name="Verdict">The verdict for this relation.</param>
/// <param name="Reason">Why, in one sentence.</param>
internal sealed record WeighedEffect(RelationEffect Effect, RelationSize? Target, HoldTime? Hold, Verdict Verdict, string Reason);
