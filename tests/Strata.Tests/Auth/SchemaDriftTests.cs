using Strata.Auth;

namespace Strata.Tests.Auth;

/// <summary>Drift: existing columns whose type or nullability differs from the schema are reported, never changed.</summary>
public class SchemaDriftTests
{
    static ExistingSchema Existing(params ExistingColumn[] userColumns) => new([new ExistingTable("user", userColumns)]);

    [Fact]
    public void Matching_columns_are_no_drift()
    {
        var model = SchemaModel.From(new AuthOptions());
        var user = model.Find("user")!;
        var existing = new ExistingSchema([new ExistingTable("user",
            user.Columns.Select(c => new ExistingColumn(c.Name, SchemaDrift.PostgresName(c.Type.Sql), c.NotNull)).ToList())]);

        Assert.Empty(SchemaDrift.Find(model, existing));
    }

    [Fact]
    public void Another_type_or_nullability_is_drift_and_adds_no_change()
    {
        var model = SchemaModel.From(new AuthOptions());
        var existing = Existing(
            new ExistingColumn("id", "text", true), new ExistingColumn("name", "character varying(50)", true),
            new ExistingColumn("email", "text", false), new ExistingColumn("emailVerified", "boolean", true),
            new ExistingColumn("image", "text", false), new ExistingColumn("createdAt", "timestamp without time zone", true),
            new ExistingColumn("updatedAt", "timestamp with time zone", true));

        var changes = SchemaDiff.Compare(model, existing);

        Assert.Equal(
            [new ColumnDrift("user", "name", "text", "character varying(50)", true, true),
             new ColumnDrift("user", "email", "text", "text", true, false),
             new ColumnDrift("user", "createdAt", "timestamp with time zone", "timestamp without time zone", true, true)],
            changes.Drift);
        Assert.DoesNotContain(changes.Changes, c => c is AddColumn { Table: "user" });
    }

    [Fact]
    public void Serial_foreign_keys_are_compared_as_stored_integers()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{ "advanced": { "database": { "generateId": "serial" } } }""");
        var model = SchemaModel.From(AuthOptions.Parse(doc.RootElement));
        var session = model.Find("session")!;
        var existing = new ExistingSchema([new ExistingTable("session",
            session.Columns.Select(c => new ExistingColumn(c.Name, SchemaDrift.PostgresName(c.Type.Sql), c.NotNull)).ToList())]);

        Assert.Equal("integer", session.Find("userId")!.Type.Sql);
        Assert.Empty(SchemaDrift.Find(model, existing));
    }

    [Fact]
    public void Columns_known_only_by_name_are_never_drift()
    {
        var model = SchemaModel.From(new AuthOptions());
        Assert.Empty(SchemaDrift.Find(model, new ExistingSchema([ExistingTable.Named("user", ["id", "name"])])));
    }

    [Fact]
    public void Describe_names_the_column_and_says_it_is_left_alone()
    {
        var d = new ColumnDrift("user", "age", "integer", "text", false, true);
        Assert.Equal("column \"user\".\"age\" is text in the database, the auth schema says integer, and is not null in the database, the auth schema lets it be null; Strata leaves it as it is.", d.Describe());
    }
}
