-- data.mailing-list: the marketing send goes to the wrong people: the wrong segment or list, a test
-- list, duplicates, stale or suppressed records. Fires on a send to part of a list (a segment, a
-- region, members who ...) or to a list put together for this send (merged, imported, moved to a new
-- tool). The regular newsletter to the whole existing list, however large, goes to the people it
-- went to last month and is not worth an item. (Consent itself is legal.marketing-consent; the
-- traffic a send brings is capacity.email-blast.)

local clauses = lib.clauses

-- Marketing lists; service notices "to all customers by email" go to the customer base itself.
local SEND = { "newsletter", "newsletters", "mailing list", "mailshot", "e-shot", "email campaign",
  "email blast", "subscribers by email", "members by email", "text message to", "sms campaign", "direct mail",
  "mailing to", "email list", "email subscribers", "newsletter subscribers" }

-- Signs that the send is meant for part of a list, so the selection can be wrong.
local SEGMENT = { "segment", "segments", "only to", "members in", "customers in", "subscribers in", "who bought",
  "who have bought", "who registered", "who signed up", "by region", "each region", "different voucher",
  "different offer", "targeted", "selected customers", "lapsed customers", "vip", "loyalty members",
  "existing customers", "new customers", "first-time customers", "club members" }
-- Signs that the list was assembled for this send, so the usual suppressions may be missing.
local ASSEMBLED = { "merged", "merge", "imported", "import", "combined list", "combined lists", "new list",
  "bought list", "purchased list", "rented list", "exported from", "export from", "new email platform",
  "new email tool", "new newsletter tool", "new mailing tool", "migrated", "first send", "first newsletter",
  "partner's list", "partner list", "several lists" }

-- "380,000 subscribers", "all 120,000 customers": the list size the plan gives, as written.
local function size(doc)
  local text = doc:text()
  return text:match("(%d[%d,%.]*%d)%s+subscribers") or text:match("(%d[%d,%.]*%d)%s+customers")
    or text:match("(%d[%d,%.]*%d)%s+members") or text:match("(%d[%d,%.]*%d)%s+contacts")
end

return {
  id = "data.mailing-list",
  title = "The mass send goes to the wrong people",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Lists are exported from several systems under time pressure; a wrong filter, a stale field or a forgotten suppression list reaches thousands in one click and cannot be recalled.",
  triggers = SEND,
  wrong = "The send goes to the wrong people: customers outside the offer's region or segment, a test or internal list, duplicates who get it three times, or records that should have been suppressed.",
  causes = {
    "The list is exported from the CRM, the shop and an old newsletter tool and merged by hand, without the unsubscribes and suppressions from all three",
    "The segment filter is built on a field that is empty or stale for many records (region, customer type, last purchase)",
    "The same person sits in the list under several addresses or with different spellings",
    "The send tool's default audience is 'all contacts', and nobody checks the count before pressing send",
  },
  prevent = {
    "Merge the suppression lists (unsubscribed, objected, bounced, complaints) from every system and apply them to the final export at T-3d",
    "Check the final recipient count against the expected segment size and read 20 random records before scheduling",
    "De-duplicate on normalised email address and customer ID",
    "Send the final version to an internal seed list first and have a second person approve the audience and count",
  },
  respond = {
    "Apologise to the wrongly included people at once, in one short message to exactly that group",
    "Stop any follow-up sends and automations built on the same list until it is fixed",
    "Remove and suppress the wrongly included records and record any unsubscribed contact that was mailed for the data protection log",
    "Confirm in writing to the launch lead the suppression and count checks now required before every send",
  },
  owner = { "marketing", "legal" },
  due = "T-3d",
  mitigated_by = { "suppression list applied", "suppression lists merged", "recipient count checked", "list de-duplicated" },
  check = function(plan, doc, hits)
    local on = clauses.on(doc, hits)
    if #on == 0 then return nil end
    -- "mailing list" rather than the "mailing" inside it
    table.sort(on, function(a, b) return #a.text > #b.text end)
    local n = size(doc)
    local part = clauses.first(doc, SEGMENT) or clauses.first(doc, ASSEMBLED)
    if not part then return nil end
    local wrong
    if n then
      wrong = ("The send to %s people goes to the wrong ones: customers outside the offer's region or segment (for example where the offer does not apply), a test list, duplicates who get it several times, or records that should have been suppressed. At that size even 1%% wrong is thousands of confused or angry recipients."):format(n)
    end
    return { evidence = { on[1], part }, wrong = wrong }
  end,
}
