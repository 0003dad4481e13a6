using System.Text.RegularExpressions;

namespace Strata.Db;

/// <summary>
/// Every place a password can come from, so all of them are registered for redaction before anything
/// prints: a connection string (even one that does not parse), <c>PGPASSWORD</c>, the passfile
/// (<c>PGPASSFILE</c> or <c>~/.pgpass</c>, which Npgsql reads as libpq does), and the secret-looking
/// entries of a .env file.
/// </summary>
internal static partial class SecretSources
{
    /// <summary>
    /// The password a connection string carries, raw and decoded, found even when the string does not
    /// parse, so that no message can repeat it.
    /// </summary>
    public static IReadOnlyList<string> InConnectionString(string text)
    {
        var found = new List<string>();
        try
        {
            if (ConnectionUrl.Parse(text).Password is { } p) found.Add(p);
        }
        catch (StrataException) { }
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            var afterScheme = text[(scheme + 3)..];
            int at = ConnectionUrl.UserInfoEnd(afterScheme);
            // Without '@', "user:password/db" reads as host:port; a "port" that is not a number may be a password.
            var userInfo = at >= 0 ? afterScheme[..at] : afterScheme.Split('/', '?')[0];
            int colon = userInfo.IndexOf(':');
            if (colon >= 0 && colon + 1 < userInfo.Length)
            {
                var raw = userInfo[(colon + 1)..];
                if (at >= 0 || !raw.All(char.IsAsciiDigit))
                {
                    found.Add(raw);
                    try { found.Add(Uri.UnescapeDataString(raw)); } catch (UriFormatException) { }
                }
            }
        }
        foreach (Match m in PasswordKeyword().Matches(text))
        {
            var value = m.Groups[1].Value;
            if (value.StartsWith('\'')) value = value.Trim('\'').Replace("\\'", "'", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            found.Add(value);
            try { found.Add(Uri.UnescapeDataString(value)); } catch (UriFormatException) { }
            // An unquoted space ends the value for libpq; each piece is somebody's secret all the same.
            found.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return found.Where(s => s.Length > 0).Distinct().OrderByDescending(s => s.Length).ToList();
    }

    /// <summary>The text with any password it holds replaced, for messages.</summary>
    public static string Redact(string connectionString) => Secrets.Redact(connectionString, InConnectionString(connectionString));

    /// <summary>PGPASSWORD and the passfile's passwords, as libpq (and Npgsql) would find them.</summary>
    public static IEnumerable<string> FromEnvironment(Func<string, string?> environment)
    {
        if (environment("PGPASSWORD") is { Length: > 0 } pw) yield return pw;
        var passfile = environment("PGPASSFILE") is { Length: > 0 } f ? f
            : environment("HOME") is { Length: > 0 } home ? Path.Combine(home, ".pgpass") : null;
        if (passfile is not null)
            foreach (var p in PassfilePasswords(passfile)) yield return p;
    }

    /// <summary>The password field of each line of a passfile (<c>host:port:db:user:password</c>, <c>\:</c> and <c>\\</c> escaped).</summary>
    internal static IEnumerable<string> PassfilePasswords(string path)
    {
        string[] lines;
        try { lines = File.Exists(path) ? File.ReadAllLines(path) : []; }
        catch (IOException) { yield break; }
        catch (UnauthorizedAccessException) { yield break; }
        foreach (var line in lines)
        {
            if (line.StartsWith('#')) continue;
            int field = 0;
            var password = new System.Text.StringBuilder();
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] == '\\' && i + 1 < line.Length)
                {
                    if (field == 4) password.Append(line[i + 1]);
                    i++;
                }
                else if (line[i] == ':' && field < 4) field++;
                else if (field == 4) password.Append(line[i]);
            }
            if (field == 4 && password.Length > 0) yield return password.ToString();
        }
    }

    /// <summary>
    /// Secrets in a .env file: the password of every value that is a connection string, and the whole value
    /// of keys named like a secret (…PASSWORD, …SECRET, …TOKEN, …KEY).
    /// </summary>
    public static IEnumerable<string> InEnvFile(IReadOnlyDictionary<string, string> env)
    {
        foreach (var (key, value) in env)
        {
            if (SecretName().IsMatch(key)) yield return value;
            if (value.Contains("://", StringComparison.Ordinal) || value.Contains("password", StringComparison.OrdinalIgnoreCase))
                foreach (var s in InConnectionString(value)) yield return s;
        }
    }

    [GeneratedRegex(@"(?:^|[\s?&])(?:ssl)?password\s*=\s*('(?:\\.|[^'])*'?|[^&]*?)(?=\s+\w+\s*=|&|$)", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordKeyword();

    [GeneratedRegex(@"(PASSWORD|PASSWD|SECRET|TOKEN|KEY)$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
