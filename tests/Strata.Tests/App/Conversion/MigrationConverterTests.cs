using Strata.App.Conversion;

namespace Strata.Tests.App.Conversion;

/// <summary>
/// Where a C# parameter takes an object, a JavaScript object literal in its place is either that parameter's value
/// or the call's options object; the converter tells them apart by node-pg-migrate's signature, never by luck.
/// (That the C# builds node-pg-migrate's SQL is CorpusConversionTests' part.)
/// </summary>
public class MigrationConverterTests
{
    static string Up(string body) =>
        MigrationConverter.Convert($"exports.up = (pgm) => {{\n  {body}\n}};\n", "migrations/1700000000000_a.js").Split('\n')
            .Single(l => l.TrimStart().StartsWith("pgm.", StringComparison.Ordinal)).Trim();

    [Fact]
    public void An_options_object_where_the_csharp_takes_an_object_becomes_named_arguments()
    {
        Assert.Equal("""pgm.AlterView("v", checkOption: "LOCAL");""", Up("pgm.alterView('v', { checkOption: 'LOCAL' });"));
        Assert.Equal("""pgm.CreateOperator("===", procedure: "eq", left: "int4");""", Up("pgm.createOperator('===', { procedure: 'eq', left: 'int4' });"));
        Assert.Equal("""pgm.DropOperator("===", right: "int4");""", Up("pgm.dropOperator('===', { right: 'int4' });"));
        Assert.Equal("""pgm.CreateCast("text", "mood", function: new SqlName("s", "to_mood"), @as: "IMPLICIT");""",
            Up("pgm.createCast('text', 'mood', { functionName: { schema: 's', name: 'to_mood' }, as: 'IMPLICIT' });"));
    }

    [Fact]
    public void An_object_in_the_place_of_a_name_or_a_column_list_stays_that_value_even_when_its_keys_are_option_names()
    {
        Assert.Equal("""pgm.DropOperator(new SqlName("s", "==="));""", Up("pgm.dropOperator({ schema: 's', name: '===' });"));
        Assert.Equal("""pgm.CreateTable("t", new Columns { ["comment"] = "text", ["ifNotExists"] = "boolean" });""",
            Up("pgm.createTable('t', { comment: 'text', ifNotExists: 'boolean' });"));
    }

    [Fact]
    public void A_functions_settings_are_records_as_node_pg_migrate_writes_them_objects()
    {
        Assert.Contains("""set: [new ConfigurationSetting("search_path", "public")]""",
            Up("pgm.createFunction('f', [], { language: 'sql', set: [{ configurationParameter: 'search_path', value: 'public' }] }, 'select 1');"));
    }

    [Fact]
    public void A_comment_after_the_last_statement_of_the_file_is_kept_at_the_end()
    {
        var cs = MigrationConverter.Convert("exports.up = (pgm) => {\n  pgm.sql('select 1');\n};\n// No down: node-pg-migrate infers none for sql.\n", "migrations/1700000000000_a.js");
        Assert.EndsWith("}\n// No down: node-pg-migrate infers none for sql.\n", cs);
    }
}
