namespace Strata.Sql.Operations;

/// <summary>The options shared by sequences and identity columns (node-pg-migrate's <c>SequenceOptions</c>).</summary>
public record SequenceOptions
{
    /// <summary><c>AS type</c>; shorthands apply.</summary>
    public string? Type { get; init; }
    public long? Increment { get; init; }
    public long? MinValue { get; init; }
    /// <summary><c>NO MINVALUE</c> (node-pg-migrate: <c>minvalue: null</c>).</summary>
    public bool NoMinValue { get; init; }
    public long? MaxValue { get; init; }
    /// <summary><c>NO MAXVALUE</c> (node-pg-migrate: <c>maxvalue: null</c>).</summary>
    public bool NoMaxValue { get; init; }
    public long? Start { get; init; }
    public long? Cache { get; init; }
    /// <summary>True: <c>CYCLE</c>; false: <c>NO CYCLE</c>.</summary>
    public bool? Cycle { get; init; }
    /// <summary><c>OWNED BY table.column</c>, written as is.</summary>
    public string? Owner { get; init; }
    /// <summary><c>OWNED BY NONE</c> (node-pg-migrate: <c>owner: null</c>).</summary>
    public bool NoOwner { get; init; }

    // Zero counts as "not given", as node-pg-migrate tests these options for truthiness.
    internal List<string> Clauses(TypeShorthands shorthands)
    {
        var clauses = new List<string>();
        if (!string.IsNullOrEmpty(Type)) clauses.Add($"AS {shorthands.ApplyType(Type)}");
        if (Increment is { } increment and not 0) clauses.Add($"INCREMENT BY {increment}");
        if (MinValue is { } min and not 0) clauses.Add($"MINVALUE {min}");
        else if (NoMinValue) clauses.Add("NO MINVALUE");
        if (MaxValue is { } max and not 0) clauses.Add($"MAXVALUE {max}");
        else if (NoMaxValue) clauses.Add("NO MAXVALUE");
        if (Start is { } start and not 0) clauses.Add($"START WITH {start}");
        if (Cache is { } cache and not 0) clauses.Add($"CACHE {cache}");
        if (Cycle == true) clauses.Add("CYCLE");
        else if (Cycle == false) clauses.Add("NO CYCLE");
        if (!string.IsNullOrEmpty(Owner)) clauses.Add($"OWNED BY {Owner}");
        else if (NoOwner) clauses.Add("OWNED BY NONE");
        return clauses;
    }
}

/// <summary>An identity column: <c>GENERATED ALWAYS|BY DEFAULT AS IDENTITY (…)</c>.</summary>
public sealed record Identity : SequenceOptions
{
    public Identity(string precedence = "BY DEFAULT") => Precedence = precedence;

    /// <summary><c>ALWAYS</c> or <c>BY DEFAULT</c>.</summary>
    public string Precedence { get; init; }

    public static Identity Always => new("ALWAYS");
    public static Identity ByDefault => new("BY DEFAULT");

    internal string ToSql(string verb, TypeShorthands shorthands)
    {
        var options = string.Join(" ", Clauses(shorthands));
        return $"{verb}GENERATED {Precedence} AS IDENTITY{(options.Length > 0 ? $" ({options})" : "")}";
    }
}
