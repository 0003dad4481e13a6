using Strata.Auth;

namespace Strata.Tests.Auth;

public class SchemaBuilderTests
{
    private static SchemaModel Build(string json) => SchemaBuilder.Build(AuthJson.Options(json));

    [Fact]
    public void Core_tables_come_in_better_auths_order_with_id_first()
    {
        var model = Build("{}");

        Assert.Equal(["user", "session", "account", "verification"], model.Tables.Select(t => t.Name));
        Assert.All(model.Tables, t => Assert.True(t.Columns[0] is { Name: "id", PrimaryKey: true, NotNull: true }));
    }

    [Fact]
    public void Static_defaults_are_in_the_model_though_create_table_leaves_them_out()
    {
        var emailVerified = Build("{}").Find("user")!.Find("emailVerified")!;

        Assert.Equal(new ColumnDefault.Literal("false"), emailVerified.Default);
        Assert.Equal("boolean", emailVerified.Type.Sql);
    }

    [Fact]
    public void A_unique_optional_field_keeps_no_static_default()
    {
        var code = Build("""{ "user": { "additionalFields": { "code": { "type": "string", "required": false, "unique": true, "defaultValue": "x" } } } }""")
            .Find("user")!.Find("code")!;

        Assert.Null(code.Default);
    }

    [Fact]
    public void References_follow_a_renamed_user_table_and_take_the_uuid_id_type()
    {
        var model = Build("""{ "user": { "modelName": "users" }, "plugins": ["twoFactor"], "advanced": { "database": { "generateId": "uuid" } } }""");
        var userId = model.Find("twoFactor")!.Find("userId")!;

        Assert.Equal(new ForeignKey("users", "id", "cascade"), userId.References);
        Assert.Equal("uuid", userId.Type.Sql);
        Assert.Equal(FieldType.String, userId.Type.Field);
    }

    [Theory]
    [InlineData("string", "text")]
    [InlineData("number", "integer")]
    [InlineData("boolean", "boolean")]
    [InlineData("date", "timestamptz")]
    [InlineData("json", "jsonb")]
    [InlineData("string[]", "jsonb")]
    [InlineData("number[]", "jsonb")]
    public void Field_types_map_to_postgres_types(string type, string sql)
    {
        var column = Build($$"""{ "user": { "additionalFields": { "x": { "type": "{{type}}" } } } }""").Find("user")!.Find("x")!;
        Assert.Equal(sql, column.Type.Sql);
    }

    [Fact]
    public void Bigint_numbers_are_bigint()
    {
        var column = Build("""{ "user": { "additionalFields": { "x": { "type": "number", "bigint": true } } } }""").Find("user")!.Find("x")!;
        Assert.Equal("bigint", column.Type.Sql);
    }

    [Fact]
    public void Organization_teams_add_team_tables_between_organization_and_member()
    {
        var tables = Build("""{ "plugins": [{ "name": "organization", "teams": { "enabled": true } }] }""").Tables.Select(t => t.Name);
        Assert.Equal(["user", "session", "account", "verification", "organization", "team", "teamMember", "member", "invitation"], tables);
    }

    [Fact]
    public void Unique_and_indexed_fields_get_better_auths_index_names()
    {
        var user = Build("""{ "plugins": ["username"], "user": { "additionalFields": { "team": { "type": "string", "index": true } } } }""").Find("user")!;

        var username = user.IndexOn("username")!;
        var team = user.IndexOn("team")!;

        Assert.Equal(("user_username_uidx", true), (username.Name, username.Unique));
        Assert.Equal(("user_team_idx", false), (team.Name, team.Unique));
        Assert.Equal(["team"], team.Columns);
    }

    [Fact]
    public void An_on_delete_action_built_in_code_is_checked_before_it_reaches_the_sql()
    {
        var options = new AuthOptions
        {
            User = new ModelOptions
            {
                AdditionalFields = [new("boss", SchemaField.Reference("user") with { References = new FieldReference("user", "id", "cascade; drop table x") })],
            },
        };

        var e = Assert.Throws<StrataException>(() => SchemaModel.From(options));
        Assert.Equal(FailureKind.Input, e.Kind);
    }

    private static string Refused(string json)
    {
        var e = Assert.Throws<StrataException>(() => Build(json));
        Assert.Equal(FailureKind.Input, e.Kind);
        return e.Message;
    }

    [Fact]
    public void A_model_name_with_a_schema_is_refused_by_name()
    {
        var message = Refused("""{ "user": { "modelName": "public.users" } }""");
        Assert.Contains("\"public.users\": a modelName with a schema is not supported", message);
        Assert.Contains("search_path", message);
    }

    [Fact]
    public void An_index_named_like_a_table_is_refused_before_any_sql()
    {
        var message = Refused("""{ "session": { "modelName": "user_code_idx" }, "user": { "additionalFields": { "code": { "type": "string", "index": true } } } }""");
        Assert.Contains("two relations \"user_code_idx\": table \"user_code_idx\" and the index on \"user\".\"code\"", message);
    }

    [Fact]
    public void Two_indexes_of_one_name_on_two_tables_are_refused_before_any_sql()
    {
        var message = Refused("""
            {
              "user": { "modelName": "a_b", "additionalFields": { "c": { "type": "string", "index": true } } },
              "session": { "modelName": "a", "additionalFields": { "b_c": { "type": "string", "index": true } } }
            }
            """);
        Assert.Contains("two relations \"a_b_c_idx\"", message);
    }

    [Fact]
    public void An_indexed_column_whose_name_holds_a_space_is_refused_but_an_unindexed_one_is_kept()
    {
        Assert.Contains("\"user\".\"last desc\" is indexed", Refused("""{ "user": { "additionalFields": { "x": { "type": "string", "index": true, "fieldName": "last desc" } } } }"""));
        Assert.NotNull(Build("""{ "user": { "additionalFields": { "first name": { "type": "string", "required": false } } } }""").Find("user")!.Find("first name"));
    }
}
