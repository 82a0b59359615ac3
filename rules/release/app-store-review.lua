-- release.app-store-review: the app builds are late, rejected or released wrongly by Apple's and
-- Google's review, and launch day arrives without them.

local core, scope = lib.core, lib.scope

local STORE = { "app review", "submitted to the app store", "submitted to the app stores", "submit to the app store",
  "phased release", "testflight", "in-app purchase", "in-app purchases", "in-app subscription", "store listing" }

return {
  id = "release.app-store-review",
  title = "App store review delays or rejects the build",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Apple and Google review on their own clock; a rejection over a guideline (payments, account deletion, privacy labels) costs days, and a launch timed to the hour cannot wait for it.",
  triggers = core.merge(scope.MOBILE, STORE),
  wrong = "The app build is not in the stores on launch day: review takes longer than planned or rejects the build, or it goes live by itself before the announcement, and the launch runs without the app or ahead of it.",
  causes = {
    "The build is submitted days before launch, and a rejection for a guideline issue (payment links, account deletion, privacy labels, a login the reviewer cannot get past) needs a new build and a new review",
    "The release is set to go live automatically on approval, so it appears before the announcement or the back end is ready",
    "Phased release applies only to automatic updates: new installs and manual updates get the new version at once",
    "Review queues are slow around holidays and big platform releases",
    "The back end requires the new app version on launch day, so the launch depends on the review's timing",
  },
  prevent = {
    "Submit the final builds at T-10d with 'manual release' chosen, so approval and release are separate steps",
    "Give reviewers a working demo account and notes for every new feature, and check new permissions, payments and privacy labels against the current guidelines before submitting",
    "Keep the back end compatible with the current store version until the new one has reached most users",
    "Name who presses release in App Store Connect and Google Play on launch day, with a backup who has the access",
  },
  respond = {
    "Tell customers on the status page and social media at once when the app update will be available",
    "Launch the server side and web first, or hold the announcement for the app part until approval",
    "Fix the rejection reason, resubmit and request an expedited review, quoting the launch",
    "Confirm in writing to the launch lead the submission lead time and review checklist for the next release",
  },
  owner = { "engineering", "product" },
  due = "T-10d",
  mitigated_by = { "manual release", "approved build", "build approved", "already approved", "expedited review" },
  check = function(plan, doc, hits)
    local kept = core.kept(doc, hits)
    if #kept == 0 or #scope.release(plan, doc, 1) == 0 then return nil end
    return { evidence = { kept[1], kept[2] } }
  end,
}
