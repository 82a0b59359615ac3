/*
** eval.c: the check pipeline. One trigger scan over the plan's text finds
** the candidate rules; each candidate's check() runs in its own protected
** call under the sandbox's limits; its results become items. A rule that
** fails becomes an error diagnostic and the others still run. Then each
** item gets its mitigation evidence, owner and due date, and the items
** are sorted by id, so the output does not depend on load order.
*/
#include <ctype.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "diag.h"
#include "engine.h"
#include "luaread.h"
#include "rulelib.h"
#include "sandbox.h"
#include "score.h"
#include "state.h"

#define MAX_EVIDENCE 5
#define MAX_ITEMS_PER_RULE 200

typedef struct hit {
  int rule, field;
  size_t ns, ne;
} hit;

typedef struct run_ctx {
  pm_engine *e;
  const pm_plan *plan;
  pm_doc doc;
  hit *hits;
  size_t nhits, caphits;
  pm_checklist *cl;
  const pm_rule *rule;          /* the rule running now */
  size_t hfirst, hcount;        /* its hits */
  pm_item **pending;            /* items of the running rule; freed if it fails */
  size_t npending, cappending;
  size_t seq;                   /* creation order, the tie-break of the sort */
  int views;                    /* the plan view and doc are on the Lua stack */
  int checklist_rules;          /* selected checklist-phase rules exist (seen by run_plan_rules) */
  void *doc_handle;
} run_ctx;

/* ---- the plan's text ---- */

static pm_status index_field(run_ctx *c, int field, const char *s, const cJSON *node, size_t base)
{
  const pm_plan *p = c->plan;
  if(!s || !*s)
    return PM_OK;
  if(pm_text_init(&c->doc.text[field], s, strlen(s)) != PM_OK)
    return PM_ERR_NOMEM;
  c->doc.present[field] = 1;
  if(node) {
    if(!pm_json_string_base(&p->json, node, &c->doc.fbase[field]) &&
       !(c->doc.fmap[field] = pm_json_string_map(&p->json, node)))
      return PM_ERR_NOMEM;
    c->doc.fknown[field] = 1;
  } else if(!p->is_json && field == PM_FIELD_ANNOUNCEMENT) {
    c->doc.fbase[field] = base;
    c->doc.fknown[field] = 1;
  }
  return PM_OK;
}

static void free_doc(pm_doc *d)
{
  int f;
  for(f = 0; f < PM_NFIELDS; f++) {
    if(d->present[f])
      pm_text_free(&d->text[f]);
    pm_free(d->fmap[f]);
  }
  memset(d, 0, sizeof *d);
}

static int on_hit(void *ud, int rule, int phrase, size_t ns, size_t ne)
{
  run_ctx *c = ud;
  (void)phrase;
  if(c->nhits == c->caphits) {
    size_t cap = c->caphits ? c->caphits * 2 : 64;
    hit *v = pm_realloc(c->hits, cap * sizeof *v);
    if(!v)
      return 0;
    c->hits = v;
    c->caphits = cap;
  }
  c->hits[c->nhits].rule = rule;
  c->hits[c->nhits].ns = ns;
  c->hits[c->nhits].ne = ne;
  c->hits[c->nhits].field = -1;  /* set by the caller */
  c->nhits++;
  return 1;
}

static int cmp_hit(const void *a, const void *b)
{
  const hit *x = a, *y = b;
  if(x->rule != y->rule)
    return x->rule < y->rule ? -1 : 1;
  if(x->field != y->field)
    return x->field < y->field ? -1 : 1;
  if(x->ns != y->ns)
    return x->ns < y->ns ? -1 : 1;
  return (x->ne > y->ne) - (x->ne < y->ne);
}

static pm_status scan(run_ctx *c)
{
  int f;
  size_t i, o;
  for(f = 0; f < PM_NFIELDS; f++) {
    size_t before = c->nhits;
    if(!c->doc.present[f])
      continue;
    if(!pm_trigger_scan(c->e->trig, &c->doc.text[f], on_hit, c))
      return PM_ERR_NOMEM;
    for(i = before; i < c->nhits; i++)
      c->hits[i].field = f;
  }
  if(c->nhits)
    qsort(c->hits, c->nhits, sizeof *c->hits, cmp_hit);
  /* drop exact duplicates (two phrases of one rule at the same place) */
  for(i = o = 0; i < c->nhits; i++)
    if(!o || cmp_hit(&c->hits[o - 1], &c->hits[i]) != 0)
      c->hits[o++] = c->hits[i];
  c->nhits = o;
  return PM_OK;
}

