namespace Strata.Sql.Operations;

/// <summary>A function parameter: <c>[mode] [name] type [DEFAULT value]</c>; a bare string is a type.</summary>
public sealed record FunctionParam(string Type)
{
    /// <summary><c>IN</c>, <c>OUT</c>, <c>INOUT</c> or <c>VARIADIC</c>.</summary>
    public string? Mode { get; init; }
    /// <summary>The parameter's name, quoted.</summary>
    public string? Name { get; init; }
    /// <summary><c>DEFAULT value</c>; left out of DROP and RENAME.</summary>
    public SqlValue? Default { get; init; }

    public static implicit operator FunctionParam(string type) => new(type);

    internal static string List(IEnumerable<FunctionParam> parameters, TypeShorthands shorthands, SqlNaming n, bool withDefaults = true) =>
        "(" + string.Join(", ", parameters.Select(p => p.ToSql(shorthands, n, withDefaults))) + ")";

    private string ToSql(TypeShorthands shorthands, SqlNaming n, bool withDefault)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Mode)) parts.Add(Mode);
        if (!string.IsNullOrEmpty(Name)) parts.Add(n.Ident(Name));
        parts.Add(shorthands.ApplyType(Type));
        if (withDefault && Default is { } value) parts.Add($"DEFAULT {value.ToSql()}");
        return string.Join(" ", parts);
    }
}

/// <summary>The options of <c>CreateFunction</c> (node-pg-migrate's <c>FunctionOptions</c>).</summary>
internal record FunctionOptions
{
    /// <summary>The language, e.g. <c>plpgsql</c> or <c>sql</c>; required.</summary>
    public string? Language { get; init; }
    /// <summary>The return type; <c>void</c> by default.</summary>
    public string Returns { get; init; } = "void";
    /// <summary><c>CREATE OR REPLACE</c>.</summary>
    public bool Replace { get; init; }
    /// <summary><c>WINDOW</c>.</summary>
    public bool Window { get; init; }
    /// <summary><c>IMMUTABLE</c>, <c>STABLE</c> or <c>VOLATILE</c> (the default).</summary>
    public string Behavior { get; init; } = "VOLATILE";
    /// <summary><c>INVOKER</c> (the default) or <c>DEFINER</c>.</summary>
    public string Security { get; init; } = "INVOKER";
    /// <summary><c>RETURNS NULL ON NULL INPUT</c>.</summary>
    public bool OnNull { get; init; }
    /// <summary><c>UNSAFE</c>, <c>RESTRICTED</c> or <c>SAFE</c>.</summary>
    public string? Parallel { get; init; }
    /// <summary><c>SET parameter TO value</c> (value as is), or <c>FROM CURRENT</c> when the value is <c>"FROM CURRENT"</c>.</summary>
    public IReadOnlyList<ConfigurationSetting>? Set { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>IF EXISTS</c>.</summary>
    public bool IfExists { get; init; }
    /// <summary>For the inferred down-migration's drop: <c>CASCADE</c>.</summary>
    public bool Cascade { get; init; }
}

internal sealed record CreateFunction(SqlName Function, IReadOnlyList<FunctionParam> Params, FunctionOptions Options, SqlValue Definition, TypeShorthands Shorthands)
    : MigrationOperation
{
    public override string Method => "CreateFunction";

    public override IReadOnlyList<string> ToSql(SqlNaming n)
    {
        var o = Options;
        var options = new List<string>();
        if (!string.IsNullOrEmpty(o.Behavior)) options.Add(o.Behavior);
        if (string.IsNullOrEmpty(o.Language))
            throw new ArgumentException($"Language for function {n.Quote(Function)} have to be specified");
        options.Add($"LANGUAGE {o.Language}");
        if (o.Security != "INVOKER") options.Add($"SECURITY {o.Security}");
        if (o.Window) options.Add("WINDOW");
        if (o.OnNull) options.Add("RETURNS NULL ON NULL INPUT");
        if (!string.IsNullOrEmpty(o.Parallel)) options.Add($"PARALLEL {o.Parallel}");
        options.AddRange((o.Set ?? []).Select(s => s.ToSql(n)));
        return [$"CREATE{SqlText.If(o.Replace, " OR REPLACE")} FUNCTION {n.Quote(Function)}{FunctionParam.List(Params, Shorthands, n)}\n"
            + $"  RETURNS {o.Returns}\n  AS {Definition.ToSql()}\n  {string.Join("\n  ", options)};"];
    }

    public override IMigrationOperation Reverse() => new DropFunction(Function, Params, Options.IfExists, Options.Cascade, Shorthands);
}

/// <summary><c>DROP FUNCTION name(parameters)</c>: parameter defaults are left out, PostgreSQL rejects them there.</summary>
internal sealed record DropFunction(SqlName Function, IReadOnlyList<FunctionParam> Params, bool IfExists, bool Cascade, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "DropFunction";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [SqlText.Drop(IfExists, Cascade, "FUNCTION", n.Quote(Function) + FunctionParam.List(Params, Shorthands, n, withDefaults: false))];
}

/// <summary><c>ALTER FUNCTION name(parameters) RENAME TO new</c>. Reversed by renaming back.</summary>
internal sealed record RenameFunction(SqlName Function, IReadOnlyList<FunctionParam> Params, SqlName NewName, TypeShorthands Shorthands) : MigrationOperation
{
    public override string Method => "RenameFunction";

    public override IReadOnlyList<string> ToSql(SqlNaming n) =>
        [$"ALTER FUNCTION {n.Quote(Function)}{FunctionParam.List(Params, Shorthands, n)} RENAME TO {n.Quote(NewName)};"];

    public override IMigrationOperation Reverse() => this with { Function = NewName, NewName = Function };
}
