/*
** rulelib.c: the plan view and the doc object rules receive.
*/
#include "rulelib.h"

#include <lauxlib.h>
#include <math.h>
#include <string.h>

#include "date.h"
#include "engine.h"
#include "sandbox.h"
#include "state.h"

#define PM_DOC_MT "premortem.doc"

typedef struct doc_ud {
  const pm_doc *doc;      /* NULL once the check that made it is over */
} doc_ud;

/* ---- plan view ---- */

static void set_str(lua_State *L, const char *k, const char *v)
{
  if(v) {
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
  }
}

static void push_strv(lua_State *L, const pm_strv *sv)
{
  size_t i;
  lua_createtable(L, (int)sv->n, 0);
  for(i = 0; i < sv->n; i++) {
    lua_pushstring(L, sv->v[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  pm_sandbox_readonly(L);
}

static void push_json(lua_State *L, const cJSON *j)
{
  luaL_checkstack(L, 4, "plan nested too deeply");
  if(cJSON_IsString(j))
    lua_pushstring(L, j->valuestring);
  else if(cJSON_IsNumber(j)) {
    double d = j->valuedouble;
    if(d == floor(d) && fabs(d) < 9007199254740992.0)
      lua_pushinteger(L, (lua_Integer)d);
    else
      lua_pushnumber(L, d);
  } else if(cJSON_IsBool(j))
    lua_pushboolean(L, cJSON_IsTrue(j));
  else if(cJSON_IsArray(j)) {
    const cJSON *c;
    lua_Integer i = 1;
    lua_newtable(L);
    cJSON_ArrayForEach(c, j) {
      push_json(L, c);
      lua_rawseti(L, -2, i++);
    }
    pm_sandbox_readonly(L);
  } else if(cJSON_IsObject(j)) {
    const cJSON *c;
    lua_newtable(L);
    cJSON_ArrayForEach(c, j) {
      push_json(L, c);
      lua_setfield(L, -2, c->string);
    }
    pm_sandbox_readonly(L);
  } else
    lua_pushnil(L);
}

void pm_rulelib_push_plan(lua_State *L, const pm_plan *p)
{
  size_t i;
  lua_createtable(L, 0, 12);
  set_str(L, "title", p->title);
  set_str(L, "announcement", p->announcement);
  set_str(L, "launch_date", p->launch_date);
  set_str(L, "owner", p->owner);
  set_str(L, "source", p->source);
  push_strv(L, &p->channels);
  lua_setfield(L, -2, "channels");
  lua_createtable(L, 0, 2);
  if(p->has_expected) {
    lua_pushnumber(L, p->expected);
    if(p->expected == floor(p->expected) && fabs(p->expected) < 9007199254740992.0) {
      lua_pop(L, 1);
      lua_pushinteger(L, (lua_Integer)p->expected);
    }
    lua_setfield(L, -2, "expected");
  }
  push_strv(L, &p->regions);
  lua_setfield(L, -2, "regions");
  pm_sandbox_readonly(L);
  lua_setfield(L, -2, "audience");
  lua_createtable(L, (int)p->nteam, 0);
  for(i = 0; i < p->nteam; i++) {
    lua_createtable(L, 0, 3);
    set_str(L, "name", p->team[i].name);
    set_str(L, "backup", p->team[i].backup);
    push_strv(L, &p->team[i].roles);
    lua_setfield(L, -2, "roles");
    pm_sandbox_readonly(L);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  pm_sandbox_readonly(L);
  lua_setfield(L, -2, "team");
  lua_createtable(L, (int)p->nmits, 0);
  for(i = 0; i < p->nmits; i++) {
    lua_createtable(L, 0, 3);
    set_str(L, "rule", p->mits[i].rule);
    set_str(L, "note", p->mits[i].note);
    set_str(L, "by", p->mits[i].by);
    pm_sandbox_readonly(L);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  pm_sandbox_readonly(L);
  lua_setfield(L, -2, "mitigations");
  if(p->facts)
    push_json(L, p->facts);
  else {
    lua_newtable(L);
    pm_sandbox_readonly(L);
  }
  lua_setfield(L, -2, "facts");
  if(p->settings)
    push_json(L, p->settings);
  else {
    lua_newtable(L);
    pm_sandbox_readonly(L);
  }
  lua_setfield(L, -2, "settings");
  pm_sandbox_readonly(L);
}

/* ---- checklist view ---- */

static void set_level(lua_State *L, const pm_engine *e, const char *k, int level)
{
  if(level >= 0) {
    lua_pushstring(L, e->levels.v[level]);
    lua_setfield(L, -2, k);
  }
}

void pm_rulelib_push_checklist(lua_State *L, const pm_engine *e, const pm_checklist *cl)
{
  size_t i;
  char due[16];
  lua_createtable(L, 0, 3);
  lua_createtable(L, (int)cl->nitems, 0);
  for(i = 0; i < cl->nitems; i++) {
    const pm_item *it = cl->items[i];
    lua_createtable(L, 0, 14);
    set_str(L, "id", it->id);
    set_str(L, "rule", it->rule->id);
    set_str(L, "pack", it->rule->pack);
    set_str(L, "title", it->title ? it->title : it->rule->title);
    set_str(L, "category", it->rule->category);
    lua_pushinteger(L, it->severity);
    lua_setfield(L, -2, "severity");
    lua_pushinteger(L, it->likelihood);
    lua_setfield(L, -2, "likelihood");
    set_level(L, e, "level", it->level);
    set_level(L, e, "residual_level", it->res_level);
    set_str(L, "status", pm_state_status_name(it->status));
    lua_pushboolean(L, it->blocking);
    lua_setfield(L, -2, "blocking");
    if(it->has_due) {
      pm_date_format(it->due_days, due);
      set_str(L, "due", due);
    }
    lua_createtable(L, 0, 4);
    set_str(L, "name", it->owner_name);
    set_str(L, "role", it->owner_role);
    set_str(L, "via", it->owner_via);
    set_str(L, "backup", it->owner_backup);
    pm_sandbox_readonly(L);
    lua_setfield(L, -2, "owner");
    pm_sandbox_readonly(L);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  pm_sandbox_readonly(L);
  lua_setfield(L, -2, "items");
  set_str(L, "launch_date", cl->plan->launch_date);
  if(cl->today[0])
    set_str(L, "today", cl->today);
  pm_sandbox_readonly(L);
}


/* ---- doc ---- */

static const pm_doc *check_doc(lua_State *L)
{
  doc_ud *u = luaL_checkudata(L, 1, PM_DOC_MT);
  if(!u->doc)
    luaL_error(L, "this doc belongs to a check that is over");
  return u->doc;
}

void pm_doc_position(const pm_doc *doc, int field, size_t off, int *line, int *col)
{
  size_t fo;
  *line = *col = 0;
  if(!doc->fknown[field] || !doc->file)
    return;
  fo = doc->fmap[field] ? doc->fmap[field][off] : doc->fbase[field] + off;
  pm_lines_linecol(doc->file, fo, line, col);
}

void pm_rulelib_push_hit(lua_State *L, const pm_doc *doc, int field, size_t ns, size_t ne)
{
  const pm_text *t = &doc->text[field];
  pm_span sp = pm_text_span(t, ns, ne);
  int line, col;
  pm_doc_position(doc, field, sp.start, &line, &col);
  lua_createtable(L, 0, 5);
  lua_pushlstring(L, t->src + sp.start, sp.end - sp.start);
  lua_setfield(L, -2, "text");
  lua_pushinteger(L, line);
  lua_setfield(L, -2, "line");
  lua_pushinteger(L, col);
  lua_setfield(L, -2, "column");
  lua_pushinteger(L, (lua_Integer)sp.start);
  lua_setfield(L, -2, "offset");
  lua_pushstring(L, pm_field_name(field));
  lua_setfield(L, -2, "source");
}

/* Normalises the phrase argument at 'arg' into 'buf' (PHRASE_BUF bytes) or, if longer, scratch memory owned by Lua. */
#define PHRASE_BUF 256
static const char *norm_arg(lua_State *L, int arg, char *buf, size_t *n)
{
  size_t len;
  const char *s = luaL_checklstring(L, arg, &len);
  char *out = len < PHRASE_BUF ? buf : lua_newuserdatauv(L, len + 1, 0);
  *n = pm_text_normalize(s, len, out, NULL, 1);
  luaL_argcheck(L, *n > 0, arg, "empty phrase");
  return out;
}

typedef struct find_ctx {
  lua_State *L;
  const pm_doc *doc;
  int field;
  lua_Integer n;
  int stop_first;
} find_ctx;

static int on_find(void *ud, size_t ns, size_t ne)
{
  find_ctx *f = ud;
  pm_rulelib_push_hit(f->L, f->doc, f->field, ns, ne);
  lua_rawseti(f->L, -2, ++f->n);
  return !f->stop_first;
}

static int find_all(lua_State *L, int stop_first)
{
  const pm_doc *doc = check_doc(L);
  size_t n;
  char buf[PHRASE_BUF];
  const char *np = norm_arg(L, 2, buf, &n);
  find_ctx f;
  int field;
  f.L = L;
  f.doc = doc;
  f.n = 0;
  f.stop_first = stop_first;
  lua_newtable(L);
  for(field = 0; field < PM_NFIELDS; field++) {
    if(!doc->present[field])
      continue;
    f.field = field;
    pm_text_find(&doc->text[field], np, n, on_find, &f);
    if(stop_first && f.n)
      break;
  }
  return 1;
}

/* doc:find(phrase) -> list of hits */
static int l_find(lua_State *L) { return find_all(L, 0); }

/* doc:has(phrase) -> boolean */
static int l_has(lua_State *L)
{
  find_all(L, 1);
  lua_pushboolean(L, lua_rawlen(L, -1) > 0);
  return 1;
}

typedef struct near_ctx {
  lua_State *L;
  pm_text *t;             /* its word index is built on first use */
  const char *nb;
  size_t nblen;
  size_t wa0, wa1;
  lua_Integer words;
  int found;
  size_t as, ae;
  int have_a;
} near_ctx;

static size_t word_at(near_ctx *c, size_t noff)
{
  size_t w = pm_text_word_index(c->t, noff);
  if(w == (size_t)-1)
    luaL_error(c->L, "out of memory");
  return w;
}

static int on_near_b(void *ud, size_t ns, size_t ne)
{
  near_ctx *c = ud;
  size_t wb0 = word_at(c, ns), wb1 = word_at(c, ne - 1);
  lua_Integer gap;
  if(wb0 > c->wa1)
    gap = (lua_Integer)(wb0 - c->wa1) - 1;
  else if(c->wa0 > wb1)
    gap = (lua_Integer)(c->wa0 - wb1) - 1;
  else
    gap = 0;
  if(gap <= c->words) {
    c->found = 1;
    return 0;
  }
  return 1;
}

static int on_near_a(void *ud, size_t ns, size_t ne)
{
  near_ctx *c = ud;
  c->wa0 = word_at(c, ns);
  c->wa1 = word_at(c, ne - 1);
  pm_text_find(c->t, c->nb, c->nblen, on_near_b, c);
  if(c->found) {
    c->as = ns;
    c->ae = ne;
    return 0;
  }
  return 1;
}

/* doc:near(a, b, words) -> the first hit of a with b at most 'words' words away, or nil */
static int l_near(lua_State *L)
{
  const pm_doc *doc = check_doc(L);
  size_t na;
  char abuf[PHRASE_BUF], bbuf[PHRASE_BUF];
  const char *a = norm_arg(L, 2, abuf, &na);
  near_ctx c;
  int field;
  memset(&c, 0, sizeof c);
  c.L = L;
  c.nb = norm_arg(L, 3, bbuf, &c.nblen);
  c.words = luaL_optinteger(L, 4, 5);
  luaL_argcheck(L, c.words >= 0, 4, "must not be negative");
  for(field = 0; field < PM_NFIELDS; field++) {
    if(!doc->present[field])
      continue;
    c.t = (pm_text *)&doc->text[field];  /* the doc lends its index; the word starts are a cache */
    pm_text_find(c.t, a, na, on_near_a, &c);
    if(c.found) {
      pm_rulelib_push_hit(L, doc, field, c.as, c.ae);
      return 1;
    }
  }
  lua_pushnil(L);
  return 1;
}

typedef struct sent_ctx {
  lua_State *L;
  const pm_doc *doc;
  int fieldno;
  const pm_text *t;
  const char *field;
  lua_Integer n;
  size_t want;           /* with 'one': the offset whose sentence is wanted */
  int one, found;
} sent_ctx;

static int on_sentence(void *ud, pm_span s)
{
  sent_ctx *c = ud;
  const pm_doc *doc = c->doc;
  int line, col;
  if(c->one) {
    if(c->want >= s.start && c->want < s.end) {
      lua_pushlstring(c->L, c->t->src + s.start, s.end - s.start);
      c->found = 1;
      return 0;
    }
    return 1;
  }
  pm_doc_position(doc, c->fieldno, s.start, &line, &col);
  lua_createtable(c->L, 0, 4);
  lua_pushlstring(c->L, c->t->src + s.start, s.end - s.start);
  lua_setfield(c->L, -2, "text");
  lua_pushinteger(c->L, line);
  lua_setfield(c->L, -2, "line");
  lua_pushinteger(c->L, col);
  lua_setfield(c->L, -2, "column");
  lua_pushstring(c->L, c->field);
  lua_setfield(c->L, -2, "source");
  lua_rawseti(c->L, -2, ++c->n);
  return 1;
}

/* doc:sentences() -> list of {text, line, column, source} */
static int l_sentences(lua_State *L)
{
  const pm_doc *doc = check_doc(L);
  sent_ctx c;
  int field;
  memset(&c, 0, sizeof c);
  c.L = L;
  c.doc = doc;
  lua_newtable(L);
  for(field = 0; field < PM_NFIELDS; field++) {
    if(!doc->present[field])
      continue;
    c.fieldno = field;
    c.t = &doc->text[field];
    c.field = pm_field_name(field);
    pm_text_sentences(c.t, on_sentence, &c);
  }
  return 1;
}

/* doc:sentence(hit) -> the sentence containing the hit, or nil */
static int l_sentence(lua_State *L)
{
  const pm_doc *doc = check_doc(L);
  sent_ctx c;
  const char *src;
  lua_Integer off;
  int field;
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_getfield(L, 2, "source");
  src = lua_tostring(L, -1);
  lua_getfield(L, 2, "offset");
  off = lua_tointeger(L, -1);
  lua_pop(L, 1);
  memset(&c, 0, sizeof c);
  c.L = L;
  c.one = 1;
  for(field = 0; field < PM_NFIELDS; field++) {
    if(!doc->present[field] || !src || strcmp(src, pm_field_name(field)) != 0)
      continue;
    if(off < 0 || (size_t)off >= doc->text[field].len)
      break;
    c.t = &doc->text[field];
    c.want = (size_t)off;
    pm_text_sentences(c.t, on_sentence, &c);
    if(c.found)
      return 1;
  }
  lua_pushnil(L);
  return 1;
}

/* doc:text() -> the announcement */
static int l_text(lua_State *L)
{
  const pm_doc *doc = check_doc(L);
  const pm_text *t = &doc->text[PM_FIELD_ANNOUNCEMENT];
  if(doc->present[PM_FIELD_ANNOUNCEMENT])
    lua_pushlstring(L, t->src, t->len);
  else
    lua_pushliteral(L, "");
  return 1;
}

static const luaL_Reg doc_funcs[] = {
  { "find", l_find },
  { "has", l_has },
  { "near", l_near },
  { "sentences", l_sentences },
  { "sentence", l_sentence },
  { "text", l_text },
  { NULL, NULL }
};

void *pm_rulelib_push_doc(lua_State *L, const pm_doc *doc)
{
  doc_ud *u = lua_newuserdatauv(L, sizeof *u, 0);
  u->doc = doc;
  if(luaL_newmetatable(L, PM_DOC_MT)) {
    luaL_newlib(L, doc_funcs);
    lua_setfield(L, -2, "__index");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
  lua_setmetatable(L, -2);
  return u;
}

void pm_rulelib_release_doc(void *handle)
{
  doc_ud *u = handle;
  if(u)
    u->doc = NULL;
}

