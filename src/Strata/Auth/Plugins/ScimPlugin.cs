using static Strata.Auth.SchemaField;

namespace Strata.Auth.Plugins;

/// <summary>
/// <c>scim</c> (package <c>@better-auth/scim</c>): an inbound SCIM 2.0 service provider. Provisioned users, groups,
/// grants and tombstones in seven tables; with <c>managedConnections</c> given (any object: the plugin tests it for
/// truth, not <c>enabled</c>) three more, first, for connections managed at run time. It has no <c>schema</c>
/// option, so its tables cannot be renamed, and it does not need the organization plugin. <c>connectionId</c> and
/// <c>provisioningDomainId</c> are plain text, not foreign keys.
/// </summary>
internal sealed class ScimPlugin() : AuthPlugin("scim", ["connections", "authentication", "managedConnections", "identity", "projection", "compatibility"])
{
    public override IReadOnlyDictionary<string, IReadOnlyCollection<string>> PresentParts { get; } = new Dictionary<string, IReadOnlyCollection<string>>
    {
        ["managedConnections"] = ["credentialHashSecret", "maxActiveCredentials", "lastUsedWriteIntervalSeconds"],
    };

    public override IReadOnlyList<LogicalTable> Tables(PluginOptions options) =>
        options.EnabledParts.Contains("managedConnections") ? [.. Managed, .. Provisioned] : Provisioned;

    static readonly FieldDefinition ConnectionId = String().Indexed();
    static readonly FieldDefinition ProvisioningDomainId = String().Indexed();
    static readonly FieldDefinition UserId = String().References("user").Indexed();
    static readonly FieldDefinition ConnectionRecordId = String().References("scimManagedConnection").Indexed();
    static readonly FieldDefinition ScimUserId = String().References("scimUser").Indexed();

    static readonly IReadOnlyList<LogicalTable> Managed =
    [
        new("scimManagedConnection",
        [
            String().Unique().Named("creationRequestId"),
            String().Unique().Named("connectionId"),
            ProvisioningDomainId.Named("provisioningDomainId"),
            String().Named("status"),
            Number().Named("revision"),
            Date().Named("createdAt"),
            String().Named("createdBy"),
            Date(required: false).Named("decommissionStartedAt"),
            String(required: false).Named("decommissionStartedBy"),
            Date(required: false).Named("decommissionedAt"),
            String(required: false).Named("decommissionedBy"),
        ]),
        new("scimManagedCredential",
        [
            ConnectionRecordId.Named("connectionRecordId"),
            String().Unique().Named("credentialId"),
            String().Named("tokenDigest"),
            String().Named("hashVersion"),
            String().Unique().Named("activeSlotKey"),
            String().Named("status"),
            String().Named("serializedScopes"),
            Date().Named("expiresAt"),
            Date().Named("createdAt"),
            String().Named("createdBy"),
            Date(required: false).Named("lastUsedAt"),
            Date(required: false).Named("revokedAt"),
            String(required: false).Named("revokedBy"),
            Date(required: false).Named("decommissionedAt"),
        ]),
        new("scimManagedConnectionEvent",
        [
            ConnectionRecordId.Named("connectionRecordId"),
            String().Unique().Named("eventKey"),
            Number().Named("sequence"),
            String().Named("type"),
            String().Named("actorId"),
            String(required: false).Named("credentialId"),
            Date().Named("createdAt"),
        ]),
    ];

    static readonly IReadOnlyList<LogicalTable> Provisioned =
    [
        new("scimConnectionBinding",
        [
            ConnectionId.Named("connectionId"),
            String().Unique().Named("connectionKey"),
            String().Named("provisioningDomainId"),
            Date().Named("createdAt"),
            Date(required: false).Named("decommissionedAt"),
            (String() with { Default = FieldDefault.String("active") }).Named("decommissionStatus"),
            String(required: false).Named("decommissionCursorUserId"),
            (Number() with { Default = FieldDefault.Number(0) }).Named("decommissionReconciledUserCount"),
            (Number() with { Default = FieldDefault.Number(0) }).Named("decommissionBatchCount"),
            (Number() with { Default = FieldDefault.Number(0) }).Named("decommissionRevision"),
            Date(required: false).Named("decommissionCompletedAt"),
            String(required: false).Named("decommissionLeaseId"),
            Date(required: false).Named("decommissionLeaseExpiresAt"),
        ]),
        new("scimIdentityTombstone",
        [
            ConnectionId.Named("connectionId"),
            ProvisioningDomainId.Named("provisioningDomainId"),
            String().Named("externalId"),
            String().Unique().Named("externalIdKey"),
            UserId.Named("userId"),
            String().Named("profile"),
            Date().Named("deletedAt"),
        ]),
        new("scimSubject",
        [
            String().Unique().References("user").Named("userId"),
            String(required: false).Indexed().Named("profileSourceId"),
            Number().Named("revision"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
        ]),
        new("scimUser",
        [
            ConnectionId.Named("connectionId"),
            ProvisioningDomainId.Named("provisioningDomainId"),
            UserId.Named("userId"),
            String().Unique().Named("connectionUserKey"),
            String().Named("userName"),
            String().Unique().Named("userNameKey"),
            String().Named("primaryEmail"),
            String().Named("workEmailValueIndex"),
            String().Named("emailValueIndex"),
            String().Named("displayName"),
            String().Named("formattedName"),
            String(required: false).Named("givenName"),
            String(required: false).Named("familyName"),
            String().Named("serializedEmails"),
            String(required: false).Named("serializedAttributes"),
            String(required: false).Named("externalId"),
            String(required: false).Unique().Named("externalIdKey"),
            Boolean().Named("active"),
            String().Unique().Named("orderKey"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
        ]),
        new("scimProjectionGrant",
        [
            ConnectionId.Named("connectionId"),
            ProvisioningDomainId.Named("provisioningDomainId"),
            ScimUserId.Named("scimUserId"),
            UserId.Named("userId"),
            String().Named("sourceKind"),
            String().Named("sourceId"),
            String(required: false).Named("sourceValue"),
            String().Named("role"),
            String().Unique().Named("grantKey"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
        ]),
        new("scimGroup",
        [
            ConnectionId.Named("connectionId"),
            ProvisioningDomainId.Named("provisioningDomainId"),
            (Number() with { Default = FieldDefault.Number(0) }).Named("revision"),
            String().Named("displayName"),
            String().Unique().Named("displayNameKey"),
            String(required: false).Named("externalId"),
            String(required: false).Unique().Named("externalIdKey"),
            String().Unique().Named("orderKey"),
            Date().Named("createdAt"),
            Date().Named("updatedAt"),
        ]),
        new("scimGroupMember",
        [
            ConnectionId.Named("connectionId"),
            String().References("scimGroup").Indexed().Named("groupId"),
            ScimUserId.Named("scimUserId"),
            String().Unique().Named("membershipKey"),
            Date().Named("createdAt"),
        ]),
    ];
}
