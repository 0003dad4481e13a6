using Strata.Auth;
using static Strata.Tests.Auth.AuthJson;

namespace Strata.Tests.Auth;

public class AuthScriptTests
{
    [Fact]
    public void File_name_is_the_utc_iso_time_with_dashes_for_colons()
    {
        var at = new DateTimeOffset(2026, 11, 24, 23, 45, 52, 137, TimeSpan.FromHours(1));
        Assert.Equal("better-auth_migrations/2026-11-24T22-45-52.137Z.sql", AuthScript.FileName(at));
    }

    [Fact]
    public void Required_column_without_default_on_an_empty_table_needs_no_banner()
    {
        var existing = new ExistingSchema([ExistingTable.Named("user", ["id", "name", "email", "emailVerified", "image", "createdAt", "updatedAt"])]);
        var options = Options("""{ "user": { "additionalFields": { "nickname": { "type": "string" } } } }""");

        var script = AuthScript.Generate(options, existing);

        Assert.Empty(script.Changes.UnsafeChanges);
        Assert.StartsWith("alter table \"user\" add column \"nickname\" text not null;", script.Text);
    }

    [Fact]
    public void Required_column_with_a_default_on_a_table_with_rows_is_safe()
    {
        var existing = new ExistingSchema([ExistingTable.Named("user", ["id", "name", "email", "emailVerified", "image", "createdAt", "updatedAt"], hasRows: true)]);
        var options = Options("""{ "user": { "additionalFields": { "credits": { "type": "number", "defaultValue": 3 }, "seen": { "type": "date", "defaultValue": "now" } } } }""");

        var script = AuthScript.Generate(options, existing);

        Assert.Empty(script.Changes.UnsafeChanges);
        Assert.Contains("alter table \"user\" add column \"credits\" integer default 3 not null", script.Statements);
        Assert.Contains("alter table \"user\" add column \"seen\" timestamptz default CURRENT_TIMESTAMP not null", script.Statements);
    }

    [Theory]
    [InlineData("multiSession")]
    [InlineData("magicLink")]
    [InlineData("emailOTP")]
    public void Plugins_that_keep_their_data_elsewhere_add_nothing(string plugin)
    {
        var core = AuthScript.Generate(Options("{}"), ExistingSchema.Empty);
        var with = AuthScript.Generate(Options($$"""{ "plugins": ["{{plugin}}"] }"""), ExistingSchema.Empty);

        Assert.Equal(core.Text, with.Text);
    }

    [Fact]
    public void Statements_end_with_a_semicolon_and_no_newline()
    {
        var text = AuthScript.Generate(Options("{}"), ExistingSchema.Empty).Text;

        Assert.EndsWith(";", text);
        Assert.Equal(6, text.Split(";\n\n").Length - 1);
    }
}
