using System.Globalization;

namespace Strata.Db;

/// <summary>
/// The embedded server's settings as a postgresql.conf fragment. Values are quoted for the
/// configuration file's own grammar (single quotes, <c>''</c> and backslash escapes), so a project
/// path with quotes, spaces, <c>$</c> or backslashes is read back exactly as it is.
/// </summary>
internal static class ServerSettings
{
    public static string File(int port, string socketDirectory) => string.Join('\n',
    [
        "# Written by Strata at each start of the embedded database; edits are overwritten.",
        $"port = {port.ToString(CultureInfo.InvariantCulture)}",
        "listen_addresses = '127.0.0.1'",
        // unix_socket_directories is a comma-separated list whose items may be double-quoted ("" for a quote);
        // quoting the one item keeps a comma or a leading space in the path from splitting it.
        $"unix_socket_directories = {Quote("\"" + socketDirectory.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")}",
        "",
    ]);

    /// <summary>A string literal of postgresql.conf.</summary>
    public static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
}
