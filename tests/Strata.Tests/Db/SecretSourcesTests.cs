using Strata.Db;
using Strata.Tests.Fixtures;

namespace Strata.Tests.Db;

/// <summary>Connection strings whose password used to reach a message, and where passwords are found for redaction.</summary>
public class SecretSourcesTests
{
    [Theory]
    [InlineData("postgres://u:Pa55Secret?Word99@host/db", "host", "db")]
    [InlineData("postgres://u:Pa55Secret?Word99@host/db?sslmode=require", "host", "db")]
    [InlineData("postgres://u:Pa55Secret?Word99@host", "host", null)]
    [InlineData("postgres://u:Pa55Secret#Word99@host:5433/db?application_name=a@b", "host", "db")]
    public void A_raw_question_mark_or_hash_in_the_password_belongs_to_the_password_as_in_libpq(string url, string host, string? db)
    {
        var t = ConnectionUrl.Parse(url);
        Assert.StartsWith("Pa55Secret", t.Password);
        Assert.EndsWith("Word99", t.Password);
        Assert.Equal([host], t.Hosts);
        Assert.Equal(db, t.Database);
    }

    [Fact]
    public void A_url_missing_at_host_is_refused_without_repeating_what_may_be_the_password()
    {
        var e = Assert.Throws<StrataException>(() => ConnectionUrl.Parse("postgres://app:TopSecret/db"));
        Assert.DoesNotContain("TopSecret", e.Message);
        Assert.Contains("@host", e.Message);
        Assert.Contains("TopSecret", SecretSources.InConnectionString("postgres://app:TopSecret/db"));
        Assert.DoesNotContain("5432", SecretSources.InConnectionString("postgres://host:5432/db"));
    }

    [Fact]
    public void An_unquoted_space_in_a_keyword_value_names_the_keyword_never_the_value()
    {
        var e = Assert.Throws<StrataException>(() => ConnectionUrl.Parse("host=h password=Top Secret dbname=d"));
        Assert.Contains("\"password\"", e.Message);
        Assert.DoesNotContain("Top", e.Message);
        Assert.DoesNotContain("Secret", e.Message);
        var found = SecretSources.InConnectionString("host=h password=Top Secret dbname=d");
        Assert.Contains("Top Secret", found);
        Assert.Contains("Secret", found);
    }

    [Fact]
    public void Passfile_passwords_are_read_with_libpq_escapes()
    {
        using var p = new TestProject();
        var file = p.Write("pgpass", "# comment\nh:5432:db:u:Pass\\:word\\\\1\n*:*:*:*:Other-Pw\n");
        var env = new Dictionary<string, string?> { ["PGPASSFILE"] = file, ["PGPASSWORD"] = "FromEnv-Pw" };
        var found = SecretSources.FromEnvironment(n => env.GetValueOrDefault(n)).ToList();
        Assert.Equal(["FromEnv-Pw", "Pass:word\\1", "Other-Pw"], found);
    }

    [Fact]
    public void Env_file_secrets_are_the_passwords_of_urls_and_the_values_of_secret_names()
    {
        var found = SecretSources.InEnvFile(new Dictionary<string, string>
        {
            ["DATABASE_ULR"] = "postgres://u:Typo-Pw@h/d",
            ["BETTER_AUTH_SECRET"] = "s3cret-value",
            ["PORT"] = "3000",
        }).ToList();
        Assert.Contains("Typo-Pw", found);
        Assert.Contains("s3cret-value", found);
        Assert.DoesNotContain("3000", found);
    }
}