/* ---- items ---- */

static pm_item *new_pending(run_ctx *c)
{
  pm_item *it;
  if(c->npending == c->cappending) {
    size_t cap = c->cappending ? c->cappending * 2 : 8;
    pm_item **v = pm_realloc(c->pending, cap * sizeof *v);
    if(!v)
      return NULL;
    c->pending = v;
    c->cappending = cap;
  }
  it = pm_calloc(1, sizeof *it);
  if(!it)
    return NULL;
  it->rule = c->rule;
  it->severity = c->rule->severity;
  it->likelihood = c->rule->likelihood;
  it->seq = c->seq++;
  c->pending[c->npending++] = it;
  return it;
}

static void drop_pending(run_ctx *c)
{
  size_t i;
  for(i = 0; i < c->npending; i++)
    pm_item_free(c->pending[i]);
  c->npending = 0;
}

static int add_hit_evidence(run_ctx *c, pm_item *it, int mit, const hit *h)
{
  const pm_text *t = &c->doc.text[h->field];
  pm_span sp = pm_text_span(t, h->ns, h->ne);
  int line, col;
  pm_doc_position(&c->doc, h->field, sp.start, &line, &col);
  return pm_item_add_evidence(it, mit, h->field, NULL, t->src + sp.start, sp.end - sp.start, line, col,
                              sp.start);
}

/* The plan channel that makes rule 'r' a candidate, or -1. */
static int channel_match(const pm_plan *p, const pm_rule *r)
{
  size_t i, k;
  for(i = 0; i < p->channels.n; i++)
    for(k = 0; k < r->channels.n; k++)
      if(strcmp(p->channels.v[i], r->channels.v[k]) == 0)
        return (int)i;
  return -1;
}

/* The rule's trigger hits (up to MAX_EVIDENCE) and channel, as the item's evidence. */
static int default_evidence(run_ctx *c, pm_item *it)
{
  const pm_plan *p = c->plan;
  size_t i;
  int ch = channel_match(p, c->rule);
  for(i = 0; i < c->hcount && it->nev < MAX_EVIDENCE; i++)
    if(!add_hit_evidence(c, it, 0, &c->hits[c->hfirst + i]))
      return 0;
  if(ch >= 0 && it->nev < MAX_EVIDENCE &&
     !pm_item_add_evidence(it, 0, -1, "channels", p->channels.v[ch], strlen(p->channels.v[ch]),
                           p->chan_line ? p->chan_line[ch] : 0, p->chan_col && p->chan_col[ch] ? p->chan_col[ch] + 1 : 0,
                           0))
    return 0;
  return 1;
}

/* Byte length of the UTF-8 sequence at 's' and whether it is a letter-like code point. */
static size_t utf8_seq(const unsigned char *s, int *wordlike)
{
  unsigned long cp;
  size_t n = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4, k;
  cp = s[0] & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for(k = 1; k < n && (s[k] & 0xC0) == 0x80; k++)
    cp = (cp << 6) | (s[k] & 0x3F);
  /* Latin-1 punctuation and spaces, general punctuation, CJK symbols, BOM: separators */
  *wordlike = !((cp >= 0x80 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x206F) ||
                (cp >= 0x3000 && cp <= 0x303F) || cp == 0xFEFF);
  return k;
}

/*
** Lower-case slug for item ids: ASCII letters and digits and non-ASCII
** letters kept; runs of anything else (spaces of any kind, punctuation)
** become one '-'.
*/
static char *slugify(const char *s)
{
  const unsigned char *u = (const unsigned char *)s;
  size_t n = strlen(s), o = 0;
  char *d = pm_malloc(n + 1);
  int dash = 0;
  if(!d)
    return NULL;
  while(*u) {
    int word = isalnum(*u);
    size_t w = 1;
    if(*u >= 0x80)
      w = utf8_seq(u, &word);
    if(word) {
      if(dash && o)
        d[o++] = '-';
      if(w == 1)
        d[o++] = (char)tolower(*u);
      else {
        memcpy(d + o, u, w);
        o += w;
      }
      dash = 0;
    } else
      dash = 1;
    u += w;
  }
  d[o] = '\0';
  return d;
}

/* ---- running a rule's check (protected) ---- */

static const char *const item_fields[] = { "subject", "title", "wrong", "causes", "prevent", "respond",
                                           "owner", "evidence", "severity", "likelihood", "due", NULL };

