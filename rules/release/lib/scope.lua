-- release/lib/scope.lua: is this plan a software release, and what does it ship? The release
-- rules see it as lib.scope; it uses lib.core.
--
--   SOFTWARE            -> phrases that mark a software release (never bare "release": a press
--                          release is not one); "rollout" and "go-live" count only in a plan that
--                          also talks software (app, version, users, ...)
--   release(plan, doc)  -> the evidence that the plan ships software: kept hits of SOFTWARE, a
--                          release channel ("release-notes", "changelog") or a version number in
--                          the title ("Ledgerly 5.0"); an empty list when it does not. With most,
--                          it stops reading the phrases once it has that many hits (the first
--                          `most` items are the same)
--   mobile(plan, doc)   -> kept hits showing a mobile app build ships (store builds cannot be recalled)

local core = lib.core
local M = {}

M.SOFTWARE = { "new version", "release notes", "staged rollout", "phased rollout", "phased release",
  "gradual rollout", "canary release", "deploy", "deploys", "deployment", "deployed", "app update",
  "software update", "firmware update", "new release", "this release", "release candidate", "hotfix",
  "upgrade to version", "new build", "changelog", "rolling out", "rolls out", "roll out", "rollout", "go-live" }
-- These also describe uniforms reaching stores: they count only when the plan talks software too.
local VAGUE = { ["rolling out"] = true, ["rolls out"] = true, ["roll out"] = true, rollout = true, ["go-live"] = true }
local TECH = { "app", "software", "version", "api", "server", "servers", "platform", "users", "accounts", "build",
  "feature", "features", "code", "login", "dashboard", "cloud", "firmware", "browser" }
M.MOBILE = { "mobile app", "ios app", "android app", "ios and android", "app store", "app stores",
  "google play", "play store", "testflight", "app update", "ios build", "android build", "ios builds", "android builds" }

-- Channels that only a software release has ("app-store" or "in-app" may just carry a shop's offer).
local SOFT_CHANNELS = { ["release-notes"] = true, ["changelog"] = true }

function M.release(plan, doc, most)
  local ev, tech = {}, nil
  for i = 1, #M.SOFTWARE do
    local hits = doc:find(M.SOFTWARE[i])
    for k = 1, #hits do
      local h = hits[k]
      if not core.denied(doc, h) then
        if VAGUE[h.text:lower()] and tech == nil then tech = core.mentions(doc, TECH) end
        if not VAGUE[h.text:lower()] or tech then ev[#ev + 1] = h end
        if most and #ev >= most then return ev end
      end
    end
  end
  for _, c in ipairs(plan.channels or {}) do
    if SOFT_CHANNELS[c] then ev[#ev + 1] = { source = "channels", text = c } end
  end
  local v = (plan.title or ""):match("%f[%w][vV]?%d+%.%d")
  if v then ev[#ev + 1] = { source = "title", text = plan.title } end
  return ev
end

function M.mobile(plan, doc)
  local ev = core.seen(doc, M.MOBILE)
  for _, c in ipairs(plan.channels or {}) do
    if c == "app-store" or c == "app store" or c == "google-play" then ev[#ev + 1] = { source = "channels", text = c } end
  end
  return ev
end

return M
