-- release.forced-update: the release stops old app versions, devices or OS versions from working.

local core, scope = lib.core, lib.scope

local FORCE = { "force update", "forced update", "forced updates", "forced upgrade", "force upgrade", "must update",
  "update required", "required update", "mandatory update", "minimum version", "minimum supported version",
  "minimum app version", "older versions", "older app versions", "old app versions", "no longer supported",
  "no longer be supported", "will stop working", "stop working", "end of support", "drop support",
  "dropping support", "drops support", "requires ios", "requires android", "minimum ios", "minimum android" }

return {
  id = "release.forced-update",
  title = "Forcing the update locks out customers on old versions",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Every app has a tail of users on old versions and old phones who cannot update; a hard cut-off turns them into locked-out customers on launch day, and they reach support, not the release notes.",
  triggers = FORCE,
  wrong = "Customers on old app versions, old phones or old operating systems are locked out: the forced update blocks them, their phone cannot install the new version, or the old version silently stops syncing.",
  causes = {
    "The minimum version is raised on launch day, while a sizeable share of active users are still on older versions",
    "The new version needs an OS version that some customers' phones cannot install, so the update prompt is a dead end",
    "The forced-update screen itself fails on the oldest versions, which never had it",
    "Devices managed by a customer's IT (kiosks, company phones) update only on their own schedule",
    "Offline data on the old version is lost if the app is removed and reinstalled to update",
  },
  prevent = {
    "Take the share of active users per app and OS version from analytics at T-14d and set the cut-off only where that share is below an agreed limit",
    "Show a soft 'please update' prompt for two to four weeks before any hard block, with a date",
    "Test the update prompt on the oldest supported app version and on a phone whose OS cannot take the new version",
    "Tell customers who cannot update what they can do (web version, supported devices) in the prompt and the help centre",
  },
  respond = {
    "Acknowledge on the status page and social media at once that some customers are locked out, and give the web route",
    "Lower the minimum version again on the server to let old versions back in while you fix the path",
    "Contact locked-out business customers directly and help them update or move devices",
    "Confirm in writing to the launch lead the version-share threshold and notice period for future cut-offs",
  },
  owner = { "product", "engineering" },
  due = "T-14d",
  mitigated_by = { "soft update prompt", "version share checked", "version adoption checked" },
  check = function(plan, doc, hits)
    if #scope.release(plan, doc, 1) == 0 then return nil end
    return core.fire(doc, hits)
  end,
}