static void read_evidence(lua_State *L, run_ctx *c, pm_item *it, int t)
{
  static const char *const ev_fields[] = { "text", "source", "line", "column", "offset", NULL };
  lua_Integer i, n;
  if(lua_getfield(L, t, "evidence") == LUA_TNIL) {
    lua_pop(L, 1);
    return;
  }
  if(!lua_istable(L, -1))
    luaL_error(L, "item field 'evidence': expected a list of hits, got %s", luaL_typename(L, -1));
  n = luaL_len(L, -1);
  for(i = 1; i <= n && it->nev < 50; i++) {
    int e, line, col, ty;
    const char *text, *source;
    size_t tlen, slen;
    if(lua_geti(L, -1, i) != LUA_TTABLE)
      luaL_error(L, "item field 'evidence': item %d: expected a table", (int)i);
    e = lua_gettop(L);
    pm_lua_check_keys(L, e, ev_fields, "an evidence entry");
    line = pm_lua_int(L, e, "line", 1, 1 << 30, 0, 0);
    col = pm_lua_int(L, e, "column", 1, 1 << 30, 0, 0);
    if(!line != !col)
      luaL_error(L, "item field 'evidence': item %d: give both 'line' and 'column', or neither", (int)i);
    if(lua_getfield(L, e, "text") != LUA_TSTRING)
      luaL_error(L, "item field 'evidence': item %d: 'text' must be a string", (int)i);
    text = lua_tolstring(L, -1, &tlen);
    pm_lua_check_utf8(L, text, tlen, "evidence.text");
    ty = lua_getfield(L, e, "source");
    if(ty != LUA_TNIL && ty != LUA_TSTRING)
      luaL_error(L, "item field 'evidence': item %d: 'source' must be a string", (int)i);
    source = ty == LUA_TSTRING ? lua_tolstring(L, -1, &slen) : "plan";
    if(ty == LUA_TSTRING) {
      if(!slen)
        luaL_error(L, "item field 'evidence': item %d: 'source' must not be empty", (int)i);
      pm_lua_check_utf8(L, source, slen, "evidence.source");
    }
    if(!pm_item_add_evidence(it, 0, -1, source, text, tlen, line, col, 0))
      luaL_error(L, "out of memory");
    lua_pop(L, 3);
  }
  lua_pop(L, 1);
  (void)c;
}

static void read_item(lua_State *L, run_ctx *c, int t)
{
  pm_item *it;
  char *subject;
  if(c->npending >= MAX_ITEMS_PER_RULE)
    luaL_error(L, "check returned more than %d items", MAX_ITEMS_PER_RULE);
  if(!(it = new_pending(c)))
    luaL_error(L, "out of memory");
  if(lua_type(L, t) == LUA_TBOOLEAN)
    return;
  pm_lua_check_keys(L, t, item_fields, "the item check() returned");
  subject = pm_lua_string(L, t, "subject", 0);
  if(subject) {
    it->subject = slugify(subject);
    pm_free(subject);
    if(!it->subject)
      luaL_error(L, "out of memory");
    if(!it->subject[0])
      luaL_error(L, "item field 'subject': needs letters or digits");
  }
  it->title = pm_lua_string(L, t, "title", 0);
  it->wrong = pm_lua_string(L, t, "wrong", 0);
  pm_lua_list(L, t, "causes", &it->causes, 0, 0);
  pm_lua_list(L, t, "prevent", &it->prevent, 0, 0);
  pm_lua_list(L, t, "respond", &it->respond, 0, 0);
  pm_lua_list(L, t, "owner", &it->owner_roles, 0, 1);
  it->severity = pm_lua_int(L, t, "severity", 1, 5, it->severity, 0);
  it->likelihood = pm_lua_int(L, t, "likelihood", 1, 5, it->likelihood, 0);
  it->due_own = pm_lua_string(L, t, "due", 0);
  {
    long off;
    if(it->due_own && !pm_date_offset(it->due_own, &off))
      luaL_error(L, "item field 'due': \"%s\" is not a launch-relative date like T-7d", it->due_own);
  }
  read_evidence(L, c, it, t);
}

