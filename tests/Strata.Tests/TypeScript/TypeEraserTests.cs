using System.Text.RegularExpressions;
using Strata.TypeScript;

namespace Strata.Tests.TypeScript;

/// <summary>
/// The eraser blanks TypeScript's type syntax and nothing else: every token left keeps its line and column.
/// The expectations are the JavaScript with runs of spaces squeezed (the erased text is spaces).
/// </summary>
public class TypeEraserTests
{
    static string Erase(string ts)
    {
        var js = TypeEraser.Erase(ts, "m.ts");
        Assert.Equal(ts.Length, js.Length);
        Assert.Equal(ts.Split('\n').Select(l => l.Length), js.Split('\n').Select(l => l.Length));
        return js;
    }

    /// <summary>The erased text with the blanks squeezed: runs of spaces become one, lines are trimmed, and no space is left before <c>) , ; . (</c>.</summary>
    static string Squeezed(string ts) => Squeeze(Erase(ts));

    static string Squeeze(string js) =>
        string.Join("\n", js.Split('\n').Select(l => Regex.Replace(Regex.Replace(l, " {2,}", " "), @"(?<=\S) +(?=[),;.(])", "").Trim()));

    [Fact]
    public void A_node_pg_migrate_file_loses_its_imports_of_types_and_its_annotations()
    {
        Assert.Equal(Squeeze("""


            export const shorthands = undefined;

            export async function up(pgm) {
              pgm.createTable('users', { id: 'id', name: { type: 'text', notNull: true } });
            }

            export async function down(pgm) {
              pgm.dropTable('users');
            }
            """), Squeezed("""
            import type { ColumnDefinitions, MigrationBuilder } from 'node-pg-migrate';

            export const shorthands: ColumnDefinitions | undefined = undefined;

            export async function up(pgm: MigrationBuilder): Promise<void> {
              pgm.createTable('users', { id: 'id', name: { type: 'text', notNull: true } });
            }

            export async function down(pgm: MigrationBuilder): Promise<void> {
              pgm.dropTable('users');
            }
            """));
    }

    [Fact]
    public void Arrow_functions_lose_parameter_and_return_types_but_object_keys_and_ternaries_stay()
    {
        Assert.Equal(Squeeze("""
            export const up = async (pgm) => {
              const flag = x ? { a: 1 } : (y) => y;
              pgm.sql(flag ? 'a' : 'b');
            };
            """), Squeezed("""
            export const up = async (pgm: MigrationBuilder): Promise<void> => {
              const flag: unknown = x ? { a: 1 } : (y: number): number => y;
              pgm.sql(flag ? 'a' : 'b');
            };
            """));
    }

    [Fact]
    public void As_satisfies_non_null_and_type_arguments_go()
    {
        Assert.Equal(Squeeze("""
            const TABLES = ['a', 'b'];
            const opts = { unique: true };
            const rows = await pgm.db.select(`select 1`);
            const first = rows[0].id;
            const map = new Map();
            """), Squeezed("""
            const TABLES = ['a', 'b'] as const;
            const opts = { unique: true } satisfies Partial<IndexOptions>;
            const rows = await pgm.db.select<{ id: number }>(`select 1`);
            const first = rows[0]!.id as number;
            const map = new Map<string, Array<Array<string>>>();
            """));
    }

    [Fact]
    public void Interfaces_type_aliases_and_declarations_vanish()
    {
        Assert.Equal(Squeeze("""




            function helper(pgm, table, opts = { columns: [] }) {
              return pgm.createIndex(table, opts.columns);
            }
            """), Squeezed("""
            interface Opts extends Base<string> { columns: string[]; where?: string }
            type Table = 'users' | 'posts';
            export type { Opts };
            declare const process: { env: Record<string, string | undefined> };
            function helper<T extends Table>(pgm: MigrationBuilder, table: T, opts: Opts = { columns: [] }): void {
              return pgm.createIndex(table, opts.columns);
            }
            """));
    }

    [Fact]
    public void Optional_parameters_destructuring_and_defaults_keep_their_values()
    {
        Assert.Equal(Squeeze("""
            function f({ a, b: renamed }, c, d = 1, ...rest) {}
            """), Squeezed("""
            function f({ a, b: renamed }: { a: string; b: number }, c?: string, d: number = 1, ...rest: string[]): void {}
            """));
    }

