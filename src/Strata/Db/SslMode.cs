namespace Strata.Db;

/// <summary>libpq's sslmode values, with libpq's meaning.</summary>
public enum SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull }
