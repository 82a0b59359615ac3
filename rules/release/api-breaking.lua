-- release.api-breaking: the release changes an API, SDK, webhook or file format that customers'
-- and partners' own code depends on.

local core, scope = lib.core, lib.scope

local API = { "api", "apis", "public api", "endpoints", "endpoint", "sdk", "sdks", "webhook", "webhooks",
  "breaking change", "breaking changes", "deprecated", "deprecation", "deprecate", "deprecating",
  "api version", "client library", "client libraries", "plugin", "plugins", "export format", "import format",
  "csv export", "integrations", "zapier" }
-- The plan says plainly that nothing integrators use changes.
local UNCHANGED = { "no api changes", "no changes to the api", "api is unchanged", "api stays unchanged",
  "api remains unchanged", "integrations keep working", "integrations continue to work", "no breaking changes" }
-- "keeps the 4.x endpoints for 90 days": a sunset with a number of days, weeks or months.
local function sunset(doc, hits)
  for _, h in ipairs(hits) do
    local s = doc:sentence(h) or ""
    local n, unit = s:gsub("%s+", " "):match("for (%d+) (%a+)")
    if n and (unit == "days" or unit == "weeks" or unit == "months") then return n .. " " .. unit end
  end
  return nil
end

return {
  id = "release.api-breaking",
  title = "An API or format change breaks customers' and partners' integrations",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Integrations are written by people who do not read release emails and run unattended; a changed field or a retired endpoint breaks them silently, and the customer blames the product, not their script.",
  triggers = API,
  wrong = "Customers' and partners' integrations break after the release: a field, format, limit or endpoint they rely on changed or disappeared, their scripts fail silently, and invoices, orders or syncs stop without anyone noticing for days.",
  causes = {
    "The old endpoints are served from the new data model, so totals, rounding, IDs or field order differ in ways the contract tests do not check",
    "Deprecation notices go to the account owner's inbox, not to the developer or agency who wrote the integration",
    "Nobody knows which customers call which endpoints, so the sunset date arrives with heavy users still on the old version",
    "Webhooks change payload or retry behaviour, and receivers reject or double-process them",
    "SDKs and plugins in the wild pin the old version and are not updated by their maintainers",
  },
  prevent = {
    "Run the previous version's API contract tests and three real customers' integration payloads against the release candidate at T-7d",
    "List the accounts and API keys that call each changed or retiring endpoint from the logs, and contact their technical contacts directly at T-14d",
    "Publish the change log with dates, a migration guide and the sunset date, and return a deprecation header on old endpoints",
    "Watch error rates per endpoint and per API key for two weeks after release and call accounts whose calls start failing",
  },
  respond = {
    "Acknowledge on the status page and developer channels at once which endpoints are affected",
    "Restore the old behaviour behind the old version number, or extend the sunset, while integrators catch up",
    "Help the largest affected integrators directly and replay or repair the records their failed calls missed",
    "Confirm in writing to the launch lead the API change policy (notice period, contract tests, usage check) for the next release",
  },
  owner = { "engineering", "product" },
  due = "T-14d",
  mitigated_by = { "contract tests", "api usage checked", "integrators contacted", "migration guide" },
  check = function(plan, doc, hits)
    local kept = core.kept(doc, hits)
    if #kept == 0 or #scope.release(plan, doc, 1) == 0 or core.mentions(doc, UNCHANGED) then return nil end
    local left = sunset(doc, kept)
    if not left then return { evidence = kept } end
    return { evidence = kept,
      wrong = ("Old API clients keep working for %s and then break: integrations written by customers, their accountants or agencies still call the old endpoints on the sunset date, because the notice went to someone who never read it. Until then, the old endpoints serve data from the new model, and small differences break scripts sooner."):format(left) }
  end,
}
