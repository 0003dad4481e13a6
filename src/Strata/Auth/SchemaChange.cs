namespace Strata.Auth;

/// <summary>One step of a migration of the auth schema; the diff produces them in better-auth's order.</summary>
internal abstract record SchemaChange
{
    private protected SchemaChange() { }
}
