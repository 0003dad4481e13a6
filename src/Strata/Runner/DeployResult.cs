namespace Strata.Runner;

/// <summary>
/// What <c>strata up</c> did: the auth track (null when the project has no <c>auth</c> section), then
/// the app track (null when the auth track failed or was refused, so no app migration ran before it).
/// </summary>
public sealed record DeployResult(AuthMigrateResult? Auth, RunResult? App, TimeSpan Elapsed)
{
    public bool Succeeded => (Auth?.Succeeded ?? true) && App is { Succeeded: true };
}
