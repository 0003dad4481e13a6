alter table "user" add column "username" text;

alter table "user" add column "displayUsername" text;

alter table "user" add column "role" text;

alter table "user" add column "banned" boolean default false;

alter table "user" add column "banReason" text;

alter table "user" add column "banExpires" timestamptz;

alter table "user" add column "twoFactorEnabled" boolean default false;

alter table "user" add column "locale" text default 'en' not null;

alter table "user" add column "credits" integer default 10 not null;

alter table "user" add column "bio" text default 'it''s me';

alter table "user" add column "code" text;

alter table "user" add column "team" text;

alter table "user" add column "joinedAt" timestamptz default CURRENT_TIMESTAMP not null;

alter table "user" add column "referrerId" text references "user" ("id") on delete set null;

alter table "session" add column "impersonatedBy" text;

alter table "session" add column "deviceId" text;

create table "twoFactor" ("id" text not null primary key, "secret" text not null, "backupCodes" text not null, "userId" text not null references "user" ("id") on delete cascade, "verified" boolean, "failedVerificationCount" integer, "lockedUntil" timestamptz);

create unique index "user_username_uidx" on "user" ("username");

create unique index "user_code_uidx" on "user" ("code");

create index "user_team_idx" on "user" ("team");

create index "session_deviceId_idx" on "session" ("deviceId");

create index "twoFactor_secret_idx" on "twoFactor" ("secret");

create index "twoFactor_userId_idx" on "twoFactor" ("userId");