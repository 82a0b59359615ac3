-- web/lib/urls.lua: the web addresses written in a plan's announcement. The web rules see this
-- table as lib.urls.
--
--   all(doc)          -> a list of { text, host, path, hit } for every address in the announcement,
--                        in order: "harbourlights.org.uk/gala" gives host "harbourlights.org.uk" and
--                        path "gala"; hit is the address as a doc:find hit (for evidence). E-mail
--                        addresses, version numbers ("4.x", "5.0") and abbreviations are not addresses.
--   deep(doc)         -> the addresses that have a path (a page, not just a domain)
--   unsafe(u)         -> a reason string when the address can never work for customers (a placeholder
--                        or staging host), else nil
--   evidence(list)    -> the hits of a list of addresses, for an item's evidence

local M = {}

-- Top-level domains we accept as the end of an address; anything else ("e.g", "4.x") is not one.
local TLD = {}
for t in ([[com org net uk de at nl fr es it eu io co app shop info biz us ca au nz ie ch be se dk
  fi pl pt cz dev store online site tech ai me tv events gallery club example test invalid
  localhost]]):gmatch("%S+") do TLD[t] = true end

local STAGING = { "staging", "stage", "dev", "test", "preview", "uat", "beta-preview", "draft" }

local function parse(token)
  if token:find("@", 1, true) then return nil end
  local rest = token:gsub("^[Hh][Tt][Tt][Pp][Ss]?://", "")
  local host, path = rest:match("^([^/?#]+)[/?#]?(.*)$")
  if not host or not host:match("^[%w%-]+%.[%w%-%.]+$") then return nil end
  local tld = host:match("%.([%a]+)$")
  if not tld or not TLD[tld:lower()] or not host:match("%a") then return nil end
  return host:lower(), path
end

-- The white-space separated words of text that hold a dot before a letter, in order: only they
-- can hold an address (its host ends in "." and letters). Found from each such dot, instead of
-- taking every word of the text apart.
local ALPHA = {}
for b = 65, 90 do ALPHA[b] = true; ALPHA[b + 32] = true end

local function dotted_words(text)
  local out, n, rev = {}, #text, nil
  local d = text:find(".", 1, true)
  while d do
    if ALPHA[text:byte(d + 1)] then
      rev = rev or text:reverse()
      local space = rev:find("%s", n - d + 1)        -- the white space before the word, counted from the end
      local stop = (text:find("%s", d) or n + 1) - 1
      out[#out + 1] = text:sub(space and n - space + 2 or 1, stop)
      d = stop + 1
    else
      d = d + 1
    end
    d = text:find(".", d, true)
  end
  return out
end

function M.all(doc)
  local out = {}
  for _, raw in ipairs(dotted_words(doc:text())) do
    local token = raw:gsub("^[%(%[<\"']+", ""):gsub("[%.,;:!?%)%]>\"']+$", "")
    local host, path = parse(token)
    if host then
      local hit = doc:find(token)[1] or { text = token, source = "announcement" }
      out[#out + 1] = { text = token, host = host, path = path, hit = hit }
    end
  end
  return out
end

function M.deep(doc)
  local out = {}
  for _, u in ipairs(M.all(doc)) do
    if u.path ~= "" then out[#out + 1] = u end
  end
  return out
end

function M.unsafe(u)
  local tld = u.host:match("%.([%a]+)$")
  if tld == "example" or tld == "test" or tld == "invalid" or tld == "localhost" or u.host:find("example%.") then
    return ("%s is a placeholder address that will never reach your site"):format(u.text)
  end
  local first = u.host:match("^([^%.]+)")
  for _, s in ipairs(STAGING) do
    if first == s then return ("%s points at a %s server, not the live site"):format(u.text, s) end
  end
  return nil
end

function M.evidence(list)
  local out = {}
  for _, u in ipairs(list) do out[#out + 1] = u.hit end
  return out
end

return M
