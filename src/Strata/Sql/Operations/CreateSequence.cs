namespace Strata.Sql.Operations;

/// <summary>The options of <c>CreateSequence</c>.</summary>
internal sealed record CreateSequenceOptions : SequenceOptions
{
    /// <summary><c>TEMPORARY</c>.</summary>
    public bool Temporary { get; init; }
    /// <summary><c>IF NOT EXISTS</c>.</summary>
    public bool IfNotExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

/// <summary>The options of <c>AlterSequence</c>.</summary>
internal sealed record AlterSequenceOptions : SequenceOptions
{
    /// <summary><c>RESTART WITH n</c>.</summary>
    public long? RestartWith { get; init; }
    /// <summary><c>RESTART</c> at the start value (node-pg-migrate's <c>restart: true</c>).</summary>
    public bool Restart { get; init; }
}

internal sealed record CreateSequence(SqlName Sequence, CreateSequenceOptions Options, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "CreateSequence";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"CREATE{SqlText.If(Options.Temporary, " TEMPORARY")} SEQUENCE{SqlText.If(Options.IfNotExists, " IF NOT EXISTS")} {n.Quote(Sequence)}\n  {string.Join("\n  ", Options.Clauses(Shorthands))};"];

    public override IMigrationOperation Reverse() => new DropObject("DropSequence", "SEQUENCE", Sequence, Options.IfExists, Options.Cascade);
}

internal sealed record AlterSequence(SqlName Sequence, AlterSequenceOptions Options, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "AlterSequence";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var clauses = Options.Clauses(Shorthands);
        if (Options.RestartWith is { } restart and not 0) clauses.Add($"RESTART WITH {restart}");
        else if (Options.Restart) clauses.Add("RESTART");
        if (clauses.Count == 0) throw new ArgumentException("No sequence options provided for alterSequence");
        return [$"ALTER SEQUENCE {n.Quote(Sequence)}\n  {string.Join("\n  ", clauses)};"];
    }
}
