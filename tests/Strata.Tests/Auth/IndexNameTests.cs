using System.Text;
using Strata.Auth;

namespace Strata.Tests.Auth;

public class IndexNameTests
{
    [Fact]
    public void Short_names_are_table_column_and_kind()
    {
        Assert.Equal("session_userId_idx", IndexName.For("session", "userId", unique: false));
        Assert.Equal("user_username_uidx", IndexName.For("user", "username", unique: true));
    }

    // Both expected names were written by better-auth's CLI (Data/better-auth/long-names-alter.sql).
    [Theory]
    [InlineData("externalDirectoryObjectIdentifier", false, "application_user_accounts_with_a_rather_long_name__f987df3c_idx")]
    [InlineData("anotherVeryLongUniqueFieldNameForTesting", true, "application_user_accounts_with_a_rather_long_name_6ebea5e5_uidx")]
    public void Names_over_63_bytes_are_shortened_with_better_auths_hash(string column, bool unique, string expected)
    {
        Assert.Equal(expected, IndexName.For("application_user_accounts_with_a_rather_long_name", column, unique));
    }

    [Fact]
    public void Shortening_counts_bytes_and_never_splits_a_character()
    {
        var name = IndexName.For(new string('é', 40), "column", unique: false);

        Assert.True(Encoding.UTF8.GetByteCount(name) <= 63);
        Assert.EndsWith("_idx", name);
        Assert.DoesNotContain('\uFFFD', name);
    }

    [Fact]
    public void A_name_of_exactly_63_bytes_is_kept()
    {
        var table = new string('t', 63 - "_c_idx".Length);
        Assert.Equal(table + "_c_idx", IndexName.For(table, "c", unique: false));
    }
}
