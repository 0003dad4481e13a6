using Npgsql;
using Strata.Auth;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Auth;

/// <summary>Introspection of the live schema (current_schema()) on a real PostgreSQL database.</summary>
public class SchemaInspectorTests
{
    static async Task<ExistingSchema> InspectAsync(string setup, AuthOptions options)
    {
        var server = await PostgresServer.GetAsync();
        var db = await server.CreateDatabaseAsync();
        if (setup.Length > 0) await server.ExecuteAsync(setup, db);
        await using var conn = new NpgsqlConnection(server.AdminConnectionString(db));
        await conn.OpenAsync();
        return await SchemaInspector.ReadAsync(conn, SchemaModel.From(options), CancellationToken.None);
    }

    [Fact]
    public async Task Reads_tables_columns_types_and_nullability_of_the_current_schema()
    {
        var existing = await InspectAsync("""
            create schema other; create table other."user" (id int);
            create table "user" ("id" text not null primary key, "n" integer, "at" timestamptz not null, "j" jsonb, "gone" int);
            alter table "user" drop column "gone";
            """, new AuthOptions());

        var user = Assert.Single(existing.Tables);
        Assert.Equal("user", user.Name);
        Assert.Equal(
            [new ExistingColumn("id", "text", true), new ExistingColumn("n", "integer", false), new ExistingColumn("at", "timestamp with time zone", true), new ExistingColumn("j", "jsonb", false)],
            user.Columns);
    }

    [Fact]
    public async Task Rows_are_checked_only_where_a_required_column_without_default_would_be_added()
    {
        var existing = await InspectAsync("""
            create table "user" ("id" text primary key, "name" text);
            insert into "user" values ('1', 'a');
            create table "verification" ("id" text primary key, "identifier" text not null, "value" text not null, "expiresAt" timestamptz not null,
                "createdAt" timestamptz default now() not null, "updatedAt" timestamptz default now() not null);
            insert into "verification" values ('1', 'i', 'v', now());
            """, new AuthOptions());

        Assert.True(existing.Find("user")!.HasRows);
        // verification has every column already, so whether it has rows does not matter and is not read.
        Assert.False(existing.Find("verification")!.HasRows);
    }

    [Fact]
    public async Task A_view_named_like_an_auth_table_is_said_to_be_in_the_way()
    {
        var existing = await InspectAsync("""create table people (id text); create view "user" as select id from people;""", new AuthOptions());

        Assert.True(existing.Find("user")!.IsView);
        var e = Assert.Throws<StrataException>(() => AuthScript.Generate(new AuthOptions(), existing));
        Assert.Equal(FailureKind.Input, e.Kind);
        Assert.Contains("A view named \"user\" is in the way", e.Message);
    }

    [Fact]
    public async Task An_empty_database_has_no_tables()
    {
        Assert.Empty((await InspectAsync("", new AuthOptions())).Tables);
    }
}
