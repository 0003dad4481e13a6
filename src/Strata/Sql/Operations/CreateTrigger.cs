using System.Text.RegularExpressions;

namespace Strata.Sql.Operations;

/// <summary>
/// The options of <c>CreateTrigger</c>. With a function definition, the function options
/// (<see cref="FunctionOptions.Language"/> …) describe the trigger function created with it.
/// </summary>
internal sealed record TriggerOptions : FunctionOptions
{
    /// <summary><c>BEFORE</c>, <c>AFTER</c> or <c>INSTEAD OF</c>.</summary>
    public string? When { get; init; }
    /// <summary><c>INSERT</c>, <c>UPDATE [OF …]</c>, <c>DELETE</c>, <c>TRUNCATE</c>; several are joined with OR.</summary>
    public required IReadOnlyList<string> Operation { get; init; }
    /// <summary><c>CREATE CONSTRAINT TRIGGER</c>: always AFTER and FOR EACH ROW.</summary>
    public bool Constraint { get; init; }
    /// <summary>The function to execute; by default, with a definition, a function named like the trigger.</summary>
    public SqlName? Function { get; init; }
    /// <summary>Arguments passed to the trigger function.</summary>
    public IReadOnlyList<SqlValue> FunctionParams { get; init; } = [];
    /// <summary><c>STATEMENT</c> (the default) or <c>ROW</c>.</summary>
    public string Level { get; init; } = "STATEMENT";
    /// <summary><c>WHEN (condition)</c>; not for INSTEAD OF triggers.</summary>
    public string? Condition { get; init; }
    /// <summary>A constraint trigger's <c>DEFERRABLE</c>; otherwise <c>NOT DEFERRABLE</c>.</summary>
    public bool Deferrable { get; init; }
    /// <summary>With <see cref="Deferrable"/>: <c>INITIALLY DEFERRED</c>.</summary>
    public bool Deferred { get; init; }
}

/// <summary>
/// <c>CREATE TRIGGER</c>, preceded by its <c>CREATE FUNCTION … RETURNS trigger</c> when given a
/// definition; reversed by dropping both (the trigger first, in the same step).
/// </summary>
internal sealed partial record CreateTrigger(SqlName Table, string Trigger, TriggerOptions Options, SqlValue? Definition, TypeShorthands Shorthands)
    : MigrationOperation
{
    public override string Method => "CreateTrigger";

    private SqlName? FunctionName => Options.Function ?? (Definition is { IsTruthy: true } ? (SqlName)Trigger : (SqlName?)null);

    [GeneratedRegex(@"instead\s+of", RegexOptions.IgnoreCase)]
    private static partial Regex InsteadOf();

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var when = o.Constraint ? "AFTER" : o.When;
        if (string.IsNullOrEmpty(when)) throw new ArgumentException("\"when\" (BEFORE/AFTER/INSTEAD OF) have to be specified");
        var insteadOf = InsteadOf().IsMatch(when);
        // PostgreSQL accepts INSTEAD OF and constraint triggers only FOR EACH ROW. node-pg-migrate forces it
        // for INSTEAD OF only and writes an invalid FOR EACH STATEMENT for a constraint trigger; Strata forces both.
        var level = insteadOf || o.Constraint ? "ROW" : o.Level;
        var function = FunctionName ?? throw new ArgumentException("Can't determine function name");
        if (insteadOf && !string.IsNullOrEmpty(o.Condition)) throw new ArgumentException("INSTEAD OF trigger can't have condition specified");
        var operations = string.Join(" OR ", o.Operation);
        if (operations.Length == 0) throw new ArgumentException("\"operation\" (INSERT/UPDATE[ OF ...]/DELETE/TRUNCATE) have to be specified");

        var deferrable = o.Constraint ? (o.Deferrable ? References.Deferrable(o.Deferred) : "NOT DEFERRABLE") + "\n  " : "";
        var condition = string.IsNullOrEmpty(o.Condition) ? "" : $"WHEN ({o.Condition})\n  ";
        var trigger = $"CREATE{SqlText.If(o.Constraint, " CONSTRAINT")} TRIGGER {n.Ident(Trigger)}\n"
            + $"  {when} {operations} ON {n.Quote(Table)}\n  {deferrable}FOR EACH {level}\n"
            + $"  {condition}EXECUTE PROCEDURE {n.Quote(function)}({string.Join(", ", o.FunctionParams.Select(p => p.ToSql()))});";
        if (Definition is not { IsTruthy: true } definition) return [trigger];
        var createFunction = new CreateFunction(function, [], o with { Returns = "trigger" }, definition, Shorthands);
        return [createFunction.ToSql(n)[0] + "\n" + trigger];
    }

    // The options' IfExists and Cascade apply to both drops, as in node-pg-migrate.
    public override IMigrationOperation Reverse() => new DropTrigger(Table, Trigger, Options.IfExists, Options.Cascade,
        Definition is { IsTruthy: true } ? new DropFunction(FunctionName!.Value, [], Options.IfExists, Options.Cascade, Shorthands) : null);
}

/// <summary><c>DROP TRIGGER … ON table</c>, and the trigger's function when it was created with it.</summary>
internal sealed record DropTrigger(SqlName Table, string Trigger, bool IfExists, bool Cascade, DropFunction? Function = null) : MigrationOperation
{
    public override string Method => "DropTrigger";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var drop = SqlText.Drop(IfExists, Cascade, "TRIGGER", $"{n.Ident(Trigger)} ON {n.Quote(Table)}");
        return [Function is null ? drop : drop + "\n" + Function.ToSql(n)[0]];
    }
}
