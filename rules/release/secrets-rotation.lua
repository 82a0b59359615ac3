-- release.secrets-rotation: keys, certificates or credentials the release depends on are new,
-- rotated or expiring around launch, and one of them is wrong or lapses.

local core, scope = lib.core, lib.scope

local SECRETS = { "api key", "api keys", "credentials", "secrets", "secret", "signing key", "signing keys",
  "signing certificate", "push certificate", "apns", "client secret", "oauth", "single sign-on", "sso",
  "service account", "key rotation", "rotate", "rotated", "rotating", "new payment provider", "payment keys",
  "access tokens", "access token", "password rotation", "certificate expires", "keys expire" }
local ROTATE = { "rotate", "rotated", "rotating", "key rotation", "password rotation", "certificate expires", "keys expire" }

return {
  id = "release.secrets-rotation",
  title = "A key, certificate or credential breaks the release",
  category = "security",
  severity = 4, likelihood = 2,
  rationale = "Keys and certificates live outside the code, differ per environment and expire on their own calendar; a wrong, rotated or expired one fails everything that depends on it at once, usually with an unhelpful error.",
  triggers = SECRETS,
  wrong = "A credential the release depends on fails: a production key is missing or still the test one, a rotated secret was not updated everywhere, or a certificate or token expires around launch, and payments, logins, pushes or integrations stop at once.",
  causes = {
    "Production keys are entered by hand at deployment and one is missing, mistyped or still points at the sandbox",
    "A secret is rotated in the vault but some services, jobs or partner systems keep the old one cached or hard-coded",
    "Push, signing, SSO or partner certificates expire on their own yearly calendar, which nobody tracks",
    "Credentials are tied to a person's account, which is disabled when they leave",
  },
  prevent = {
    "List every key, certificate and credential the release uses with its environment, owner and expiry date at T-14d, and renew anything expiring within 60 days of launch",
    "Freeze secret rotation from T-3d to T+3d, unless it is itself the change, and then rotate with both old and new valid for an overlap period",
    "Run a production smoke test of each external dependency (payments, login, push, partner APIs) right after deployment",
    "Move credentials from personal accounts to service accounts owned by the team",
  },
  respond = {
    "Acknowledge on the status page at once which feature is failing",
    "Restore the previous valid credential or issue a new one, and restart the services that cache it",
    "Check for actions that failed during the gap (payments, pushes, syncs) and retry or tell the affected customers",
    "Confirm in writing to the launch lead the credential inventory and the expiry alerts now in place",
  },
  owner = { "engineering", "security", "it" },
  due = "T-14d",
  mitigated_by = { "credential inventory", "expiry alerts", "secrets inventory", "smoke test" },
  check = function(plan, doc, hits)
    local kept = core.kept(doc, hits)
    if #kept == 0 then return nil end
    if #scope.release(plan, doc, 1) == 0 and not core.mentions(doc, ROTATE) then return nil end
    return { evidence = kept }
  end,
}
