namespace Strata.Db;

/// <summary>libpq's sslmode values, with libpq's meaning.</summary>
internal enum SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull }

/// <summary>libpq's spelling of each <see cref="SslMode"/>.</summary>
internal static class SslModes
{
    static readonly string[] Names = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];

    public static string Name(SslMode mode) => Names[(int)mode];

    public static SslMode? Parse(string text) => Array.IndexOf(Names, text) is var i and >= 0 ? (SslMode)i : null;
}