static void push_hits(lua_State *L, run_ctx *c)
{
  size_t i;
  lua_createtable(L, (int)c->hcount, 0);
  for(i = 0; i < c->hcount; i++) {
    const hit *h = &c->hits[c->hfirst + i];
    pm_rulelib_push_hit(L, &c->doc, h->field, h->ns, h->ne);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
}

/*
** Protected: 1 = ctx, then the check's arguments: plan rules get
** (plan view, doc) and their hits; checklist rules get (checklist view,
** plan view). Calls check() and reads its result.
*/
static int run_rule_p(lua_State *L)
{
  run_ctx *c = lua_touserdata(L, 1);
  int r, ty;
  lua_rawgeti(L, LUA_REGISTRYINDEX, c->rule->check_ref);
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 3);
  if(c->rule->phase == PM_PHASE_PLAN) {
    push_hits(L, c);
    lua_call(L, 3, 1);
  } else
    lua_call(L, 2, 1);
  r = lua_gettop(L);
  ty = lua_type(L, r);
  if(ty == LUA_TNIL || (ty == LUA_TBOOLEAN && !lua_toboolean(L, r)))
    return 0;
  if(ty == LUA_TBOOLEAN) {
    read_item(L, c, r);
    return 0;
  }
  if(ty != LUA_TTABLE)
    return luaL_error(L, "check() must return nil, false, true, an item table or a list of them, not %s",
                      luaL_typename(L, r));
  lua_pushnil(L);
  if(!lua_next(L, r))
    return 0;             /* an empty table: an empty list of items */
  lua_pop(L, 2);
  if(lua_rawgeti(L, r, 1) == LUA_TTABLE) {
    lua_Integer i, n = (lua_Integer)lua_rawlen(L, r);
    lua_pop(L, 1);
    for(i = 1; i <= n; i++) {
      if(lua_rawgeti(L, r, i) != LUA_TTABLE)
        return luaL_error(L, "check() returned a list whose item %d is a %s, not a table", (int)i,
                          luaL_typename(L, -1));
      read_item(L, c, lua_gettop(L));
      lua_pop(L, 1);
    }
  } else {
    lua_pop(L, 1);
    read_item(L, c, r);
  }
  return 0;
}

static pm_status add_item(pm_checklist *cl, pm_item *it)
{
  if(cl->nitems == cl->capitems) {
    size_t cap = cl->capitems ? cl->capitems * 2 : 32;
    pm_item **v = pm_realloc(cl->items, cap * sizeof *v);
    if(!v)
      return PM_ERR_NOMEM;
    cl->items = v;
    cl->capitems = cap;
  }
  cl->items[cl->nitems++] = it;
  return PM_OK;
}

/* Gives the running rule's pending items their ids and evidence, and moves them to the checklist. */
static pm_status accept_pending(run_ctx *c)
{
  size_t i;
  for(i = 0; i < c->npending; i++) {
    pm_item *it = c->pending[i];
    size_t n = strlen(c->rule->id) + (it->subject ? strlen(it->subject) + 1 : 0);
    it->id = pm_malloc(n + 1);
    if(!it->id)
      return PM_ERR_NOMEM;
    strcpy(it->id, c->rule->id);
    if(it->subject) {
      strcat(it->id, ":");
      strcat(it->id, it->subject);
    }
    if(!it->nev && !default_evidence(c, it))
      return PM_ERR_NOMEM;
    if(!it->nev)
      return PM_ERR_RULE;  /* nothing moved yet: the caller drops them all and reports it */
  }
  for(i = 0; i < c->npending; i++) {
    if(add_item(c->cl, c->pending[i]) != PM_OK)
      return PM_ERR_NOMEM;
    c->pending[i] = NULL;
  }
  c->npending = 0;
  return PM_OK;
}

static pm_status rule_failed(run_ctx *c, pm_diag *d)
{
  drop_pending(c);
  d->level = PM_LEVEL_ERROR;
  pm_diag_set_rule(d, c->rule->id);
  if(!d->source[0])
    pm_copy_str(d->source, sizeof d->source, c->rule->file);
  c->cl->rule_errors++;
  return pm_diags_push(&c->cl->diags, d);
}

