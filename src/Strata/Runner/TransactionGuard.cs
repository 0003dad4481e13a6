using Npgsql;

namespace Strata.Runner;

/// <summary>
/// The backstop behind <see cref="App.TransactionRules"/>, which does not depend on reading the SQL: each
/// transaction Strata opens notes its own id, and every migration's batch checks, before its tracking row, that it
/// still runs in that transaction. A COMMIT, ROLLBACK [AND CHAIN] or the like — however it was spelled, or run through
/// <c>pgm.Db</c> — ends the transaction, so the check fails with <see cref="SqlState"/>, the rest of the batch (the
/// tracking row included) is rolled back with whatever the migration ran after it, and the run stops.
/// </summary>
internal static class TransactionGuard
{
    /// <summary>The SQLSTATE the check raises (a class of its own, so no server error is mistaken for it).</summary>
    public const string SqlState = "SX001";

    const string Setting = "strata.transaction_id";

    /// <summary>Notes the transaction's id in a setting that ends with the transaction (<c>set_config(…, true)</c> is SET LOCAL).</summary>
    public static NpgsqlBatchCommand Note() => new($"SELECT set_config('{Setting}', txid_current()::text, true)");

    /// <summary>Raises <see cref="SqlState"/> unless this is still the transaction <see cref="Note"/> ran in.</summary>
    public static NpgsqlBatchCommand Check() => new(
        $"DO $strata$BEGIN IF current_setting('{Setting}', true) IS DISTINCT FROM txid_current()::text THEN " +
        $"RAISE EXCEPTION 'the migration ended the transaction Strata ran it in' USING ERRCODE = '{SqlState}'; END IF; END$strata$");
}
