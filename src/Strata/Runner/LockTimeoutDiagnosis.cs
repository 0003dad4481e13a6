using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Strata.Runner;

/// <summary>
/// After a statement gave up on lock_timeout (55P03), names the table it was most likely waiting for.
/// PostgreSQL's error does not say, and the wait is over once the error arrives (pg_blocking_pids no
/// longer knows), so this asks pg_locks which relations other sessions hold right now and keeps those
/// whose name appears in the failed statement. Read-only and best effort: a holder that let go in the
/// meantime, or a table reached only through a view or a function, gives no name (the message then
/// keeps its general hint).
/// </summary>
internal static class LockTimeoutDiagnosis
{
    public static async Task<string?> DescribeAsync(NpgsqlConnection conn, string? statement)
    {
        if (string.IsNullOrEmpty(statement) || conn.State != System.Data.ConnectionState.Open) return null;
        try
        {
            await using var cmd = new NpgsqlCommand(
                """
                select n.nspname::text, c.relname::text, l.mode, a.pid, coalesce(nullif(a.application_name, ''), '(no application_name)')
                from pg_locks l
                join pg_class c on c.oid = l.relation
                join pg_namespace n on n.oid = c.relnamespace
                join pg_stat_activity a on a.pid = l.pid
                where l.locktype = 'relation' and l.granted and l.pid <> pg_backend_pid()
                  and l.database = (select oid from pg_database where datname = current_database())
                  and n.nspname not in ('pg_catalog', 'information_schema')
                order by a.pid, c.relname
                """, conn);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await using var r = await cmd.ExecuteReaderAsync(timeout.Token);
            var found = new List<string>();
            while (await r.ReadAsync(timeout.Token))
            {
                string schema = r.GetString(0), name = r.GetString(1);
                if (!Mentions(statement, name)) continue;
                var shown = (schema == "public" ? "" : Display(schema) + ".") + Display(name);
                var line = $"{shown} (held by pid {r.GetInt32(3)}, {r.GetString(4)}, {r.GetString(2)})";
                if (!found.Contains(line)) found.Add(line);
            }
            if (found.Count == 0) return null;
            return "waiting for a lock on " + string.Join("; ", found);
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return null; // a diagnosis must never hide the failure it explains
        }
    }

    /// <summary>Whether the statement names the relation: as a bare word (folded to lower case) or as a quoted identifier.</summary>
    static bool Mentions(string statement, string name)
    {
        var quoted = "\"" + name.Replace("\"", "\"\"") + "\"";
        if (statement.Contains(quoted, StringComparison.Ordinal)) return true;
        if (name != name.ToLowerInvariant()) return false;
        return Regex.IsMatch(statement, @"(?<![\w$""])" + Regex.Escape(name) + @"(?![\w$""])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    static string Display(string ident)
    {
        bool plain = ident.Length > 0 && (char.IsAsciiLetterLower(ident[0]) || ident[0] == '_') && ident.All(ch => char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch is '_' or '$');
        if (plain) return ident;
        var sb = new StringBuilder("\"").Append(ident.Replace("\"", "\"\"")).Append('"');
        return sb.ToString();
    }
}