/* Runs one rule (its check in the sandbox, or its defaults); a failure becomes a diagnostic. */
static pm_status run_one(run_ctx *c, int arg1, int arg2)
{
  lua_State *L = pm_sandbox_state(c->e->sb);
  const pm_rule *r = c->rule;
  pm_status st = PM_OK;
  pm_diag d;
  if(r->has_check && r->check_ref == LUA_NOREF) {
    /* an indexed rule: its file is compiled the first time a plan needs its check */
    if((st = pm_engine_load_check(c->e, c->e->rules[r->index], 0, &d)) == PM_ERR_INPUT)
      return rule_failed(c, &d);
    if(st != PM_OK)
      return st;
  }
  if(!r->has_check) {
    if(!new_pending(c))
      return PM_ERR_NOMEM;
  } else {
    if(!lua_checkstack(L, 4))
      return PM_ERR_NOMEM;
    for(;;) {
      lua_pushcfunction(L, run_rule_p);
      lua_pushlightuserdata(L, c);
      lua_pushvalue(L, arg1);
      lua_pushvalue(L, arg2);
      st = pm_sandbox_pcall(c->e->sb, 3, 0, &d);
      if(st != PM_ERR_RULE || !r->stripped)
        break;
      /*
      ** Loaded from bytecode without debug information, the error names no
      ** file or line: load the check from its file and run it again (the
      ** same plan, the same instructions), for the error as it would be.
      */
      drop_pending(c);
      if((st = pm_engine_load_check(c->e, c->e->rules[r->index], 1, &d)) == PM_ERR_INPUT)
        return rule_failed(c, &d);
      if(st != PM_OK)
        return st;
    }
    if(st == PM_ERR_RULE)
      return rule_failed(c, &d);
    if(st != PM_OK)
      return st;
  }
  if((st = accept_pending(c)) == PM_ERR_RULE) {
    pm_diag_set(&d, PM_ERR_RULE, NULL, 0, 0,
                "an item has no evidence: give check()'s item an 'evidence' list, or fire on triggers");
    st = rule_failed(c, &d);
  }
  return st;
}

/* Protected: pushes the plan view and the doc. */
static int views_p(lua_State *L)
{
  run_ctx *c = lua_touserdata(L, 1);
  void **handle = lua_touserdata(L, 2);
  pm_rulelib_push_plan(L, c->plan);
  *handle = pm_rulelib_push_doc(L, &c->doc);
  return 2;
}

/*
** Pushes the plan view and the doc at base+1 and base+2 the first time a
** rule needs them: most plans fire no rule with a check(), and building
** the read-only view took a tenth of a check.
*/
static pm_status need_views(run_ctx *c, pm_diag *err)
{
  lua_State *L = pm_sandbox_state(c->e->sb);
  pm_status st;
  if(c->views)
    return PM_OK;
  lua_pushcfunction(L, views_p);
  lua_pushlightuserdata(L, c);
  lua_pushlightuserdata(L, &c->doc_handle);
  st = pm_sandbox_pcall(c->e->sb, 2, 2, err);
  if(st == PM_ERR_RULE)  /* the view itself hit a limit: the plan is too big for the sandbox */
    st = pm_diag_set(err, PM_ERR_LIMIT, c->plan->source, 0, 0, "plan too large for the rule sandbox: %s",
                     err->message);
  c->views = st == PM_OK;
  return st;
}

/* The plan-phase rules: candidates from the trigger scan and channels. Views at base+1 (plan), base+2 (doc). */
static pm_status run_plan_rules(run_ctx *c, int base, pm_diag *err)
{
  pm_engine *e = c->e;
  size_t i, h = 0;
  pm_status st = PM_OK;
  for(i = 0; i < e->nrules && st == PM_OK; i++) {
    const pm_rule *r = e->rules[i];
    c->rule = r;
    c->hfirst = h;
    while(h < c->nhits && c->hits[h].rule == (int)i)
      h++;
    c->hcount = h - c->hfirst;
    if(r->phase != PM_PHASE_PLAN || !r->selected) {
      c->checklist_rules |= r->phase == PM_PHASE_CHECKLIST && r->selected;
      continue;
    }
    if(!c->hcount && (r->triggers.n || r->channels.n) && (!c->plan->channels.n || channel_match(c->plan, r) < 0))
      continue;  /* not a candidate: never enters Lua */
    if(r->has_check && (st = need_views(c, err)) != PM_OK)
      break;
    st = run_one(c, base + 1, base + 2);
  }
  drop_pending(c);
  return st;
}

/* Protected: pushes the read-only view of the checklist so far, for checklist-phase rules. */
static int checklist_view_p(lua_State *L)
{
  run_ctx *c = lua_touserdata(L, 1);
  pm_rulelib_push_checklist(L, c->e, c->cl);
  return 1;
}

/* The checklist-phase rules: they see every plan-phase item, owner and status. */
static pm_status run_checklist_rules(run_ctx *c, int base, pm_diag *err)
{
  pm_engine *e = c->e;
  lua_State *L = pm_sandbox_state(e->sb);
  size_t i;
  pm_status st = PM_OK;
  if(!c->checklist_rules)
    return PM_OK;
  if((st = need_views(c, err)) != PM_OK)
    return st;
  lua_pushcfunction(L, checklist_view_p);
  lua_pushlightuserdata(L, c);
  if((st = pm_sandbox_pcall(e->sb, 1, 1, err)) != PM_OK)
    return st == PM_ERR_RULE ? pm_diag_set(err, PM_ERR_LIMIT, c->plan->source, 0, 0,
                                           "checklist too large for the rule sandbox: %s", err->message)
                             : st;
  c->hcount = 0;
  for(i = 0; i < e->nrules && st == PM_OK; i++) {
    c->rule = e->rules[i];
    if(c->rule->phase == PM_PHASE_CHECKLIST && c->rule->selected)
      st = run_one(c, lua_gettop(L), base + 1);
  }
  drop_pending(c);
  lua_pop(L, 1);
  return st;
}

