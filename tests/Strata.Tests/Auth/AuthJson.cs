using System.Text.Json;
using Strata.Auth;

namespace Strata.Tests.Auth;

/// <summary>The <c>auth</c> section of a .migraterc.json, written inline in a test.</summary>
internal static class AuthJson
{
    public static AuthOptions Options(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return AuthOptions.Parse(doc.RootElement);
    }
}
