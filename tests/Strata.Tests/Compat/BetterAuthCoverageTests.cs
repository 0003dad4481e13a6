using Strata.Tests.Fixtures;

namespace Strata.Tests.Compat;

/// <summary>
/// better-auth 1.7's options and plugins beyond the core, one option set per case, against the real CLI: on fresh
/// databases both tools write the same file, and after either one migrates the other finds nothing to do.
/// </summary>
public class BetterAuthCoverageTests
{
    public static TheoryData<string, string> Cases => new()
    {
        // Options that do not shape the schema are accepted and change nothing.
        { "schema-neutral options", """
            {
              "appName": "Acme", "baseURL": "http://localhost:3000", "trustedOrigins": ["http://localhost:3000"],
              "emailAndPassword": { "enabled": true, "minPasswordLength": 10 },
              "session": { "expiresIn": 604800, "updateAge": 86400, "storeSessionInDatabase": true },
              "account": { "accountLinking": { "enabled": true } },
              "rateLimit": { "enabled": true, "window": 60, "max": 100 },
              "advanced": { "cookiePrefix": "acme", "database": { "generateId": "uuid" } },
              "plugins": [
                { "name": "username", "minUsernameLength": 4 }, { "name": "twoFactor", "issuer": "Acme" },
                { "name": "jwt", "jwt": { "expirationTime": "1h" } }, { "name": "admin", "defaultRole": "member" },
                { "name": "organization", "allowUserToCreateOrganization": true, "organizationLimit": 3 }
              ]
            }
            """ },
        { "secondaryStorage alone: no session, no verification", """
            { "secondaryStorage": true, "emailAndPassword": { "enabled": true }, "plugins": [{ "name": "organization", "teams": { "enabled": true } }] }
            """ },
        { "secondaryStorage with storeSessionInDatabase and verification.storeInDatabase", """
            {
              "secondaryStorage": true, "session": { "storeSessionInDatabase": true }, "verification": { "storeInDatabase": true },
              "plugins": ["admin"]
            }
            """ },
        { "rateLimit in the database, renamed", """
            { "rateLimit": { "storage": "database", "modelName": "rate_limits", "fields": { "key": "rl_key", "lastRequest": "last_request" } } }
            """ },
        { "rateLimit in the database, serial ids", """
            { "rateLimit": { "storage": "database" }, "advanced": { "database": { "generateId": "serial" } } }
            """ },
        { "siwe, lastLoginMethod in the database, bearer, oneTimeToken", """
            {
              "plugins": [
                { "name": "siwe", "domain": "example.com", "schema": { "walletAddress": { "modelName": "wallets", "fields": { "chainId": "chain_id" } } } },
                { "name": "lastLoginMethod", "storeInDatabase": true, "schema": { "user": { "lastLoginMethod": "last_login_method" } } },
                "bearer", { "name": "oneTimeToken", "expiresIn": 5 }
              ]
            }
            """ },
        { "organization with dynamicAccessControl, teams and schema additionalFields; twoFactorTable", """
            {
              "plugins": [
                {
                  "name": "organization", "teams": { "enabled": true, "maximumTeams": 5 }, "dynamicAccessControl": { "enabled": true },
                  "schema": {
                    "organization": { "additionalFields": { "plan": { "type": "string", "required": false, "defaultValue": "free" } } },
                    "organizationRole": { "modelName": "org_role", "additionalFields": { "color": { "type": "string", "required": false } } },
                    "member": { "fields": { "role": "member_role" }, "additionalFields": { "title": { "type": "string", "required": false } } }
                  }
                },
                { "name": "twoFactor", "twoFactorTable": "two_factor", "schema": { "twoFactor": { "modelName": "ignored", "fields": { "secret": "totp_secret" } } } }
              ]
            }
            """ },
        { "user.fields.id", """
            { "user": { "fields": { "id": "user_id", "email": "email_address" } } }
            """ },
    };

    [CompatTheory]
    [MemberData(nameof(Cases))]
    public async Task Strata_writes_the_cli_s_file_and_neither_tool_leaves_work_for_the_other(string name, string json)
    {
        _ = name;
        var (_, _, strataUrl) = await PostgresServer.FreshAsync();
        var (_, _, cliUrl) = await PostgresServer.FreshAsync();
        using var p = new TestProject();
        p.Write(".migraterc.json", $$"""{ "auth": {{json}} }""");
        var options = p.Write("auth.json", json);

        var strata = await StrataCli.RunAsync(p, strataUrl, "auth", "generate", "--yes");
        Assert.True(strata.ExitCode == 0, strata.ToString());
        var strataSql = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(p.Directory, AuthScriptFolder), "*.sql")));
        var (cliSql, cliRun) = await BetterAuthNode.GenerateAsync(p.Directory, options, cliUrl);
        Assert.True(cliSql is not null, cliRun.ToString());
        Assert.Equal(cliSql, strataSql);

        var migrated = await StrataCli.RunAsync(p, strataUrl, "auth", "migrate", "--yes");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        var cli = await BetterAuthNode.MigrateAsync(p.Directory, options, cliUrl);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        var cliAfterStrata = await BetterAuthNode.MigrateAsync(p.Directory, options, strataUrl);
        Assert.True(cliAfterStrata.Out.Contains("No migrations needed."), cliAfterStrata.ToString());
        var strataAfterCli = await StrataCli.RunAsync(p, cliUrl, "auth", "migrate", "--yes");
        Assert.True(strataAfterCli.Out.Contains("No migrations needed."), strataAfterCli.ToString());
    }

    const string AuthScriptFolder = Strata.Auth.AuthScript.Folder;
}