/* ---- after the rules: mitigation, owner, due date ---- */

typedef struct first_hit {
  int found;
  size_t ns, ne;
} first_hit;

static int on_first(void *ud, size_t ns, size_t ne)
{
  first_hit *f = ud;
  f->found = 1;
  f->ns = ns;
  f->ne = ne;
  return 0;
}

static pm_status find_mitigation(run_ctx *c, pm_item *it)
{
  const pm_plan *p = c->plan;
  size_t i;
  for(i = 0; i < it->rule->mitigated_by.n; i++) {
    const char *ph = it->rule->mitigated_by.v[i];
    size_t len = strlen(ph);
    char *np = pm_malloc(len + 1);
    int f;
    if(!np)
      return PM_ERR_NOMEM;
    len = pm_text_normalize(ph, len, np, NULL, 1);
    for(f = 0; f < PM_NFIELDS; f++) {
      first_hit fh = { 0, 0, 0 };
      hit h;
      if(!c->doc.present[f] || !len)
        continue;
      pm_text_find(&c->doc.text[f], np, len, on_first, &fh);
      if(!fh.found)
        continue;
      h.field = f;
      h.ns = fh.ns;
      h.ne = fh.ne;
      h.rule = 0;
      if(!add_hit_evidence(c, it, 1, &h)) {
        pm_free(np);
        return PM_ERR_NOMEM;
      }
      break;
    }
    pm_free(np);
  }
  for(i = 0; i < p->nmits; i++) {
    const pm_mitigation *m = &p->mits[i];
    pm_evidence *ev;
    if(strcmp(m->rule, it->rule->id) != 0 && strcmp(m->rule, it->id) != 0)
      continue;
    if(!pm_item_add_evidence(it, 1, -1, "mitigations", m->note ? m->note : "", m->note ? strlen(m->note) : 0,
                             m->line, m->col, 0))
      return PM_ERR_NOMEM;
    ev = &it->mit[it->nmit - 1];
    if(m->by && !(ev->by = pm_strdup(m->by)))
      return PM_ERR_NOMEM;
  }
  return PM_OK;
}

static const pm_member *find_member(const pm_plan *p, const char *name)
{
  size_t i;
  for(i = 0; i < p->nteam; i++)
    if(strcmp(p->team[i].name, name) == 0)
      return &p->team[i];
  return NULL;
}

static void resolve_owner(run_ctx *c, pm_item *it)
{
  const pm_plan *p = c->plan;
  const pm_strv *roles = it->owner_roles.n ? &it->owner_roles : &it->rule->owner;
  size_t r, m, k;
  it->owner_role = roles->n ? roles->v[0] : NULL;
  for(r = 0; r < roles->n; r++)
    for(m = 0; m < p->nteam; m++)
      for(k = 0; k < p->team[m].roles.n; k++)
        if(pm_engine_role_matches(c->e, roles->v[r], p->team[m].roles.v[k])) {
          it->owner_name = p->team[m].name;
          it->owner_role = roles->v[r];
          it->owner_via = "role";
          it->owner_backup = p->team[m].backup;
          return;
        }
  if(p->owner && p->owner[0]) {
    const pm_member *mb = find_member(p, p->owner);
    it->owner_name = p->owner;
    it->owner_via = "plan-owner";
    it->owner_backup = mb ? mb->backup : NULL;
    return;
  }
  it->owner_name = NULL;
  it->owner_via = "unowned";
}

static int cmp_item(const void *a, const void *b)
{
  const pm_item *x = *(pm_item *const *)a, *y = *(pm_item *const *)b;
  int c = strcmp(x->id, y->id);
  if(c)
    return c;
  return (x->seq > y->seq) - (x->seq < y->seq);
}