    [Fact]
    public void Type_specifiers_of_a_mixed_import_go_and_renames_stay()
    {
        Assert.Equal(Squeeze("""
            import { PgLiteral, } from 'node-pg-migrate';
            import { a as b } from './x';
            export { b as c };
            """), Squeezed("""
            import { PgLiteral, type MigrationBuilder } from 'node-pg-migrate';
            import { a as b } from './x';
            export { b as c };
            """));
    }

    [Fact]
    public void Object_methods_and_classes_lose_their_types()
    {
        Assert.Equal(Squeeze("""
            module.exports = {
              up(pgm) { pgm.sql('select 1'); },
              async down(pgm) { },
            };
            class Helper extends Base {
              table = 'users';
              count;
              constructor(name) { super(); this.count = 0; }
              make(pgm) { return this.table; }
            }
            """), Squeezed("""
            module.exports = {
              up(pgm: MigrationBuilder): void { pgm.sql('select 1'); },
              async down(pgm: MigrationBuilder) { },
            };
            class Helper extends Base<string> implements Maker, Other {
              private readonly table: string = 'users';
              count!: number;
              constructor(name: string) { super(); this.count = 0; }
              public make(pgm: MigrationBuilder): string { return this.table; }
            }
            """));
    }

    [Fact]
    public void Strings_templates_regular_expressions_and_comments_are_not_read_as_types()
    {
        const string js = """
            // a: string
            const sql = `select ${a ? 'x: y' : "as T"} from t where a < b and c > d`; /* x as any */
            const re = /a: (b)!/g;
            const n = a < b ? c > d : e;
            """;
        Assert.Equal(js, Erase(js));
    }

    [Theory]
    [InlineData("enum Color { Red, Green }", 1, 1, "an enum")]
    [InlineData("const x = 1;\nexport enum Color { Red }", 2, 8, "an enum")]
    [InlineData("namespace A { export const x = 1; }", 1, 1, "namespace")]
    [InlineData("class A { constructor(private readonly name: string) {} }", 1, 23, "parameter property")]
    [InlineData("const x = <number>y;", 1, 11, "cast")]
    public void Runtime_typescript_is_refused_with_its_position(string ts, int line, int column, string what)
    {
        var e = Assert.Throws<TypeScriptSyntaxException>(() => TypeEraser.Erase(ts, "m.ts"));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(what, e.Message);
        Assert.StartsWith($"m.ts:{line}:{column}:", e.Message);
    }

    [Fact]
    public void The_reader_parses_what_the_eraser_leaves_and_keeps_positions_and_comments()
    {
        var file = TypeScriptReader.Read("""
            import type { MigrationBuilder } from 'node-pg-migrate';
            // Users and their names.
            export async function up(pgm: MigrationBuilder): Promise<void> {
              pgm.createTable('users', { id: 'id' }); // the id shorthand
            }
            """, "1_users.ts");
        var up = Assert.IsType<Acornima.Ast.ExportNamedDeclaration>(file.Program.Body[0]);
        Assert.Equal(3, up.Location.Start.Line);
        Assert.Equal(["Users and their names.", "the id shorthand"], file.Comments.Select(c => file.Source[c.ContentRange.Start..c.ContentRange.End].Trim()));
    }

    [Fact]
    public void A_syntax_error_names_the_file_line_and_column()
    {
        var e = Assert.Throws<TypeScriptSyntaxException>(() => TypeScriptReader.Read("exports.up = (pgm) => {\n  pgm.sql('x' 'y');\n};", "1_x.js"));
        Assert.StartsWith("1_x.js:2:15:", e.Message);
    }
}

/// <summary>The TypeScript files this repository holds (migrations, better-auth configs) all read.</summary>
public class TypeScriptReaderRepositoryTests
{
    public static TheoryData<string> Files()
    {
        var root = Strata.Tests.Fixtures.NodePgMigrate.RepoRoot;
        var data = new TheoryData<string>();
        foreach (var dir in new[] { "bench/chat-ts", "tests/Strata.Tests/Compat/Twins", "bench", "tests/compat" })
            foreach (var f in Directory.GetFiles(Path.Combine(root, dir), "*.ts"))
                data.Add(Path.GetRelativePath(root, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads(string relativePath)
    {
        var path = Path.Combine(Strata.Tests.Fixtures.NodePgMigrate.RepoRoot, relativePath);
        var file = TypeScriptReader.Read(File.ReadAllText(path), relativePath);
        Assert.NotEmpty(file.Program.Body);
    }
}
