namespace Strata.Sql.Operations;

/// <summary>
/// A column definition, node-pg-migrate's <c>ColumnDefinition</c>. A bare string converts to a
/// column of that type, so <c>["name"] = "text"</c> reads like <c>name: 'text'</c>; the type may be
/// a shorthand (<c>"id"</c> → <c>serial PRIMARY KEY</c>). Unset properties (null) take the
/// shorthand's value.
/// </summary>
public sealed record Column
{
    /// <summary>A column whose type comes from a shorthand or is set with <see cref="Type"/>.</summary>
    public Column() { }

    /// <summary>A column of a type (or shorthand).</summary>
    public Column(string type) => Type = type;

    /// <summary>The type, or a shorthand (<c>id</c>).</summary>
    public string? Type { get; init; }
    /// <summary>True: <c>type ARRAY</c>.</summary>
    public bool? Array { get; init; }
    /// <summary>A size: <c>type ARRAY[n]</c>.</summary>
    public int? ArraySize { get; init; }
    /// <summary>The collation; a bare name (<c>C</c>, <c>en_US</c>) is quoted, anything else written as is.</summary>
    public string? Collation { get; init; }
    /// <summary><c>UNIQUE</c>.</summary>
    public bool? Unique { get; init; }
    /// <summary><c>PRIMARY KEY</c>; on several columns, one table constraint <c>{table}_pkey</c>.</summary>
    public bool? PrimaryKey { get; init; }
    /// <summary><c>NOT NULL</c>.</summary>
    public bool? NotNull { get; init; }
    /// <summary>The default; <see cref="SqlValue.Null"/> for <c>DEFAULT NULL</c>.</summary>
    public SqlValue? Default { get; init; }
    /// <summary><c>CHECK (expression)</c>.</summary>
    public string? Check { get; init; }
    /// <summary>The referenced table; text starting with <c>"</c> or ending with <c>)</c> (<c>users(id)</c>) is written as is.</summary>
    public SqlName? References { get; init; }
    /// <summary>The foreign key's constraint name.</summary>
    public string? ReferencesConstraintName { get; init; }
    /// <summary>A comment on the foreign key (which is then named <c>{table}_fk_{column}</c> unless named).</summary>
    public string? ReferencesConstraintComment { get; init; }
    /// <summary>The foreign key's <c>ON DELETE</c> action (<c>CASCADE</c>, <c>SET NULL</c> …).</summary>
    public string? OnDelete { get; init; }
    /// <summary>The foreign key's <c>ON UPDATE</c> action.</summary>
    public string? OnUpdate { get; init; }
    /// <summary><c>FULL</c> or <c>SIMPLE</c>.</summary>
    public string? Match { get; init; }
    /// <summary>The column's REFERENCES is <c>DEFERRABLE INITIALLY IMMEDIATE</c> (or <c>DEFERRED</c> with <see cref="Deferred"/>).</summary>
    public bool? Deferrable { get; init; }
    /// <summary>With <see cref="Deferrable"/>: <c>INITIALLY DEFERRED</c>.</summary>
    public bool? Deferred { get; init; }
    /// <summary>A column comment; <see cref="SqlValue.Null"/> writes <c>COMMENT … IS NULL</c>.</summary>
    public SqlValue? Comment { get; init; }
    /// <summary>An identity column.</summary>
    public Identity? SequenceGenerated { get; init; }
    /// <summary><c>GENERATED ALWAYS AS (expression) STORED</c>.</summary>
    public string? ExpressionGenerated { get; init; }

    /// <summary>A bare type, as node-pg-migrate's <c>name: 'text'</c>.</summary>
    public static implicit operator Column(string type) => new(type);

    /// <summary>This column's settings over <paramref name="under"/>'s: node-pg-migrate's object spread.</summary>
    internal Column Over(Column under) => new()
    {
        Type = Type ?? under.Type,
        Array = Array ?? under.Array,
        ArraySize = ArraySize ?? under.ArraySize,
        Collation = Collation ?? under.Collation,
        Unique = Unique ?? under.Unique,
        PrimaryKey = PrimaryKey ?? under.PrimaryKey,
        NotNull = NotNull ?? under.NotNull,
        Default = Default ?? under.Default,
        Check = Check ?? under.Check,
        References = References ?? under.References,
        ReferencesConstraintName = ReferencesConstraintName ?? under.ReferencesConstraintName,
        ReferencesConstraintComment = ReferencesConstraintComment ?? under.ReferencesConstraintComment,
        OnDelete = OnDelete ?? under.OnDelete,
        OnUpdate = OnUpdate ?? under.OnUpdate,
        Match = Match ?? under.Match,
        Deferrable = Deferrable ?? under.Deferrable,
        Deferred = Deferred ?? under.Deferred,
        Comment = Comment ?? under.Comment,
        SequenceGenerated = SequenceGenerated ?? under.SequenceGenerated,
        ExpressionGenerated = ExpressionGenerated ?? under.ExpressionGenerated,
    };
}

/// <summary>
/// Columns in the order written, by name: <c>new Columns { ["id"] = "id", ["title"] = new Column("text") { NotNull = true } }</c>.
/// Also the shape of type shorthands.
/// </summary>
public sealed class Columns : IEnumerable<KeyValuePair<string, Column>>
{
    private readonly List<KeyValuePair<string, Column>> _items = [];

    /// <summary>The column of that name; setting it replaces the column in place or appends it.</summary>
    public Column this[string name]
    {
        get => TryGet(name, out var column) ? column : throw new KeyNotFoundException($"No column {name}.");
        set
        {
            var i = _items.FindIndex(c => c.Key == name);
            if (i >= 0) _items[i] = new(name, value);
            else _items.Add(new(name, value));
        }
    }

    /// <summary>Adds or replaces a column; for <c>{ { "name", column } }</c> initializers.</summary>
    public void Add(string name, Column column) => this[name] = column;

    /// <summary>The number of columns.</summary>
    public int Count => _items.Count;

    internal bool TryGet(string name, out Column column)
    {
        var i = _items.FindIndex(c => c.Key == name);
        column = i >= 0 ? _items[i].Value : null!;
        return i >= 0;
    }

    /// <summary>The columns in the order written.</summary>
    public IEnumerator<KeyValuePair<string, Column>> GetEnumerator() => _items.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