/* Drops repeated evidence entries (same source, place and text), keeping the first. */
static void dedupe_evidence(pm_evidence *ev, size_t *n)
{
  size_t i, k, o = 0;
  for(i = 0; i < *n; i++) {
    int dup = 0;
    for(k = 0; k < o && !dup; k++)
      dup = ev[k].field == ev[i].field && ev[k].line == ev[i].line && ev[k].col == ev[i].col &&
            strcmp(ev[k].source ? ev[k].source : "", ev[i].source ? ev[i].source : "") == 0 &&
            strcmp(ev[k].text ? ev[k].text : "", ev[i].text ? ev[i].text : "") == 0;
    if(dup) {
      pm_free(ev[i].source);
      pm_free(ev[i].text);
      pm_free(ev[i].by);
    } else
      ev[o++] = ev[i];
  }
  *n = o;
}

/* Mitigation, owner, due date, tracked status and score of items [from, n). */
static pm_status finish_items(run_ctx *c, size_t from, pm_diag *err)
{
  pm_checklist *cl = c->cl;
  size_t i;
  long today = 0;
  int has_today = cl->today[0] && pm_date_parse(cl->today, &today);
  for(i = from; i < cl->nitems; i++) {
    pm_item *it = cl->items[i];
    const pm_state_entry *se = pm_state_find(cl->state, it->id);
    long off;
    dedupe_evidence(it->ev, &it->nev);
    it->nhist = pm_history_match(cl->history, it->rule->id, it->rule->category, it->hist, 4);
    if(it->nhist && !it->raised) {
      it->raised = it->likelihood < 5;  /* it happened before: more likely than the rule says */
      it->likelihood += it->raised;
    }
    if(find_mitigation(c, it) != PM_OK)
      return pm_diag_nomem(err);
    resolve_owner(c, it);
    if(c->plan->has_launch && pm_date_offset(pm_item_due_rule(it), &off)) {
      it->due_days = c->plan->launch_days + off;
      it->has_due = 1;
    }
    if(se) {
      long until;
      it->status = se->status;
      it->st_by = se->by;
      it->st_note = se->note;
      it->st_at = se->at;
      it->st_until = se->until;
      if(se->status == PM_ST_ACCEPTED && se->until && has_today && pm_date_parse(se->until, &until) &&
         until < today) {
        it->status = PM_ST_OPEN;  /* the acceptance ran out */
        it->expired = 1;
      }
    }
    pm_score_item(c->e, it);
  }
  return PM_OK;
}

/* Sorts the items by id; one rule yielding the same subject twice keeps the first. */
static pm_status sort_items(pm_checklist *cl, pm_diag *err)
{
  size_t i, o;
  if(cl->nitems)
    qsort(cl->items, cl->nitems, sizeof *cl->items, cmp_item);
  for(i = o = 0; i < cl->nitems; i++) {
    if(o && strcmp(cl->items[o - 1]->id, cl->items[i]->id) == 0) {
      if(pm_diags_add(&cl->diags, PM_LEVEL_ERROR, PM_ERR_RULE, cl->items[i]->rule->file, 0, 0,
                      cl->items[i]->rule->id, "check() returned the subject of item \"%s\" twice; kept the first",
                      cl->items[i]->id) != PM_OK)
        return pm_diag_nomem(err);
      cl->rule_errors++;
      pm_item_free(cl->items[i]);
      continue;
    }
    cl->items[o++] = cl->items[i];
  }
  cl->nitems = o;
  return PM_OK;
}

/* ---- the entry point ---- */

PM_API void pm_checklist_free(pm_checklist *cl)
{
  size_t i;
  if(!cl)
    return;
  for(i = 0; i < cl->nitems; i++)
    pm_item_free(cl->items[i]);
  pm_free(cl->items);
  pm_diags_free(&cl->diags);
  pm_free(cl);
}

