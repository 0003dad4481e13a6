using Strata.Sql;

namespace Strata.App;

/// <summary>
/// What psql runs but a server does not: backslash meta-commands (<c>\i</c>, <c>\set</c>, <c>\connect</c>, the
/// <c>\.</c> that ends COPY data, …) and <c>COPY … FROM STDIN</c> / <c>TO STDOUT</c>, whose rows psql streams.
/// Found before anything runs, so a dump pasted into a migration is refused by name instead of failing halfway
/// through a deploy.
/// </summary>
internal static class ClientOnlyStatements
{
    /// <summary>Throws, naming the file and line, at the first statement that only psql could run.</summary>
    public static void Check(MigrationScript script)
    {
        foreach (var s in script.Statements)
        {
            var text = s.Text;
            var tokens = SqlLexer.Tokens(text).Where(t => !t.IsComment).ToList();
            for (int i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsSymbol(text, '\\')) continue;
                var next = i + 1 < tokens.Count && tokens[i + 1].Start == tokens[i].End ? tokens[i + 1] : (SqlToken?)null;
                var name = "\\" + (next is { Kind: SqlTokenKind.Word or SqlTokenKind.Symbol } n ? n.In(text).ToString() : "");
                throw StrataException.Input($"{Where(script, s, tokens[i])}: {name} is a psql meta-command; Strata sends each statement to the server, which knows no backslash commands: " +
                    (name is "\\i" or "\\ir" or "\\include" or "\\include_relative"
                        ? "put the statements of the included file in the migration itself (or in a migration of their own)."
                        : "remove it (a dump with COPY data: restore it with psql, or turn the rows into INSERT statements)."));
            }
            if (tokens.Count > 0 && tokens[0].IsWord(text, "copy") && ClientSide(text, tokens) is { } stream)
                throw StrataException.Input($"{Where(script, s, stream)}: COPY … {(stream.IsWord(text, "stdin") ? "FROM STDIN" : "TO STDOUT")} moves its rows through the client, " +
                    "as psql does with the lines after it; a migration's statements go to the server alone: write the rows as INSERT … VALUES, " +
                    "or COPY FROM a file or program the database server can read.");
        }
    }

    /// <summary>The STDIN of FROM STDIN, or the STDOUT of TO STDOUT, outside parentheses.</summary>
    static SqlToken? ClientSide(string text, List<SqlToken> tokens)
    {
        int depth = 0;
        for (int i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsSymbol(text, '(')) depth++;
            else if (tokens[i].IsSymbol(text, ')')) depth--;
            else if (depth == 0 && ((tokens[i].IsWord(text, "from") && tokens[i + 1].IsWord(text, "stdin")) ||
                                    (tokens[i].IsWord(text, "to") && tokens[i + 1].IsWord(text, "stdout"))))
                return tokens[i + 1];
        }
        return null;
    }

    static string Where(MigrationScript script, SqlStatement s, SqlToken at)
    {
        int line = script.LinesAreSqlLines ? s.Line + s.Text.AsSpan(0, at.Start).Count('\n') : s.Line;
        return $"{MigrationDiscovery.Relative(script.File.Path)}:{line}";
    }
}
