using Strata.Auth.Plugins;

namespace Strata.Auth;

/// <summary>
/// Turns options into the schema better-auth's CLI would create, following its three steps: gather the
/// logical tables (core fields, then plugin fields in plugin order, then <c>additionalFields</c>), key them
/// by stored name, then type each column. Later declarations of a field replace earlier ones in place, as
/// JavaScript's object spread does, so the column order is better-auth's.
/// </summary>
internal static class SchemaBuilder
{
    public static SchemaModel Build(AuthOptions options)
    {
        var logical = LogicalTables(options);
        var tables = new List<Table>();
        foreach (var (name, stored) in StoredTables(logical))
        {
            var columns = new List<Column> { IdColumn(options.GenerateId) };
            var indexes = new List<TableIndex>();
            foreach (var (column, field) in stored.Fields)
            {
                columns.Add(ToColumn(column, field, options.GenerateId, logical));
                if (field.Index || field.Unique)
                    indexes.Add(new TableIndex(IndexName.For(name, column, field.Unique), [column], field.Unique));
            }
            indexes.AddRange(stored.Indexes.Select(i => new TableIndex(IndexName.For(name, i.Columns, i.Unique), i.Columns, i.Unique, Declared: true)));
            tables.Add(new Table(name, columns, indexes));
        }
        StoredNames.Check(tables);
        return new SchemaModel(tables) { SchemaName = options.SchemaName };
    }

    /// <summary>better-auth's <c>getAuthTables</c>: logical key → table, core tables first.</summary>
    private static OrderedDictionary<string, LogicalTable> LogicalTables(AuthOptions options)
    {
        var fromPlugins = new OrderedDictionary<string, LogicalTable>();
        foreach (var plugin in options.Plugins)
        {
            var definition = PluginCatalog.Find(plugin.Name)
                ?? throw StrataException.Input($"Unknown better-auth plugin \"{plugin.Name}\".");
            foreach (var table in definition.Tables(plugin))
            {
                var renamed = ApplySchemaOption(table, plugin.Schema.GetValueOrDefault(table.Key));
                var earlier = fromPlugins.GetValueOrDefault(table.Key);
                var fields = earlier is null ? renamed.Fields : Merge(earlier.Fields, renamed.Fields);
                // Each declaration sets the model name anew (a later plugin without one resets it to the key); indexes
                // add up, a repeated one once (better-auth's mergeTableIndexes).
                fromPlugins[table.Key] = new LogicalTable(table.Key, fields, renamed.ModelName)
                {
                    Indexes = [.. (earlier?.Indexes ?? []).Concat(renamed.Indexes).DistinctBy(i => (string.Join('\0', i.Fields), i.Unique))],
                };
            }
        }

        var result = new OrderedDictionary<string, LogicalTable>();
        foreach (var model in CoreSchema.Models)
        {
            // With a secondary storage, sessions and verification values live there unless told to stay
            // (plugin fields for those tables go with them).
            if (options.SecondaryStorage && (model == "session" && !options.StoreSessionInDatabase || model == "verification" && !options.StoreVerificationInDatabase))
                continue;
            var settings = ModelSettings(options, model);
            var core = CoreSchema.Fields(model).Select(f => settings.Fields.TryGetValue(f.Key, out var column)
                ? new KeyValuePair<string, FieldDefinition>(f.Key, f.Value with { FieldName = column })
                : f).ToList();
            var fields = Merge(core, fromPlugins.TryGetValue(model, out var added) ? added.Fields : []);
            fields = Merge(fields, settings.AdditionalFields);
            result[model] = new LogicalTable(model, fields, settings.ModelName) { Indexes = added?.Indexes ?? [] };
        }
        foreach (var (key, table) in fromPlugins)
            if (!CoreSchema.Models.Contains(key)) result[key] = table;
        if (options.RateLimitTable is { } rateLimit)
            result["rateLimit"] = new LogicalTable("rateLimit", CoreSchema.RateLimit.Select(f => rateLimit.Fields.TryGetValue(f.Key, out var column)
                ? new KeyValuePair<string, FieldDefinition>(f.Key, f.Value with { FieldName = column })
                : f).ToList(), rateLimit.ModelName);
        return result;
    }

    /// <summary>A table keyed by stored name: fields by stored column name, declared indexes by stored column names.</summary>
    private sealed record StoredTable(OrderedDictionary<string, FieldDefinition> Fields, List<(IReadOnlyList<string> Columns, bool Unique)> Indexes);

    /// <summary>better-auth's <c>getSchema</c> and <c>resolveDatabaseTableIndexes</c>: tables keyed by stored name, fields by stored column name.</summary>
    private static OrderedDictionary<string, StoredTable> StoredTables(OrderedDictionary<string, LogicalTable> logical)
    {
        var stored = new OrderedDictionary<string, StoredTable>();
        foreach (var table in logical.Values)
        {
            var name = table.ModelName ?? table.Key;
            if (!stored.TryGetValue(name, out var into)) stored[name] = into = new StoredTable(new OrderedDictionary<string, FieldDefinition>(), []);
            foreach (var (key, field) in table.Fields)
                into.Fields[field.FieldName ?? key] = field;
            foreach (var index in table.Indexes)
                into.Indexes.Add(([.. index.Fields.Select(key => table.Fields.First(f => f.Key == key).Value.FieldName ?? key)], index.Unique));
        }
        return stored;
    }