PM_API pm_status pm_check_ex(pm_engine *e, const pm_plan *plan, const pm_check_options *opt, pm_checklist **out,
                             pm_diag *err)
{
  run_ctx c;
  pm_status st;
  lua_State *L;
  int base;
  size_t nplan;
  long d;
  *out = NULL;
  if(opt && opt->today && !pm_date_parse(opt->today, &d))
    return pm_diag_set(err, PM_ERR_USAGE, NULL, 0, 0, "today must be a date YYYY-MM-DD, not \"%s\"", opt->today);
  if((st = pm_engine_finalize(e, err)) != PM_OK)
    return st;
  L = pm_sandbox_state(e->sb);
  base = lua_gettop(L);
  memset(&c, 0, sizeof c);
  c.e = e;
  c.plan = plan;
  c.doc.file = &plan->lines;
  c.cl = pm_calloc(1, sizeof *c.cl);
  if(!c.cl)
    return pm_diag_nomem(err);
  c.cl->plan = plan;
  if(opt) {
    c.cl->state = opt->state;
    c.cl->history = opt->history;
    if(opt->today)
      pm_copy_str(c.cl->today, sizeof c.cl->today, opt->today);
  }
  if(!plan->title_in_text &&
     index_field(&c, PM_FIELD_TITLE, plan->title, plan->title_node, 0) != PM_OK)
    st = pm_diag_nomem(err);
  if(st == PM_OK &&
     index_field(&c, PM_FIELD_ANNOUNCEMENT, plan->announcement, plan->announcement_node, plan->text_base) != PM_OK)
    st = pm_diag_nomem(err);
  if(st == PM_OK && scan(&c) != PM_OK)
    st = pm_diag_nomem(err);
  if(st == PM_OK && (st = run_plan_rules(&c, base, err)) == PM_ERR_NOMEM)
    pm_diag_nomem(err);
  if(st == PM_OK)
    st = finish_items(&c, 0, err);
  nplan = c.cl->nitems;
  if(st == PM_OK && (st = run_checklist_rules(&c, base, err)) == PM_ERR_NOMEM)
    pm_diag_nomem(err);
  if(st == PM_OK)
    st = finish_items(&c, nplan, err);
  pm_rulelib_release_doc(c.doc_handle);
  lua_settop(L, base);
  if(st == PM_OK)
    st = sort_items(c.cl, err);
  if(st == PM_OK) {
    pm_score_checklist(e, c.cl, opt ? opt->fail_under : 0);
    if(pm_checklist_add_diags(c.cl, NULL) != PM_OK)
      st = pm_diag_nomem(err);
  }
  pm_free(c.hits);
  pm_free(c.pending);
  free_doc(&c.doc);
  if(st != PM_OK) {
    pm_checklist_free(c.cl);
    return st;
  }
  *out = c.cl;
  return PM_OK;
}

PM_API pm_status pm_check(pm_engine *e, const pm_plan *plan, pm_checklist **out, pm_diag *err)
{
  return pm_check_ex(e, plan, NULL, out, err);
}

PM_API int pm_checklist_gate_passed(const pm_checklist *cl) { return cl->score.passed; }
PM_API int pm_checklist_readiness(const pm_checklist *cl) { return cl->score.readiness; }

PM_API size_t pm_checklist_item_count(const pm_checklist *cl) { return cl->nitems; }
PM_API size_t pm_checklist_rule_errors(const pm_checklist *cl) { return cl->rule_errors; }
PM_API const pm_diags *pm_checklist_diags(const pm_checklist *cl) { return &cl->diags; }

/* Diagnostics in one order whatever the load order: by file, place, rule, text. */
static int cmp_diag(const void *a, const void *b)
{
  const pm_diag *x = a, *y = b;
  int c = strcmp(x->source, y->source);
  if(c)
    return c;
  if(x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if(x->col != y->col)
    return x->col < y->col ? -1 : 1;
  if((c = strcmp(x->rule, y->rule)) != 0)
    return c;
  if((c = strcmp(x->message, y->message)) != 0)
    return c;
  return (int)x->level - (int)y->level;
}

PM_API pm_status pm_checklist_add_diags(pm_checklist *cl, const pm_diags *ds)
{
  size_t i;
  for(i = 0; ds && i < ds->n; i++)
    if(pm_diags_push(&cl->diags, &ds->v[i]) != PM_OK)
      return PM_ERR_NOMEM;
  if(cl->diags.n > 1)
    qsort(cl->diags.v, cl->diags.n, sizeof *cl->diags.v, cmp_diag);
  return PM_OK;
}

PM_API pm_status pm_check_count_rule(pm_engine *e, const pm_plan *plan, const char *rule_id, const char *today,
                                     size_t *count, pm_diags *problems, pm_diag *err)
{
  pm_checklist *cl;
  size_t i;
  pm_check_options opt;
  pm_status st;
  memset(&opt, 0, sizeof opt);
  opt.today = today;
  st = pm_check_ex(e, plan, &opt, &cl, err);
  *count = 0;
  if(st != PM_OK)
    return st;
  for(i = 0; i < cl->nitems; i++)
    if(strcmp(cl->items[i]->rule->id, rule_id) == 0)
      (*count)++;
  for(i = 0; i < cl->diags.n; i++)
    if(pm_diags_push(problems, &cl->diags.v[i]) != PM_OK) {
      pm_checklist_free(cl);
      return pm_diag_nomem(err);
    }
  pm_checklist_free(cl);
  return PM_OK;
}
