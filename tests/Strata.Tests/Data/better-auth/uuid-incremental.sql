-- -----------------------------------------------------------------------------
-- DO NOT RUN THIS SCRIPT AS IT IS.
-- Applying it to a populated database corrupts the rows it touches:
--
-- Cannot add required column "enumDefault" to populated table "users": the schema declares no default value, so existing rows have no value to backfill. MySQL accepts this statement instead of rejecting it and fills every existing row with an implicit default for the column type, reporting a successful migration over corrupted data. Add the column as nullable, backfill a correct value for every row, then make it NOT NULL.
-- -----------------------------------------------------------------------------
alter table "users" add column "username" text;

alter table "users" add column "displayUsername" text;

alter table "users" add column "twoFactorEnabled" boolean default false;

alter table "users" add column "role" text;

alter table "users" add column "banned" boolean default false;

alter table "users" add column "banReason" text;

alter table "users" add column "banExpires" timestamptz;

alter table "users" add column "isAnonymous" boolean default false;

alter table "users" add column "phoneNumber" text;

alter table "users" add column "phoneNumberVerified" boolean;

alter table "users" add column "locale" text default 'en';

alter table "users" add column "age" integer;

alter table "users" add column "visits" bigint default 0 not null;

alter table "users" add column "newsletter" boolean default false not null;

alter table "users" add column "birthday" timestamptz;

alter table "users" add column "lastSeenAt" timestamptz default CURRENT_TIMESTAMP not null;

alter table "users" add column "preferences" jsonb;

alter table "users" add column "tags" jsonb;

alter table "users" add column "scores" jsonb;

alter table "users" add column "external_id" text;

alter table "users" add column "tenant" text;

alter table "users" add column "plan" text;

alter table "users" add column "ratio" integer default 1.5;

alter table "users" add column "enumDefault" text not null;

alter table "users" add column "jsonDefault" jsonb;

alter table "sessions" add column "activeOrganizationId" text;

alter table "sessions" add column "activeTeamId" text;

alter table "sessions" add column "impersonatedBy" text;

alter table "sessions" add column "deviceId" text;

alter table "sessions" add column "managerId" uuid references "users" ("id") on delete set null;

create table "twoFactor" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "secret" text not null, "backupCodes" text not null, "userId" uuid not null references "users" ("id") on delete cascade, "verified" boolean, "failedVerificationCount" integer, "lockedUntil" timestamptz);

create table "organization" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "name" text not null, "slug" text not null unique, "logo" text, "createdAt" timestamptz not null, "metadata" text);

create table "team" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "name" text not null, "memberCount" integer not null, "organizationId" uuid not null references "organization" ("id") on delete cascade, "createdAt" timestamptz not null, "updatedAt" timestamptz);

create table "teamMember" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "teamId" uuid not null references "team" ("id") on delete cascade, "userId" uuid not null references "users" ("id") on delete cascade, "membershipKey" text unique, "createdAt" timestamptz);

create table "member" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "organizationId" uuid not null references "organization" ("id") on delete cascade, "userId" uuid not null references "users" ("id") on delete cascade, "role" text not null, "createdAt" timestamptz not null);

create table "invitation" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "organizationId" uuid not null references "organization" ("id") on delete cascade, "email" text not null, "role" text, "teamId" text, "status" text not null, "expiresAt" timestamptz not null, "createdAt" timestamptz default CURRENT_TIMESTAMP not null, "inviterId" uuid not null references "users" ("id") on delete cascade);

create table "apikey" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "configId" text not null, "name" text, "start" text, "referenceId" text not null, "prefix" text, "key" text not null, "refillInterval" integer, "refillAmount" integer, "lastRefillAt" timestamptz, "enabled" boolean, "rateLimitEnabled" boolean, "rateLimitTimeWindow" integer, "rateLimitMax" integer, "requestCount" integer, "remaining" integer, "lastRequest" timestamptz, "expiresAt" timestamptz, "createdAt" timestamptz not null, "updatedAt" timestamptz not null, "permissions" text, "metadata" text);

create table "passkey" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "name" text, "publicKey" text not null, "userId" uuid not null references "users" ("id") on delete cascade, "credentialID" text not null, "counter" integer not null, "deviceType" text not null, "backedUp" boolean not null, "transports" text, "createdAt" timestamptz, "aaguid" text);

create table "jwks" ("id" uuid default pg_catalog.gen_random_uuid() not null primary key, "publicKey" text not null, "privateKey" text not null, "createdAt" timestamptz not null, "expiresAt" timestamptz, "alg" text, "crv" text);

create unique index "users_username_uidx" on "users" ("username");

create unique index "users_phoneNumber_uidx" on "users" ("phoneNumber");

create unique index "users_external_id_uidx" on "users" ("external_id");

create index "users_tenant_idx" on "users" ("tenant");

create index "sessions_deviceId_idx" on "sessions" ("deviceId");

create index "twoFactor_secret_idx" on "twoFactor" ("secret");

create index "twoFactor_userId_idx" on "twoFactor" ("userId");

create index "team_organizationId_idx" on "team" ("organizationId");

create index "teamMember_teamId_idx" on "teamMember" ("teamId");

create index "teamMember_userId_idx" on "teamMember" ("userId");

create index "member_organizationId_idx" on "member" ("organizationId");

create index "member_userId_idx" on "member" ("userId");

create index "invitation_organizationId_idx" on "invitation" ("organizationId");

create index "invitation_email_idx" on "invitation" ("email");

create index "apikey_configId_idx" on "apikey" ("configId");

create index "apikey_referenceId_idx" on "apikey" ("referenceId");

create index "apikey_key_idx" on "apikey" ("key");

create index "passkey_userId_idx" on "passkey" ("userId");

create index "passkey_credentialID_idx" on "passkey" ("credentialID");