    private static Column IdColumn(IdGeneration ids) => ids switch
    {
        IdGeneration.Uuid => new Column("id", new ColumnType(FieldType.String, "uuid"), true, new ColumnDefault.RandomUuid(), PrimaryKey: true),
        IdGeneration.Serial => new Column("id", new ColumnType(FieldType.Number, "integer"), true, new ColumnDefault.Identity(), PrimaryKey: true),
        _ => new Column("id", new ColumnType(FieldType.String, "text"), true, PrimaryKey: true),
    };

    private static Column ToColumn(string name, FieldDefinition field, IdGeneration ids, OrderedDictionary<string, LogicalTable> logical)
    {
        // A reference to an id takes the id's type, whatever type the field declares.
        var type = field.References?.Field == "id"
            ? new ColumnType(field.Type, ids switch { IdGeneration.Uuid => "uuid", IdGeneration.Serial => "integer", _ => "text" })
            : ColumnType.For(field.Type, field.BigInt);
        return new Column(name, type, field.Required, DefaultOf(field), field.Unique,
            References: field.References is { } reference ? Resolve(reference, logical) : null);
    }

    /// <summary>Only the defaults better-auth's CLI writes (its <c>hasTimestampColumnDefault</c> and <c>hasStaticColumnDefault</c>).</summary>
    private static ColumnDefault? DefaultOf(FieldDefinition field) => field.Default switch
    {
        FieldDefault.Now when field.Type == FieldType.Date => new ColumnDefault.CurrentTimestamp(),
        FieldDefault.Value value when field.Type is FieldType.String or FieldType.Number or FieldType.Boolean
            && !(field.Unique && !field.Required) => new ColumnDefault.Literal(value.Sql),
        _ => null,
    };

    /// <summary>
    /// The stored table and column a reference points to. A model or field that is not part of the auth
    /// schema (an application table) is taken as written, as better-auth does.
    /// </summary>
    private static ForeignKey Resolve(FieldReference reference, OrderedDictionary<string, LogicalTable> logical)
    {
        // Options built in code skip the parser; the action goes into the SQL as it is, so check it here too.
        if (!FieldReference.OnDeleteActions.Contains(reference.OnDelete))
            throw StrataException.Input($"Unknown onDelete action \"{reference.OnDelete}\" (expected {string.Join(", ", FieldReference.OnDeleteActions)}).");
        var model = logical.TryGetValue(reference.Model, out var byKey) ? byKey.ModelName ?? byKey.Key : reference.Model;
        var table = logical.TryGetValue(model, out var direct) ? direct : logical.Values.FirstOrDefault(t => t.ModelName == model);
        if (table is null) return new ForeignKey(model, reference.Field, reference.OnDelete);
        var tableName = table.ModelName ?? table.Key;
        if (reference.Field == "id") return new ForeignKey(tableName, "id", reference.OnDelete);
        var field = table.Fields.FirstOrDefault(f => f.Key == reference.Field);
        if (field.Value is null) field = table.Fields.FirstOrDefault(f => f.Value.FieldName == reference.Field);
        return field.Value is null
            ? new ForeignKey(model, reference.Field, reference.OnDelete)
            : new ForeignKey(tableName, field.Value.FieldName ?? field.Key, reference.OnDelete);
    }

    /// <summary>better-auth's <c>mergeSchema</c>: a plugin's <c>schema</c> option renames its table and fields.</summary>
    private static LogicalTable ApplySchemaOption(LogicalTable table, ModelOptions? rename)
    {
        if (rename is null) return table;
        var fields = table.Fields.Select(f => rename.Fields.TryGetValue(f.Key, out var column)
            ? new KeyValuePair<string, FieldDefinition>(f.Key, f.Value with { FieldName = column })
            : f).ToList();
        // organization spreads its schema's additionalFields after its own fields (the parser allows them only there).
        return table with { Fields = Merge(fields, rename.AdditionalFields), ModelName = rename.ModelName ?? table.ModelName };
    }

    /// <summary>JavaScript's <c>{ ...first, ...second }</c>: a repeated key keeps its place and takes the later value.</summary>
    private static List<KeyValuePair<string, FieldDefinition>> Merge(
        IEnumerable<KeyValuePair<string, FieldDefinition>> first, IEnumerable<KeyValuePair<string, FieldDefinition>> second)
    {
        var merged = new OrderedDictionary<string, FieldDefinition>();
        foreach (var (key, value) in first.Concat(second)) merged[key] = value;
        return merged.ToList();
    }

    private static ModelOptions ModelSettings(AuthOptions options, string model) => model switch
    {
        "user" => options.User,
        "session" => options.Session,
        "account" => options.Account,
        _ => options.Verification,
    };
}
