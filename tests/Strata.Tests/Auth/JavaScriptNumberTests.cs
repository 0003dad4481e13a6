using Strata.Auth;

namespace Strata.Tests.Auth;

public class JavaScriptNumberTests
{
    // Expected values printed by Node 22's Number.prototype.toString.
    [Theory]
    [InlineData(0, "0")]
    [InlineData(86400000, "86400000")]
    [InlineData(-2, "-2")]
    [InlineData(1.5, "1.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(1.2345e-7, "1.2345e-7")]
    [InlineData(9007199254740993, "9007199254740992")]
    public void Numbers_are_written_as_javascript_writes_them(double value, string expected)
    {
        Assert.Equal(expected, JavaScriptNumber.ToString(value));
    }
}
