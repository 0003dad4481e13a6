namespace Strata.Db;

/// <summary>libpq's sslmode values, with libpq's meaning.</summary>
internal enum SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull }
