/*
** pack.c: loading rule packs and the data files of a rules root
** (taxonomy.lua, roles.lua, risk.lua), validating every field at load.
** Each file runs in the sandbox, text only, with its own environment.
*/
#define _XOPEN_SOURCE 700
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alloc.h"
#include "buf.h"
#include "diag.h"
#include "date.h"
#include "engine.h"
#include "index.h"
#include "luaread.h"
#include "select.h"

#define MAX_RULE_FILE (1u << 20)

static void free_steps(pm_engine *e);
static void srcs_free(pm_srcs *s);
static void order_rules(pm_engine *e);

/* ---- engine lifetime ---- */

PM_API pm_status pm_engine_new(const pm_options *opt, pm_engine **out, pm_diag *err)
{
  pm_engine *e;
  *out = NULL;
  pm_alloc_init();
  e = pm_calloc(1, sizeof *e);
  if(!e)
    return pm_diag_nomem(err);
  if(opt)
    e->opt = *opt;
  if(!e->opt.rule_memory)
    e->opt.rule_memory = (size_t)32 << 20;
  if(!e->opt.state_memory)
    e->opt.state_memory = (size_t)512 << 20;
  if(!e->opt.rule_instructions)
    e->opt.rule_instructions = 20000000L;
  if(!e->opt.max_plan_bytes)
    e->opt.max_plan_bytes = (size_t)8 << 20;
  {
    int s, l;
    for(s = 0; s < PM_NLEVELS; s++)
      for(l = 0; l < PM_NLEVELS; l++)
        e->risk[s][l] = -1;
  }
  e->shared_lib = LUA_NOREF;
  if(e->opt.cache_dir && *e->opt.cache_dir && !(e->cache_dir = pm_strdup(e->opt.cache_dir))) {
    pm_free(e);
    return pm_diag_nomem(err);
  }
  e->opt.cache_dir = e->cache_dir;
  e->sb = pm_sandbox_new(e->opt.state_memory, e->opt.rule_memory, e->opt.rule_instructions);
  if(!e->sb) {
    pm_free(e->cache_dir);
    pm_free(e);
    return pm_diag_nomem(err);
  }
  *out = e;
  return PM_OK;
}

PM_API void pm_engine_free(pm_engine *e)
{
  size_t i;
  if(!e)
    return;
  for(i = 0; i < e->nrules; i++)
    if(!e->rules[i]->borrowed) {   /* an index entry's rules are freed with it */
      pm_rule_free(e->rules[i]);
      pm_free(e->rules[i]);
    }
  pm_free(e->rules);
  pm_free(e->ids);
  for(i = 0; i < e->nroles; i++) {
    pm_free(e->roles[i].name);
    pm_strv_free(&e->roles[i].aliases);
  }
  pm_free(e->roles);
  pm_strv_free(&e->categories);
  pm_select_free(e->select);
  free_steps(e);
  pm_strv_free(&e->packs);
  pm_strv_free(&e->pack_dirs);
  for(i = 0; i < e->nprt; i++) {
    pm_free(e->prt[i].dir);
    srcs_free(&e->prt[i].lib);
    pm_free(e->prt[i].paths);
    pm_index_close(&e->prt[i].idx);
  }
  pm_free(e->prt);
  pm_free(e->cache_dir);
  pm_strv_free(&e->levels);
  pm_trigger_free(e->trig);
  pm_sandbox_free(e->sb);
  pm_free(e);
}

PM_API size_t pm_engine_rule_count(const pm_engine *e) { return e->nrules; }

PM_API pm_status pm_engine_select(pm_engine *e, const char *expr, pm_diag *err)
{
  pm_select *s = NULL;
  pm_status st = expr ? pm_select_parse(expr, &s, err) : PM_OK;
  if(st != PM_OK)
    return st;
  pm_select_free(e->select);
  e->select = s;
  order_rules(e);  /* the automaton does not depend on the selection */
  return PM_OK;
}

/* ---- reading fields of a returned table (inside a protected call) ---- */

typedef struct load_ctx {
  pm_engine *e;
  const char *file, *data;
  size_t len;
  const char *pack;       /* for rules: the pack name */
  const char *stem;       /* for rules: the file name without .lua */
  pm_rule *rule;          /* being filled; freed by the caller on error */
  pm_strv *names;         /* for pack.lua: name [0] */
  const char *code;       /* bytecode premortem compiled from 'data' (index), or NULL */
  size_t code_len;
  pm_buf *dump;           /* where to dump the compiled chunk for the index, or NULL */
  int need_text;          /* set by load_p: the bytecode was refused and the text is not read yet */
  int strip;              /* dump without debug information (rule files: see pm_engine_load_check) */
  int code_stripped;      /* 'code' has no debug information: a failure is run again from the text */
  int kind;
  int lib_ref;            /* registry ref of the pack's lib table, or LUA_NOREF */
} load_ctx;

enum { KIND_RULE, KIND_CHECK, KIND_PACK, KIND_TAXONOMY, KIND_ROLES, KIND_RISK, KIND_LIB, KIND_PRIORITY, KIND_REVIEW };

static int is_slug(const char *s)
{
  if(!*s)
    return 0;
  for(; *s; s++)
    if(!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
      return 0;
  return 1;
}

static const char *const rule_fields[] = {
  "id", "title", "category", "severity", "likelihood", "rationale", "triggers", "channels",
  "wrong", "causes", "prevent", "respond", "owner", "due", "mitigated_by", "check", "phase", "fmea", NULL
};

static void read_rule(lua_State *L, load_ctx *c, int t)
{
  pm_rule *r = c->rule;
  char *phase;
  long off;
  char want[256];
  size_t i;
  int has_check;
  pm_lua_check_keys(L, t, rule_fields, "the rule");
  r->id = pm_lua_string(L, t, "id", 1);
  snprintf(want, sizeof want, "%s.%s", c->pack, c->stem);
  if(strcmp(r->id, want) != 0)
    luaL_error(L, "field 'id': \"%s\" must be \"%s\" (pack name, a dot, the file name)", r->id, want);
  r->title = pm_lua_string(L, t, "title", 1);
  r->category = pm_lua_string(L, t, "category", 1);
  if(c->e->categories.n && !pm_strv_has(&c->e->categories, r->category))
    luaL_error(L, "field 'category': \"%s\" is not in the taxonomy (see docs/taxonomy.md)", r->category);
  r->severity = pm_lua_int(L, t, "severity", 1, 5, 0, 1);
  r->likelihood = pm_lua_int(L, t, "likelihood", 1, 5, 0, 1);
  r->rationale = pm_lua_string(L, t, "rationale", 1);
  pm_lua_list(L, t, "triggers", &r->triggers, 0, 0);
  pm_lua_list(L, t, "channels", &r->channels, 0, 0);
  for(i = 0; i < r->channels.n; i++) {
    char *p;
    for(p = r->channels.v[i]; *p; p++)
      *p = (char)tolower((unsigned char)*p);
  }
  r->wrong = pm_lua_string(L, t, "wrong", 1);
  pm_lua_list(L, t, "causes", &r->causes, 1, 0);
  pm_lua_list(L, t, "prevent", &r->prevent, 1, 0);
  pm_lua_list(L, t, "respond", &r->respond, 1, 0);
  pm_lua_list(L, t, "owner", &r->owner, 1, 1);
  r->due = pm_lua_string(L, t, "due", 1);
  if(!pm_date_offset(r->due, &off))
    luaL_error(L, "field 'due': \"%s\" is not a launch-relative date like T-7d, T-2w or T+1d", r->due);
  pm_lua_list(L, t, "mitigated_by", &r->mitigated_by, 0, 0);
  phase = pm_lua_string(L, t, "phase", 0);
  r->phase = PM_PHASE_PLAN;
  if(phase) {
    int plan = strcmp(phase, "plan") == 0, checklist = strcmp(phase, "checklist") == 0;
    pm_free(phase);
    if(!plan && !checklist)
      luaL_error(L, "field 'phase': expected \"plan\" or \"checklist\"");
    if(checklist)
      r->phase = PM_PHASE_CHECKLIST;
  }
  if(lua_getfield(L, t, "fmea") != LUA_TNIL) {
    static const char *const fmea_fields[] = { "severity", "occurrence", "detection", NULL };
    int f = lua_gettop(L);
    if(!lua_istable(L, f))
      luaL_error(L, "field 'fmea': expected { severity = 1..10, occurrence = 1..10, detection = 1..10 }");
    pm_lua_check_keys(L, f, fmea_fields, "the rule's fmea");
    r->fmea_s = pm_lua_int(L, f, "severity", 1, 10, 0, 1);
    r->fmea_o = pm_lua_int(L, f, "occurrence", 1, 10, 0, 1);
    r->fmea_d = pm_lua_int(L, f, "detection", 1, 10, 0, 1);
  }
  lua_pop(L, 1);
  has_check = lua_getfield(L, t, "check");
  if(has_check != LUA_TNIL && has_check != LUA_TFUNCTION)
    luaL_error(L, "field 'check': expected a function, got %s", luaL_typename(L, -1));
  if(!r->triggers.n && !r->channels.n && has_check == LUA_TNIL)
    luaL_error(L, "the rule needs 'triggers', 'channels' or a 'check' function, or it never fires");
  if(r->phase == PM_PHASE_CHECKLIST && (r->triggers.n || r->channels.n || has_check == LUA_TNIL))
    luaL_error(L, "a checklist-phase rule has a 'check' function and no 'triggers' or 'channels'");
  r->has_check = has_check == LUA_TFUNCTION;
  if(has_check == LUA_TFUNCTION)
    r->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);  /* pops */
  else
    lua_pop(L, 1);
}

static const char *const pack_fields[] = { "name", "version", "description", "engine", NULL };

static void read_pack(lua_State *L, load_ctx *c, int t)
{
  char *name, *version, *desc;
  int engine;
  pm_lua_check_keys(L, t, pack_fields, "pack.lua");
  name = pm_lua_string(L, t, "name", 1);
  if(!pm_strv_push(c->names, name)) {
    pm_free(name);
    luaL_error(L, "out of memory");
  }
  pm_free(name);
  if(!is_slug(c->names->v[c->names->n - 1]))
    luaL_error(L, "field 'name': use lower-case letters, digits and hyphens");
  version = pm_lua_string(L, t, "version", 1);
  pm_free(version);
  desc = pm_lua_string(L, t, "description", 1);
  pm_free(desc);
  engine = pm_lua_int(L, t, "engine", 1, 1000, 1, 0);
  if(engine > PM_ENGINE_API)
    luaL_error(L, "field 'engine': the pack needs engine API %d; this is premortem %s with API %d", engine,
               PM_VERSION, PM_ENGINE_API);
}

static void read_taxonomy(lua_State *L, load_ctx *c, int t)
{
  lua_pushnil(L);
  while(lua_next(L, t)) {
    const char *k;
    if(lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "taxonomy entries must be category = \"description\"");
    k = lua_tostring(L, -2);
    if(!is_slug(k))
      luaL_error(L, "category '%s': use lower-case letters, digits and hyphens", k);
    if(!pm_strv_has(&c->e->categories, k) && !pm_strv_push(&c->e->categories, k))
      luaL_error(L, "out of memory");
    lua_pop(L, 1);
  }
}

static pm_role *find_role(pm_engine *e, const char *name)
{
  size_t i;
  for(i = 0; i < e->nroles; i++)
    if(strcmp(e->roles[i].name, name) == 0)
      return &e->roles[i];
  return NULL;
}

static void lower(char *s)
{
  for(; *s; s++)
    *s = (char)tolower((unsigned char)*s);
}

static void read_roles(lua_State *L, load_ctx *c, int t)
{
  pm_engine *e = c->e;
  lua_pushnil(L);
  while(lua_next(L, t)) {
    const char *k;
    pm_role *r;
    if(lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TTABLE)
      luaL_error(L, "roles entries must be role = { \"alias\", ... }");
    k = lua_tostring(L, -2);
    if(!(r = find_role(e, k))) {
      if(e->nroles == e->caproles) {
        size_t cap = e->caproles ? e->caproles * 2 : 16;
        pm_role *v = pm_realloc(e->roles, cap * sizeof *v);
        if(!v)
          luaL_error(L, "out of memory");
        e->roles = v;
        e->caproles = cap;
      }
      r = &e->roles[e->nroles];
      memset(r, 0, sizeof *r);
      if(!(r->name = pm_strdup(k)))
        luaL_error(L, "out of memory");
      lower(r->name);
      e->nroles++;
    }
    {
      lua_Integer i, n = luaL_len(L, -1);
      for(i = 1; i <= n; i++) {
        if(lua_geti(L, -1, i) != LUA_TSTRING)
          luaL_error(L, "role '%s': aliases must be strings", k);
        if(!pm_strv_has(&r->aliases, lua_tostring(L, -1))) {
          if(!pm_strv_push(&r->aliases, lua_tostring(L, -1)))
            luaL_error(L, "out of memory");
          lower(r->aliases.v[r->aliases.n - 1]);
        }
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
  }
}

static int level_index(const pm_engine *e, const char *name)
{
  size_t i;
  for(i = 0; i < e->levels.n; i++)
    if(strcmp(e->levels.v[i], name) == 0)
      return (int)i;
  return -1;
}

static void read_risk(lua_State *L, load_ctx *c, int t)
{
  static const char *const fields[] = { "levels", "matrix", "points", "unowned_points", "blocking_level",
                                        "grades", NULL };
  pm_engine *e = c->e;
  int s, l;
  size_t i;
  char *blocking;
  pm_lua_check_keys(L, t, fields, "risk.lua");
  pm_strv_free(&e->levels);
  pm_lua_list(L, t, "levels", &e->levels, 1, 0);
  if(e->levels.n > PM_MAXLEVELS)
    luaL_error(L, "field 'levels': at most %d levels", PM_MAXLEVELS);
  if(lua_getfield(L, t, "matrix") != LUA_TTABLE)
    luaL_error(L, "field 'matrix': expected 5 rows (severity 1..5) of 5 levels (likelihood 1..5)");
  for(s = 1; s <= PM_NLEVELS; s++) {
    if(lua_geti(L, -1, s) != LUA_TTABLE)
      luaL_error(L, "matrix row %d (severity %d): expected a list of 5 level names", s, s);
    for(l = 1; l <= PM_NLEVELS; l++) {
      int k = -1;
      if(lua_geti(L, -1, l) != LUA_TSTRING || (k = level_index(e, lua_tostring(L, -1))) < 0)
        luaL_error(L, "matrix[%d][%d]: expected one of the names in 'levels'", s, l);
      e->risk[s - 1][l - 1] = k;
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  /* monotone: more severe or more likely is never a lower level */
  for(s = 0; s < PM_NLEVELS; s++)
    for(l = 0; l < PM_NLEVELS; l++)
      if((l > 0 && e->risk[s][l] < e->risk[s][l - 1]) || (s > 0 && e->risk[s][l] < e->risk[s - 1][l]))
        luaL_error(L, "matrix[%d][%d]: a higher severity or likelihood may not give a lower level", s + 1, l + 1);
  if(lua_getfield(L, t, "points") != LUA_TTABLE)
    luaL_error(L, "field 'points': expected { level = points, ... } for every level");
  for(i = 0; i < e->levels.n; i++) {
    int isint;
    lua_Integer v;
    lua_getfield(L, -1, e->levels.v[i]);
    v = lua_tointegerx(L, -1, &isint);
    if(!isint || v < 0 || v > 100)
      luaL_error(L, "field 'points': '%s' needs an integer 0..100", e->levels.v[i]);
    e->points[i] = (int)v;
    if(i > 0 && e->points[i] < e->points[i - 1])
      luaL_error(L, "field 'points': '%s' may not lose fewer points than a lower level", e->levels.v[i]);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  e->unowned_points = pm_lua_int(L, t, "unowned_points", 0, 100, 0, 1);
  blocking = pm_lua_string(L, t, "blocking_level", 1);
  e->blocking_level = level_index(e, blocking);
  pm_free(blocking);
  if(e->blocking_level < 0)
    luaL_error(L, "field 'blocking_level': expected one of the names in 'levels'");
  if(lua_getfield(L, t, "grades") != LUA_TTABLE)
    luaL_error(L, "field 'grades': expected a list of { min = N, grade = \"A\" }, highest first");
  e->ngrades = 0;
  for(i = 1; lua_geti(L, -1, (lua_Integer)i) == LUA_TTABLE; i++) {
    int g = lua_gettop(L);
    char *name;
    if(e->ngrades == PM_MAXGRADES)
      luaL_error(L, "field 'grades': at most %d grades", PM_MAXGRADES);
    e->grades[e->ngrades].min = pm_lua_int(L, g, "min", 0, 100, 0, 1);
    name = pm_lua_string(L, g, "grade", 1);
    pm_copy_str(e->grades[e->ngrades].grade, sizeof e->grades[e->ngrades].grade, name);
    pm_free(name);
    if(e->ngrades && e->grades[e->ngrades].min >= e->grades[e->ngrades - 1].min)
      luaL_error(L, "field 'grades': list them highest first");
    e->ngrades++;
    lua_pop(L, 1);
  }
  lua_pop(L, 2);
  if(!e->ngrades || e->grades[e->ngrades - 1].min != 0)
    luaL_error(L, "field 'grades': the last grade needs min = 0");
  e->has_risk = 1;
}

/* Reads one list of bands ({lo, hi}, ...) that must cover 1..10 exactly, in order from high to low. */
static int read_bands(lua_State *L, int t, const char *field, unsigned char *band, int max_bands)
{
  int n = 0, next_hi = 10;
  if(lua_getfield(L, t, field) != LUA_TTABLE)
    luaL_error(L, "field '%s': expected a list of { lo, hi } bands", field);
  for(;;) {
    lua_Integer lo, hi, r;
    if(lua_geti(L, -1, n + 1) != LUA_TTABLE) {
      lua_pop(L, 1);
      break;
    }
    if(n == max_bands)
      luaL_error(L, "field '%s': at most %d bands", field, max_bands);
    lua_geti(L, -1, 1);
    lua_geti(L, -2, 2);
    lo = lua_tointeger(L, -2);
    hi = lua_tointeger(L, -1);
    if(hi != next_hi || lo < 1 || lo > hi)
      luaL_error(L, "field '%s': band %d must be { lo, %d } with 1 <= lo", field, n + 1, next_hi);
    for(r = lo; r <= hi; r++)
      band[r] = (unsigned char)n;
    next_hi = (int)lo - 1;
    lua_pop(L, 3);
    n++;
  }
  lua_pop(L, 1);
  if(next_hi != 0)
    luaL_error(L, "field '%s': the bands must reach down to 1", field);
  return n;
}

static void read_priority(lua_State *L, load_ctx *c, int t)
{
  static const char *const fields[] = { "severity", "occurrence", "detection", "table", NULL };
  pm_engine *e = c->e;
  int ns, no, nd, s, o, d;
  pm_lua_check_keys(L, t, fields, "priority.lua");
  ns = read_bands(L, t, "severity", e->band[0], 5);
  no = read_bands(L, t, "occurrence", e->band[1], 5);
  nd = read_bands(L, t, "detection", e->band[2], 5);
  if(lua_getfield(L, t, "table") != LUA_TTABLE)
    luaL_error(L, "field 'table': expected one row per severity band");
  for(s = 0; s < ns; s++) {
    if(lua_geti(L, -1, s + 1) != LUA_TTABLE)
      luaL_error(L, "table[%d]: expected one string per occurrence band", s + 1);
    for(o = 0; o < no; o++) {
      size_t len;
      const char *row;
      if(lua_geti(L, -1, o + 1) != LUA_TSTRING)
        luaL_error(L, "table[%d][%d]: expected a string of H, M, L (one per detection band)", s + 1, o + 1);
      row = lua_tolstring(L, -1, &len);
      if((int)len != nd)
        luaL_error(L, "table[%d][%d]: expected %d letters", s + 1, o + 1, nd);
      for(d = 0; d < nd; d++) {
        if(row[d] != 'H' && row[d] != 'M' && row[d] != 'L')
          luaL_error(L, "table[%d][%d]: letters are H, M or L", s + 1, o + 1);
        e->ap[s][o][d] = row[d];
      }
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  e->has_ap = 1;
}

static void free_steps(pm_engine *e)
{
  size_t i;
  for(i = 0; i < e->nsteps; i++) {
    pm_free(e->steps[i].id);
    pm_free(e->steps[i].title);
    pm_free(e->steps[i].action);
    pm_strv_free(&e->steps[i].owner);
  }
  pm_free(e->steps);
  e->steps = NULL;
  e->nsteps = 0;
}

static void read_review(lua_State *L, load_ctx *c, int t)
{
  static const char *const fields[] = { "steps", NULL };
  static const char *const step_fields[] = { "id", "title", "action", "owner", "due", "when", NULL };
  pm_engine *e = c->e;
  lua_Integer i, n;
  pm_lua_check_keys(L, t, fields, "review.lua");
  if(lua_getfield(L, t, "steps") != LUA_TTABLE)
    luaL_error(L, "field 'steps': expected a list of steps");
  n = luaL_len(L, -1);
  free_steps(e);
  if(!(e->steps = pm_calloc((size_t)n + 1, sizeof *e->steps)))
    luaL_error(L, "out of memory");
  for(i = 1; i <= n; i++) {
    struct pm_review_step *st = &e->steps[e->nsteps++];
    int k;
    char *when;
    if(lua_geti(L, -1, i) != LUA_TTABLE)
      luaL_error(L, "step %d: expected a table", (int)i);
    k = lua_gettop(L);
    pm_lua_check_keys(L, k, step_fields, "a review step");
    st->id = pm_lua_string(L, k, "id", 1);
    st->title = pm_lua_string(L, k, "title", 1);
    st->action = pm_lua_string(L, k, "action", 1);
    pm_lua_list(L, k, "owner", &st->owner, 1, 1);
    st->due = pm_lua_int(L, k, "due", 0, 365, 0, 1);
    when = pm_lua_string(L, k, "when", 0);
    st->customers_only = when && strcmp(when, "customers") == 0;
    if(when && !st->customers_only && strcmp(when, "always") != 0) {
      pm_free(when);
      luaL_error(L, "step %d: 'when' is \"always\" or \"customers\"", (int)i);
    }
    pm_free(when);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

/* Protected, for an indexed rule: the check function of the table its file returned. */
static void read_check(lua_State *L, load_ctx *c, int t)
{
  lua_getfield(L, t, "id");
  if(!lua_isstring(L, -1) || strcmp(lua_tostring(L, -1), c->rule->id) != 0)
    luaL_error(L, "the file changed since it was loaded: its id is no longer \"%s\"", c->rule->id);
  lua_pop(L, 1);
  if(lua_getfield(L, t, "check") != LUA_TFUNCTION)
    luaL_error(L, "the file changed since it was loaded: 'check' is no longer a function");
  c->rule->check_ref = luaL_ref(L, LUA_REGISTRYINDEX);  /* pops */
}

static int dump_writer(lua_State *L, const void *p, size_t n, void *ud)
{
  (void)L;
  return !pm_buf_add(ud, p, n);
}

/*
** Protected: compiles (or loads the bytecode premortem compiled from the
** same text) and runs one file, then reads what it returned.
*/
static int load_p(lua_State *L)
{
  load_ctx *c = lua_touserdata(L, 1);
  const char *name;
  int rc = LUA_ERRSYNTAX;
  lua_settop(L, 0);
  name = lua_pushfstring(L, "@%s", c->file);
  if(c->code && (rc = luaL_loadbufferx(L, c->code, c->code_len, name, "b")) != LUA_OK) {
    lua_pop(L, 1);            /* a bytecode Lua does not take: compile the text instead */
    if(!c->data) {
      c->need_text = 1;       /* run_file reads it and comes back */
      return 0;
    }
  }
  if(rc != LUA_OK && luaL_loadbufferx(L, c->data, c->len, name, "t") != LUA_OK)
    return lua_error(L);
  if(c->dump)
    lua_dump(L, dump_writer, c->dump, c->strip);
  lua_remove(L, 1);
  pm_sandbox_push_env(L);
  if(c->lib_ref != LUA_NOREF) {            /* the pack's shared helpers, read-only */
    lua_pushliteral(L, "lib");
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->lib_ref);
    pm_sandbox_readonly(L);
    lua_rawset(L, -3);                     /* raw: the env refuses new globals */
  }
  lua_setupvalue(L, 1, 1);                 /* the chunk's _ENV */
  lua_call(L, 0, 1);
  if(!lua_istable(L, 1))
    return luaL_error(L, "the file must return a table, not %s", luaL_typename(L, 1));
  switch(c->kind) {
  case KIND_RULE: read_rule(L, c, 1); break;
  case KIND_CHECK: read_check(L, c, 1); break;
  case KIND_PACK: read_pack(L, c, 1); break;
  case KIND_TAXONOMY: read_taxonomy(L, c, 1); break;
  case KIND_ROLES: read_roles(L, c, 1); break;
  case KIND_RISK: read_risk(L, c, 1); break;
  case KIND_PRIORITY: read_priority(L, c, 1); break;
  case KIND_REVIEW: read_review(L, c, 1); break;
  case KIND_LIB:
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->lib_ref);
    lua_pushvalue(L, 1);
    pm_sandbox_freeze(L);                  /* shared by every rule: nothing in it may change */
    lua_setfield(L, -2, c->stem);          /* lib.<file name> */
    break;
  }
  return 0;
}

static pm_status run_file(pm_engine *e, load_ctx *c, pm_diag *err);

/*
** Protected: creates an empty lib table and returns its registry ref. With
** a parent ref (argument 1), names the table lacks are looked up there: a
** pack's lib falls back to its rules root's shared lib.
*/
static int newlib_p(lua_State *L)
{
  int parent = (int)luaL_optinteger(L, 1, LUA_NOREF);
  lua_newtable(L);
  if(parent != LUA_NOREF) {
    lua_createtable(L, 0, 1);
    lua_rawgeti(L, LUA_REGISTRYINDEX, parent);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
  }
  lua_pushinteger(L, luaL_ref(L, LUA_REGISTRYINDEX));
  return 1;
}

/* ---- files read ahead ---- */

static void srcs_free(pm_srcs *s)
{
  size_t i;
  for(i = 0; i < s->names.n; i++) {
    if(s->data)
      pm_free(s->data[i]);
    if(s->code && !s->borrowed)
      pm_free(s->code[i]);
  }
  pm_free(s->data);
  pm_free(s->len);
  pm_free(s->code);
  pm_free(s->code_len);
  s->code = NULL;
  s->code_len = NULL;
  pm_strv_free(&s->names);
  s->data = NULL;
  s->len = NULL;
}

/* Lists the .lua files of 'dir' (but 'skip') into s->names, sorted; reads nothing. */
static pm_status srcs_list(const char *dir, const char *skip, pm_srcs *s, pm_diag *err)
{
  pm_status st;
  size_t i, k;
  memset(s, 0, sizeof *s);
  if((st = pm_dir_list(dir, 0, ".lua", &s->names, err)) != PM_OK)
    return st;
  for(i = k = 0; i < s->names.n; i++)
    if(skip && strcmp(s->names.v[i], skip) == 0)
      pm_free(s->names.v[i]);
    else
      s->names.v[k++] = s->names.v[i];
  s->names.n = k;
  return PM_OK;
}

/*
** Reads the files listed in s->names from 'dir'. With 'strict', a file
** that cannot be read is the error; without, its data stays NULL and
** *unread counts it, for the loader to report on its own.
*/
static pm_status srcs_read(const char *dir, int strict, pm_srcs *s, int *unread, pm_diag *err)
{
  pm_buf path;
  pm_status st = PM_OK;
  size_t i;
  if(!s->names.n)
    return PM_OK;
  s->data = pm_calloc(s->names.n, sizeof *s->data);
  s->len = pm_calloc(s->names.n, sizeof *s->len);
  if(!s->data || !s->len)
    return pm_diag_nomem(err);
  pm_buf_init(&path, 0);
  for(i = 0; i < s->names.n && st == PM_OK; i++) {
    pm_diag d;
    path.len = 0;
    path.failed = 0;
    if(!pm_buf_addf(&path, "%s/%s", dir, s->names.v[i]))
      st = pm_diag_nomem(err);
    else if((st = pm_read_file(path.p, MAX_RULE_FILE, &s->data[i], &s->len[i], &d)) != PM_OK) {
      s->data[i] = NULL;
      if(strict || st == PM_ERR_NOMEM)
        *err = d;
      else {
        (*unread)++;
        st = PM_OK;
      }
    }
  }
  pm_buf_free(&path);
  return st;
}

/* Chains a digest over each file's name and bytes. */
static uint64_t srcs_digest(uint64_t h, const char *prefix, const pm_srcs *s)
{
  size_t i;
  for(i = 0; i < s->names.n; i++) {
    h = pm_hash64(h, prefix, strlen(prefix));
    h = pm_hash64(h, s->names.v[i], strlen(s->names.v[i]) + 1);
    h = pm_hash64(h, s->data[i] ? s->data[i] : "", s->data[i] ? s->len[i] : 0);
  }
  return h;
}

/*
** Runs the lib files read into 'src' (from <dir>/lib): each returns a table
** of helpers that the pack's rules (or, for a rules root, every pack's
** rules) see as lib.<file name>. 'parent' is the lib a pack falls back to.
** Sets *ref to the new lib, or to 'parent' when there is no lib file.
*/
enum { DUMP_NONE, DUMP_DEBUG, DUMP_STRIPPED };  /* run_lib: what to keep of each file's bytecode */

static pm_status run_lib(pm_engine *e, const char *dir, pm_srcs *src, int parent, int dump, int *ref, pm_diag *err)
{
  lua_State *L = pm_sandbox_state(e->sb);
  pm_buf path;
  pm_status st = PM_OK;
  size_t i;
  pm_buf code;
  *ref = parent;
  if(!src->names.n)
    return PM_OK;
  pm_buf_init(&code, 0);
  lua_pushcfunction(L, newlib_p);
  lua_pushinteger(L, parent);
  if((st = pm_sandbox_pcall(e->sb, 1, 1, err)) != PM_OK)
    return st;
  *ref = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  pm_buf_init(&path, 0);
  for(i = 0; i < src->names.n && st == PM_OK; i++) {
    load_ctx c;
    const char *name = src->names.v[i];
    char *stem = pm_strndup(name, strlen(name) - 4);
    path.len = 0;
    path.failed = 0;
    if(!stem || !pm_buf_addf(&path, "%s/lib/%s", dir, name)) {
      pm_free(stem);
      st = pm_diag_nomem(err);
      break;
    }
    memset(&c, 0, sizeof c);
    c.file = path.p;
    c.data = src->data ? src->data[i] : NULL;
    c.len = src->data ? src->len[i] : 0;
    if(src->code && src->code[i] &&
       (!src->code_hash || pm_index_code_ok(src->code[i], src->code_len[i], src->code_hash[i]))) {
      c.code = src->code[i];
      c.code_len = src->code_len[i];
    }
    c.code_stripped = src->stripped;
    c.stem = stem;
    c.kind = KIND_LIB;
    c.lib_ref = *ref;
    c.dump = dump ? &code : NULL;
    c.strip = dump == DUMP_STRIPPED;
    code.len = 0;
    code.failed = 0;
    if(!is_slug(stem) || strchr(stem, '-'))
      st = pm_diag_set(err, PM_ERR_INPUT, path.p, 0, 0, "lib file names use lower-case letters and digits");
    else
      st = run_file(e, &c, err);
    pm_free(stem);
    if(st == PM_OK && dump && !code.failed) {
      if(!src->code && (!(src->code = pm_calloc(src->names.n, sizeof *src->code)) ||
                        !(src->code_len = pm_calloc(src->names.n, sizeof *src->code_len))))
        st = pm_diag_nomem(err);
      else
        src->code[i] = pm_buf_take(&code, &src->code_len[i]);
    }
  }
  pm_buf_free(&path);
  pm_buf_free(&code);
  return st;
}

/* Lists <dir>/lib (if there is one) into 'src', and with 'read' reads its files. */
static pm_status read_lib(const char *dir, int read, pm_srcs *src, pm_diag *err)
{
  pm_buf path;
  pm_status st = PM_OK;
  memset(src, 0, sizeof *src);
  pm_buf_init(&path, 0);
  if(!pm_buf_addf(&path, "%s/lib", dir))
    return pm_diag_nomem(err);
  if(pm_is_dir(path.p) && (st = srcs_list(path.p, NULL, src, err)) == PM_OK && read)
    st = srcs_read(path.p, 1, src, NULL, err);
  pm_buf_free(&path);
  return st;
}

/*
** Runs one file through load_p; the diagnostic names the file. The file's
** bytes are c->data when the caller read them already, else read here.
*/
static pm_status run_file(pm_engine *e, load_ctx *c, pm_diag *err)
{
  lua_State *L = pm_sandbox_state(e->sb);
  char *data = NULL;
  pm_status st;
  c->e = e;
  for(;;) {
    if(!c->data && !c->code) {
      size_t len = 0;
      if((st = pm_read_file(c->file, MAX_RULE_FILE, &data, &len, err)) != PM_OK)
        return st;
      c->data = data;
      c->len = len;
    }
    c->need_text = 0;
    lua_pushcfunction(L, load_p);
    lua_pushlightuserdata(L, c);
    st = pm_sandbox_pcall(e->sb, 1, 0, err);
    if(st == PM_OK && c->need_text)
      c->code = NULL;   /* the bytecode was refused: once more from the text */
    else if(st != PM_OK && st != PM_ERR_NOMEM && c->code && c->code_stripped)
      c->code = NULL;   /* failed without debug information: once more from the text, for the file and line */
    else
      break;
  }
  if(c->data == data)
    c->data = NULL;
  pm_free(data);
  if(st != PM_OK) {
    if(!err->source[0])
      pm_copy_str(err->source, sizeof err->source, c->file);
    if(st == PM_ERR_RULE)
      err->code = st = PM_ERR_INPUT;
  }
  return st;
}

/* The slot of 'id' in the engine's id table: its rule, or an empty slot. */
static size_t id_slot(const pm_engine *e, const char *id)
{
  size_t mask = e->id_cap - 1, i = (size_t)pm_hash64(PM_HASH_SEED, id, strlen(id)) & mask;
  while(e->ids[i] && strcmp(e->ids[i]->id, id) != 0)
    i = (i + 1) & mask;
  return i;
}

/* Keeps the id table at most half full: 0 on out of memory. */
static int ids_room(pm_engine *e)
{
  size_t i, cap = e->id_cap ? e->id_cap : 256;
  pm_rule **old = e->ids;
  size_t oldcap = e->id_cap;
  if(e->nrules + 1 <= cap / 2 && e->ids)
    return 1;
  while(e->nrules + 1 > cap / 2)
    cap *= 2;
  if(!(e->ids = pm_calloc(cap, sizeof *e->ids))) {
    e->ids = old;
    return 0;
  }
  e->id_cap = cap;
  for(i = 0; i < oldcap; i++)
    if(old[i])
      e->ids[id_slot(e, old[i]->id)] = old[i];
  pm_free(old);
  return 1;
}

static pm_status add_rule(pm_engine *e, pm_rule *r, pm_diag *err)
{
  size_t slot;
  if(!ids_room(e))
    return pm_diag_nomem(err);
  slot = id_slot(e, r->id);
  if(e->ids[slot])
    return pm_diag_set(err, PM_ERR_INPUT, r->file, 0, 0, "rule id \"%s\" is already defined in %s", r->id,
                       e->ids[slot]->file);
  if(e->nrules == e->caprules) {
    size_t cap = e->caprules ? e->caprules * 2 : 64;
    pm_rule **v = pm_realloc(e->rules, cap * sizeof *v);
    if(!v)
      return pm_diag_nomem(err);
    e->rules = v;
    e->caprules = cap;
  }
  e->ids[slot] = r;
  e->rules[e->nrules++] = r;
  e->dirty = 1;
  return PM_OK;
}

/* Protected: releases a registry reference (the table may need to grow). */
static int unref_p(lua_State *L)
{
  luaL_unref(L, LUA_REGISTRYINDEX, (int)lua_tointeger(L, 1));
  return 0;
}

/* Releases a rule's check function, if it has one loaded; the Lua stack is left as it was. */
static void release_check(pm_engine *e, pm_rule *r)
{
  lua_State *L = pm_sandbox_state(e->sb);
  if(r->check_ref == LUA_NOREF)
    return;
  lua_pushcfunction(L, unref_p);
  lua_pushinteger(L, r->check_ref);
  if(lua_pcall(L, 1, 0, 0) != LUA_OK)
    lua_pop(L, 1);
  r->check_ref = LUA_NOREF;
}

static void free_rule(pm_engine *e, pm_rule *r)
{
  if(r->check_ref != LUA_NOREF) {
    release_check(e, r);
    lua_settop(pm_sandbox_state(e->sb), 0);
  }
  if(!r->borrowed) {   /* an index entry's rules are freed with it */
    pm_rule_free(r);
    pm_free(r);
  }
}

static pm_status load_rule_file(pm_engine *e, const char *file, const char *data, size_t len, const char *pack,
                                const char *stem, int lib_ref, int dump, pm_diag *err)
{
  load_ctx c;
  pm_buf code;
  pm_status st;
  pm_rule *r = pm_calloc(1, sizeof *r);
  if(!r)
    return pm_diag_nomem(err);
  r->check_ref = LUA_NOREF;
  r->pack_ix = -1;
  memset(&c, 0, sizeof c);
  c.file = file;
  c.data = data;
  c.len = len;
  c.pack = pack;
  c.stem = stem;
  c.rule = r;
  c.kind = KIND_RULE;
  c.lib_ref = lib_ref;
  c.dump = dump ? &code : NULL;
  c.strip = 1;   /* the index keeps a rule's bytecode without debug information (see pm_engine_load_check) */
  pm_buf_init(&code, 0);
  st = run_file(e, &c, err);
  if(st == PM_OK && (!(r->file = pm_strdup(file)) || !(r->pack = pm_strdup(pack))))
    st = pm_diag_nomem(err);
  if(st == PM_OK && r->has_check && !code.failed)
    r->code = pm_buf_take(&code, &r->code_len);  /* for the index, then freed */
  pm_buf_free(&code);
  if(st == PM_OK)
    st = add_rule(e, r, err);
  if(st != PM_OK)
    free_rule(e, r);
  return st;
}

static pm_status keep_problem(pm_diags *problems, pm_diag *d)
{
  return pm_diags_push(problems, d) == PM_OK ? PM_OK : PM_ERR_NOMEM;
}

/* What loading one pack reads and where its index entry lives. */
typedef struct pack_files {
  const char *dir;
  char *pack_data;          /* pack.lua, once read */
  size_t pack_len;
  pm_srcs lib, rules;       /* names always; bytes once read */
  int unread;               /* rule files that could not be read */
  int read;                 /* the files are read and digested */
  char *index;              /* index file, NULL without a cache */
  uint64_t env, digest;     /* see pm_index_entry */
  int64_t scan_time;
  pm_strv files;            /* the files digested, relative: ".", "lib", pack.lua, lib/..., then the rule files */
  pm_file_id *ids;          /* their identities; NULL when one could not be stat'ed */
  pm_file_id dirs[2];       /* a pack's folder and, if there is one, its lib folder ... */
  size_t ndirs;             /* ... 2, 1 (no lib folder), or 0 (not stat'ed: see stat_dirs) */
} pack_files;

static void pack_files_free(pack_files *pf)
{
  pm_free(pf->pack_data);
  srcs_free(&pf->lib);
  srcs_free(&pf->rules);
  pm_free(pf->index);
  pm_strv_free(&pf->files);
  pm_free(pf->ids);
}

/*
** The identities of a pack's folders into pf->dirs: their times change when
** a file is added, removed or renamed. pf->ndirs stays 0 when the folder
** cannot be stat'ed.
*/
static void stat_dirs(pack_files *pf, int fd)
{
  struct stat sb;
  if(fd < 0 || !pm_file_id_at(fd, ".", &pf->dirs[0]))
    return;
  pf->ndirs = 1;
  if(fstatat(fd, "lib", &sb, 0) == 0 && S_ISDIR(sb.st_mode)) {
    pm_file_id_of(&sb, &pf->dirs[1]);
    pf->ndirs = 2;
  }
}

/*
** Names the files to digest in pf->files (with 'with_pack' the pack's
** folders, from pf->dirs, and pack.lua; lib/..., then the rule files) and
** stats them into pf->ids, which stays NULL when one cannot be stat'ed
** (then the files are read).
*/
static pm_status stat_files(pack_files *pf, int with_pack, int dirfd, pm_diag *err)
{
  static const char *const dir_names[2] = { ".", "lib" };
  pm_buf b;
  size_t i, first = with_pack ? pf->ndirs : 0;
  int fd, ok;
  fd = dirfd >= 0 ? dirfd : open(pf->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  pm_buf_init(&b, 0);
  for(i = 0; i < first; i++)
    pm_buf_add(&b, dir_names[i], strlen(dir_names[i]) + 1);
  if(with_pack)
    pm_buf_add(&b, "pack.lua", sizeof "pack.lua");
  for(i = 0; i < pf->lib.names.n; i++)
    pm_buf_addf(&b, "lib/%s%c", pf->lib.names.v[i], '\0');
  for(i = 0; i < pf->rules.names.n; i++)
    pm_buf_add(&b, pf->rules.names.v[i], strlen(pf->rules.names.v[i]) + 1);
  for(i = 0; !b.failed && i < b.len; i += strlen(b.p + i) + 1)
    if(!pm_strv_push(&pf->files, b.p + i))
      b.failed = 1;
  pm_buf_free(&b);
  if(b.failed || !(pf->ids = pm_calloc(pf->files.n, sizeof *pf->ids))) {
    if(fd >= 0 && fd != dirfd)
      close(fd);
    return pm_diag_nomem(err);
  }
  ok = fd >= 0 && (!with_pack || pf->ndirs);
  for(i = 0; i < first; i++)
    pf->ids[i] = pf->dirs[i];
  for(i = first; i < pf->files.n && ok; i++)
    ok = pm_file_id_at(fd, pf->files.v[i], &pf->ids[i]);
  if(fd >= 0 && fd != dirfd)
    close(fd);
  if(!ok) {
    pm_free(pf->ids);
    pf->ids = NULL;
  }
  return PM_OK;
}

/*
** The pack's file names as an index entry recorded them, when its folders
** (pf->dirs) still have the identities recorded and changed well before
** the entry was written: then nothing was added, removed or renamed, and
** the folders need not be listed. 1 when taken, 0 when they must be listed.
*/
static int names_from_entry(const pm_index_entry *en, pack_files *pf, pm_diag *err, pm_status *st)
{
  static const char *const dir_names[2] = { ".", "lib" };
  size_t i;
  if(!pf->ndirs || en->nfiles <= pf->ndirs || strcmp(en->file_names[pf->ndirs], "pack.lua") != 0)
    return 0;   /* not stat'ed, or another number of folders */
  for(i = 0; i < pf->ndirs; i++)
    if(strcmp(en->file_names[i], dir_names[i]) != 0 || memcmp(&en->file_ids[i], &pf->dirs[i], sizeof pf->dirs[i]) != 0)
      return 0;
  if(pm_index_racy(en, pf->dirs, pf->ndirs))
    return 0;
  for(i = pf->ndirs + 1; i < en->nfiles && *st == PM_OK; i++) {
    const char *n = en->file_names[i];
    if(!(strncmp(n, "lib/", 4) == 0 ? pm_strv_push(&pf->lib.names, n + 4) : pm_strv_push(&pf->rules.names, n)))
      *st = pm_diag_nomem(err);
  }
  return 1;
}

/*
** Everything a pack's validated fields can depend on besides its files:
** premortem's version, the taxonomy's categories, its root's shared lib.
** The same for every pack of a root: computed once per root.
*/
static uint64_t pack_env(const pm_engine *e, uint64_t root_digest)
{
  uint64_t h = pm_hash64(PM_HASH_SEED, "premortem-index " PM_VERSION, sizeof "premortem-index " PM_VERSION);
  uint64_t cats = 0;  /* the taxonomy's categories, in any order */
  size_t i;
  for(i = 0; i < e->categories.n; i++)
    cats += pm_hash64(PM_HASH_SEED, e->categories.v[i], strlen(e->categories.v[i]));
  h = pm_hash64(h, &cats, sizeof cats);
  return pm_hash64(h, &root_digest, sizeof root_digest);
}

/* The index file for 'what' (a pack, the root lib) of a folder: keyed by the folder as given too. */
static pm_status index_path(pm_engine *e, const char *what, const char *real, const char *dir, char **out,
                            pm_diag *err)
{
  pm_buf b;
  pm_buf_init(&b, 0);
  pm_buf_addf(&b, "%s%s\n%s", what, real, dir);   /* compiled chunks carry the file names errors show */
  *out = b.failed ? NULL : pm_index_path(e->cache_dir, b.p);
  pm_buf_free(&b);
  return *out ? PM_OK : pm_diag_nomem(err);
}

/*
** Lists the pack's files (or takes the names the entry 'hint' recorded, if
** the folders are unchanged) and, with a cache, stats them: no file is read.
*/
static pm_status scan_pack_files(pm_engine *e, pack_files *pf, const pm_index_entry *hint, pm_diag *err)
{
  pm_status st = PM_OK;
  int fd = e->cache_dir ? open(pf->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1;
  stat_dirs(pf, fd);
  if(!hint || !names_from_entry(hint, pf, err, &st)) {
    if(st == PM_OK && (st = read_lib(pf->dir, 0, &pf->lib, err)) == PM_OK)
      st = srcs_list(pf->dir, "pack.lua", &pf->rules, err);
  }
  if(st == PM_OK && e->cache_dir)
    st = stat_files(pf, 1, fd, err);
  if(fd >= 0)
    close(fd);
  return st;
}

/* Borrows an entry's lib bytecode for 'lib' (same names, in order): 0 on out of memory. */
static int borrow_lib_code(pm_srcs *lib, const pm_index_entry *en)
{
  size_t i, n = lib->names.n;
  if(!n)
    return 1;
  lib->code = pm_malloc(n * sizeof *lib->code);
  lib->code_len = pm_malloc(n * sizeof *lib->code_len);
  if(!lib->code || !lib->code_len) {
    pm_free(lib->code);
    pm_free(lib->code_len);
    lib->code = NULL;
    lib->code_len = NULL;
    return 0;
  }
  for(i = 0; i < n; i++) {
    lib->code[i] = (char *)en->lib_code[i];
    lib->code_len[i] = en->lib_len[i];
  }
  lib->code_hash = en->lib_hash;
  lib->borrowed = 1;
  return 1;
}

/* True when the entry's lib files are 'lib''s, by name and in order. */
static int same_libs(const pm_index_entry *en, const pm_srcs *lib)
{
  size_t i;
  if(en->nlibs != lib->names.n)
    return 0;
  for(i = 0; i < en->nlibs; i++)
    if(strcmp(en->lib_names[i], lib->names.v[i]) != 0)
      return 0;
  return 1;
}

/* Reads the pack's files and digests them. */
static pm_status read_pack_files(pack_files *pf, pm_diag *err)
{
  pm_buf path;
  pm_status st;
  uint64_t h;
  pm_buf_init(&path, 0);
  if(!pm_buf_addf(&path, "%s/pack.lua", pf->dir))
    return pm_diag_nomem(err);
  st = pm_read_file(path.p, MAX_RULE_FILE, &pf->pack_data, &pf->pack_len, err);
  path.len = 0;
  if(st == PM_OK && pf->lib.names.n)
    st = pm_buf_addf(&path, "%s/lib", pf->dir) ? srcs_read(path.p, 1, &pf->lib, NULL, err) : pm_diag_nomem(err);
  pm_buf_free(&path);
  if(st != PM_OK || (st = srcs_read(pf->dir, 0, &pf->rules, &pf->unread, err)) != PM_OK)
    return st;
  pf->read = 1;
  h = pm_hash64(pf->env, pf->pack_data, pf->pack_len);
  h = srcs_digest(h, "lib/", &pf->lib);
  pf->digest = srcs_digest(h, "", &pf->rules);
  return PM_OK;
}

/* True when the pack's files have the identities the entry recorded. */
static int same_files(const pm_index_entry *en, const pack_files *pf)
{
  size_t i;
  if(!pf->ids || en->nfiles != pf->files.n)
    return 0;
  for(i = 0; i < en->nfiles; i++)
    if(strcmp(en->file_names[i], pf->files.v[i]) != 0 || memcmp(&en->file_ids[i], &pf->ids[i], sizeof *pf->ids) != 0)
      return 0;
  return 1;
}

/* Saves the index entry of the pack whose rules are e->rules[first..]: best effort. */
static void save_index(pm_engine *e, const pack_files *pf, size_t first, const char *pack, const pm_srcs *lib)
{
  pm_index_entry en;
  memset(&en, 0, sizeof en);
  en.env = pf->env;
  en.digest = pf->digest;
  en.scan_time = pf->scan_time;
  if(pf->ids) {
    en.nfiles = pf->files.n;
    en.file_names = (const char *const *)pf->files.v;
    en.file_ids = pf->ids;
  }
  en.pack = pack;
  en.rules = e->rules + first;
  en.nrules = e->nrules - first;
  en.nlibs = lib->names.n;
  en.lib_names = (const char *const *)lib->names.v;
  en.lib_code = (const char *const *)lib->code;
  en.lib_len = lib->code_len;
  pm_index_save(pf->index, &en);
}

/*
** Takes a pack's rules from its index entry: fields as data, each rule's
** bytecode kept for loading its check when a plan needs it. The engine
** keeps the entry mapped. Returns PM_OK with *taken = 0 when the entry
** does not match the files (then the pack is loaded from its files).
*/
static pm_status take_index(pm_engine *e, pack_files *pf, pm_index_entry *en, int root_lib, pm_diags *problems,
                            int *taken, pm_diag *err)
{
  size_t i, size = 0, nlib = pf->lib.names.n;
  pm_status st = PM_OK;
  pm_pack_rt *pk;
  char *paths, *at;
  int hit;
  *taken = 0;
  /* the entry holds one rule per file, in file order, and the lib files by name */
  hit = en->nrules == pf->rules.names.n && same_libs(en, &pf->lib);
  for(i = 0; hit && i < en->nrules; i++) {
    size_t sl = strlen(en->rule_block[i].file);
    hit = strncmp(pf->rules.names.v[i], en->rule_block[i].file, sl) == 0 && strcmp(pf->rules.names.v[i] + sl, ".lua") == 0;
    size += strlen(pf->dir) + strlen(pf->rules.names.v[i]) + 2;
  }
  if(!hit) {
    pm_index_close(en);
    return PM_OK;
  }
  *taken = 1;
  if(pm_strv_has(&e->packs, en->pack)) {
    char file[sizeof err->source];
    snprintf(file, sizeof file, "%s/pack.lua", pf->dir);
    st = pm_diag_set(err, PM_ERR_INPUT, file, 0, 0, "a pack named \"%s\" is already loaded", en->pack);
    pm_index_close(en);
    return st;
  }
  if(e->nprt == e->capprt) {
    size_t cap = e->capprt ? e->capprt * 2 : 16;
    pm_pack_rt *a = pm_realloc(e->prt, cap * sizeof *a);
    if(!a) {
      pm_index_close(en);
      return pm_diag_nomem(err);
    }
    e->prt = a;
    e->capprt = cap;
  }
  pk = &e->prt[e->nprt];
  memset(pk, 0, sizeof *pk);
  paths = pm_malloc(size + 1);
  if(!paths || !pm_strv_push(&e->packs, en->pack) || !(pk->dir = pm_strdup(pf->dir)) || !borrow_lib_code(&pf->lib, en)) {
    pm_free(paths);
    pm_free(pk->dir);
    pm_index_close(en);
    return pm_diag_nomem(err);
  }
  pk->root_lib = root_lib;
  pk->lib_ref = root_lib;
  pk->lib_state = nlib ? 0 : 1;
  pk->lib = pf->lib;   /* with its bytecode: loaded by the first check that needs it */
  pk->lib.stripped = 1;
  memset(&pf->lib, 0, sizeof pf->lib);
  pk->paths = paths;
  pk->idx = *en;                           /* mapped while the rules live */
  memset(en, 0, sizeof *en);
  e->nprt++;
  for(i = 0, at = paths; i < pk->idx.nrules && st == PM_OK; i++) {
    pm_rule *r = &pk->idx.rule_block[i];
    pm_diag d;
    r->file = at;
    at += sprintf(at, "%s/%s", pf->dir, pf->rules.names.v[i]) + 1;
    r->pack = (char *)pk->idx.pack;
    r->pack_ix = (int)(e->nprt - 1);
    if((st = add_rule(e, r, &d)) != PM_OK)
      st = st == PM_ERR_NOMEM ? pm_diag_nomem(err) : keep_problem(problems, &d);
  }
  return st;
}

static pm_status load_pack(pm_engine *e, const char *dir, int root_lib, uint64_t env, pm_diags *problems,
                           pm_diag *err)
{
  pm_buf path;
  pm_strv names = { 0 };
  pack_files pf;
  pm_index_entry en;
  load_ctx c;
  pm_status st;
  size_t i, first = e->nrules;
  int lib_ref = LUA_NOREF, taken = 0, failed = 0, hit = 0, fast = 0;
  char *real = realpath(dir, NULL);

  /* the same folder twice (e.g. --rules naming a built-in pack) is loaded once */
  if(!real)
    return pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "cannot resolve the pack folder");
  if(pm_strv_has(&e->pack_dirs, real)) {
    free(real);
    return PM_OK;
  }
  if(!pm_strv_push(&e->pack_dirs, real)) {
    free(real);
    return pm_diag_nomem(err);
  }
  memset(&pf, 0, sizeof pf);
  memset(&en, 0, sizeof en);
  pf.dir = dir;
  pf.env = env;
  pf.scan_time = pm_wall_ns();   /* before any file is stat'ed or read */
  pm_buf_init(&path, 0);
  st = e->cache_dir ? index_path(e, "", real, dir, &pf.index, err) : PM_OK;
  free(real);
  if(st == PM_OK && pf.index && (hit = pm_index_open(pf.index, &en)) < 0)
    st = pm_diag_nomem(err);
  if(st == PM_OK)
    st = scan_pack_files(e, &pf, hit > 0 ? &en : NULL, err);
  /* files with the identities the entry recorded, unchanged since well before it read them: no need to read them */
  fast = st == PM_OK && hit > 0 && en.env == pf.env && same_files(&en, &pf) && !pm_index_racy(&en, pf.ids, pf.files.n);
  if(st == PM_OK && !fast) {
    st = read_pack_files(&pf, err);
    if(hit > 0 && (st != PM_OK || pf.unread || en.digest != pf.digest)) {
      pm_index_close(&en);
      hit = 0;
    }
  }
  if(st == PM_OK && hit > 0) {
    st = take_index(e, &pf, &en, root_lib, problems, &taken, err);
    /* read and found unchanged: record the files' identities now, so the next run need not read them */
    if(st == PM_OK && taken && !fast && e->nrules - first == pf.rules.names.n)
      save_index(e, &pf, first, e->packs.v[e->packs.n - 1], &e->prt[e->nprt - 1].lib);
  }
  pm_index_close(&en);
  if(st == PM_OK && !taken && !pf.read)
    st = read_pack_files(&pf, err);
  if(st != PM_OK || taken)
    goto done;
  if(!pm_buf_addf(&path, "%s/pack.lua", dir)) {
    st = pm_diag_nomem(err);
    goto done;
  }
  memset(&c, 0, sizeof c);
  c.lib_ref = LUA_NOREF;
  c.file = path.p;
  c.data = pf.pack_data;
  c.len = pf.pack_len;
  c.kind = KIND_PACK;
  c.names = &names;
  st = run_file(e, &c, err);
  if(st != PM_OK)
    goto done;
  if(pm_strv_has(&e->packs, names.v[0])) {
    st = pm_diag_set(err, PM_ERR_INPUT, path.p, 0, 0, "a pack named \"%s\" is already loaded", names.v[0]);
    goto done;
  }
  if(!pm_strv_push(&e->packs, names.v[0])) {
    st = pm_diag_nomem(err);
    goto done;
  }
  if((st = run_lib(e, dir, &pf.lib, root_lib, pf.index ? DUMP_STRIPPED : DUMP_NONE, &lib_ref, err)) != PM_OK)
    goto done;
  for(i = 0; i < pf.rules.names.n; i++) {
    pm_diag d;
    const char *name = pf.rules.names.v[i];
    char *stem;
    path.len = 0;
    path.failed = 0;
    if(!pm_buf_addf(&path, "%s/%s", dir, name) || !(stem = pm_strndup(name, strlen(name) - 4))) {
      st = pm_diag_nomem(err);
      goto done;
    }
    if(!is_slug(stem)) {
      pm_diag_set(&d, PM_ERR_INPUT, path.p, 0, 0,
                  "rule file names use lower-case letters, digits and hyphens (the name is the rule id)");
      st = PM_ERR_INPUT;
    } else
      st = load_rule_file(e, path.p, pf.rules.data[i], pf.rules.len[i], names.v[0], stem, lib_ref, pf.index != NULL,
                          &d);
    pm_free(stem);
    if(st == PM_ERR_NOMEM) {
      *err = d;
      goto done;
    }
    if(st != PM_OK) {
      failed = 1;
      if(keep_problem(problems, &d) != PM_OK) {
        st = pm_diag_nomem(err);
        goto done;
      }
    }
    st = PM_OK;
  }
  /* every rule loaded: the next run can take them from the index */
  if(pf.index && !failed && !pf.unread && (!pf.lib.names.n || pf.lib.code))
    save_index(e, &pf, first, names.v[0], &pf.lib);
  for(i = first; i < e->nrules; i++) {
    pm_free(e->rules[i]->code);   /* compiled already: only the index needed it */
    e->rules[i]->code = NULL;
  }
done:
  pm_buf_free(&path);
  pm_strv_free(&names);
  pack_files_free(&pf);
  return st;
}

pm_status pm_engine_load_check(pm_engine *e, pm_rule *r, int debug, pm_diag *err)
{
  pm_pack_rt *pk = &e->prt[r->pack_ix];
  load_ctx c;
  pm_status st;
  if(r->load_failed)
    return pm_diag_set(err, PM_ERR_INPUT, r->file, 0, 0, "the rule could not be compiled (see its first error)");
  if(!pk->lib_state || (debug && pk->lib_state > 0 && pk->lib.stripped && pk->lib.names.n)) {
    /*
    ** The pack's lib, on first use from its bytecode (no debug information),
    ** or for a check run again with debug information, from its files: the
    ** rules loaded before keep the lib they have.
    */
    pm_srcs text;
    int ref;
    memset(&text, 0, sizeof text);
    text.names = pk->lib.names;   /* borrowed: the names, no bytecode */
    st = run_lib(e, pk->dir, pk->lib_state ? &text : &pk->lib, pk->root_lib, DUMP_NONE, &ref, &pk->lib_err);
    if(st == PM_ERR_NOMEM) {
      *err = pk->lib_err;
      return st;
    }
    if(pk->lib_state && st == PM_OK)
      pk->lib.stripped = 0;
    if(st == PM_OK || !pk->lib_state) {
      pk->lib_ref = ref;
      pk->lib_state = st == PM_OK ? 1 : -1;
    }
  }
  if(pk->lib_state < 0) {
    *err = pk->lib_err;
    r->load_failed = 1;
    return PM_ERR_INPUT;
  }
  memset(&c, 0, sizeof c);
  c.file = r->file;
  c.pack = r->pack;
  c.rule = r;
  if(!debug && pm_index_code_ok(r->code, r->code_len, r->code_hash)) {   /* else compiled from the file */
    c.code = r->code;
    c.code_len = r->code_len;
    c.code_stripped = 1;
  }
  c.kind = KIND_CHECK;
  c.lib_ref = pk->lib_ref;
  release_check(e, r);   /* loaded again, with debug information */
  st = run_file(e, &c, err);
  if(st == PM_OK || st == PM_ERR_INPUT) {
    r->stripped = st == PM_OK && c.code != NULL;   /* the bytecode was used */
    r->load_failed = st != PM_OK;
  }
  return st;
}

/*
** Runs the data files of a rules root (taxonomy.lua, roles.lua, risk.lua,
** priority.lua, review.lua: those present), counting them in *found. With
** a cache, each from the bytecode an index entry keeps of it when the files
** have the identities the entry recorded; else compiled, and the entry
** written for the next run.
*/
static pm_status load_data(pm_engine *e, const char *dir, const char *real, int *found, pm_diag *err)
{
  static const struct {
    const char *name;
    int kind;
  } files[] = { { "taxonomy.lua", KIND_TAXONOMY }, { "roles.lua", KIND_ROLES }, { "risk.lua", KIND_RISK },
                { "priority.lua", KIND_PRIORITY }, { "review.lua", KIND_REVIEW } };
  pack_files pf;
  pm_index_entry en;
  int kinds[5], fd, fast = 0;
  size_t i, n = 0;
  pm_status st = PM_OK;
  pm_buf path, code;
  memset(&pf, 0, sizeof pf);
  memset(&en, 0, sizeof en);
  pf.dir = dir;
  pf.scan_time = pm_wall_ns();
  if((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
    return pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "cannot open the rules folder");
  if(!(pf.ids = pm_calloc(5, sizeof *pf.ids)))
    st = pm_diag_nomem(err);
  for(i = 0; i < 5 && st == PM_OK; i++) {
    struct stat sb;
    if(fstatat(fd, files[i].name, &sb, 0) != 0 || !S_ISREG(sb.st_mode))
      continue;
    if(!pm_strv_push(&pf.lib.names, files[i].name) || !pm_strv_push(&pf.files, files[i].name))
      st = pm_diag_nomem(err);
    else
      pm_file_id_of(&sb, &pf.ids[n]);
    kinds[n++] = files[i].kind;
  }
  close(fd);
  *found += (int)n;
  if(st == PM_OK && real && n) {
    int hit;
    st = index_path(e, "data\n", real, dir, &pf.index, err);
    if(st == PM_OK && pf.index && (hit = pm_index_open(pf.index, &en)) < 0)
      st = pm_diag_nomem(err);
    fast = st == PM_OK && pf.index && hit > 0 && same_files(&en, &pf) && same_libs(&en, &pf.lib) &&
           !pm_index_racy(&en, pf.ids, pf.files.n);
  }
  if(st == PM_OK && pf.index && !fast && n && !(pf.lib.code = pm_calloc(n, sizeof *pf.lib.code)))
    st = pm_diag_nomem(err);
  if(st == PM_OK && pf.lib.code && !(pf.lib.code_len = pm_calloc(n, sizeof *pf.lib.code_len)))
    st = pm_diag_nomem(err);
  pm_buf_init(&path, 0);
  pm_buf_init(&code, 0);
  for(i = 0; i < n && st == PM_OK; i++) {
    load_ctx c;
    path.len = 0;
    path.failed = 0;
    if(!pm_buf_addf(&path, "%s/%s", dir, pf.lib.names.v[i])) {
      st = pm_diag_nomem(err);
      break;
    }
    memset(&c, 0, sizeof c);
    c.lib_ref = LUA_NOREF;
    c.file = path.p;
    c.kind = kinds[i];
    if(fast && pm_index_code_ok(en.lib_code[i], en.lib_len[i], en.lib_hash[i])) {
      c.code = en.lib_code[i];
      c.code_len = en.lib_len[i];
    }
    code.len = 0;
    code.failed = 0;
    c.dump = pf.lib.code ? &code : NULL;
    st = run_file(e, &c, err);
    if(st == PM_OK && pf.lib.code && !code.failed)
      pf.lib.code[i] = pm_buf_take(&code, &pf.lib.code_len[i]);
  }
  pm_buf_free(&path);
  pm_buf_free(&code);
  if(st == PM_OK && pf.lib.code) {
    for(i = 0; i < n && pf.lib.code[i]; i++)
      ;
    if(i == n)
      save_index(e, &pf, e->nrules, "", &pf.lib);
  }
  pm_index_close(&en);
  pack_files_free(&pf);
  return st;
}

/*
** Runs a rules root's lib files, and sets *digest to the digest of their
** names and bytes. With a cache, like a pack: from the bytecode of an
** index entry when the files have the identities it recorded.
*/
static pm_status load_root_lib(pm_engine *e, const char *dir, const char *real, int *ref, uint64_t *digest,
                               pm_diag *err)
{
  pack_files pf;
  pm_index_entry en;
  pm_status st;
  int fast = 0, hit;
  memset(&pf, 0, sizeof pf);
  memset(&en, 0, sizeof en);
  pf.dir = dir;
  pf.scan_time = pm_wall_ns();
  *ref = LUA_NOREF;
  st = read_lib(dir, 0, &pf.lib, err);
  if(st == PM_OK && e->cache_dir && pf.lib.names.n) {
    if(!real)
      st = pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "cannot resolve the rules folder");
    if(st == PM_OK && (st = stat_files(&pf, 0, -1, err)) == PM_OK)
      st = index_path(e, "lib\n", real, dir, &pf.index, err);
    if(st == PM_OK && (hit = pm_index_open(pf.index, &en)) < 0)
      st = pm_diag_nomem(err);
    fast = st == PM_OK && hit > 0 && same_files(&en, &pf) && same_libs(&en, &pf.lib) &&
           !pm_index_racy(&en, pf.ids, pf.files.n);
    if(fast && !borrow_lib_code(&pf.lib, &en))
      st = pm_diag_nomem(err);
  }
  if(st == PM_OK && !fast && pf.lib.names.n) {
    pm_buf path;
    pm_buf_init(&path, 0);
    st = pm_buf_addf(&path, "%s/lib", dir) ? srcs_read(path.p, 1, &pf.lib, NULL, err) : pm_diag_nomem(err);
    pm_buf_free(&path);
  }
  if(st == PM_OK) {
    pf.digest = fast ? en.digest : srcs_digest(PM_HASH_SEED, "lib/", &pf.lib);
    *digest = pf.digest;
    st = run_lib(e, dir, &pf.lib, LUA_NOREF, pf.index && !fast ? DUMP_DEBUG : DUMP_NONE, ref, err);
  }
  if(st == PM_OK && pf.index && !fast && pf.lib.code)
    save_index(e, &pf, e->nrules, "", &pf.lib);
  pm_index_close(&en);
  pack_files_free(&pf);
  return st;
}

PM_API pm_status pm_engine_load_rules(pm_engine *e, const char *dir, int flags, pm_diags *problems,
                                      pm_diag *err)
{
  int root_lib = LUA_NOREF;
  uint64_t root_digest = 0, env;
  pm_buf path;
  pm_strv subs = { 0 };
  pm_status st;
  size_t i;
  int found = 0;

  if(!pm_is_dir(dir))
    return pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "not a rules directory");
  pm_buf_init(&path, 0);
  if(!pm_buf_addf(&path, "%s/pack.lua", dir))
    return pm_diag_nomem(err);
  if(pm_is_file(path.p)) {
    pm_buf_free(&path);
    if(flags & PM_LOAD_DATA_ONLY)
      return PM_OK;
    st = load_pack(e, dir, e->shared_lib, pack_env(e, e->shared_digest), problems, err);
    if(st == PM_OK)
      order_rules(e);
    return st;
  }
  pm_buf_free(&path);
  {
    /* with a cache, the data files and the shared lib have index entries keyed by the resolved folder */
    char *real = e->cache_dir ? realpath(dir, NULL) : NULL;
    st = load_data(e, dir, real, &found, err);
    /* <root>/lib: helpers every pack of this root shares */
    if(st == PM_OK && (!(flags & PM_LOAD_DATA_ONLY) || (flags & PM_LOAD_SHARED_LIB)))
      st = load_root_lib(e, dir, real, &root_lib, &root_digest, err);
    free(real);
    if(st != PM_OK)
      return st;
  }
  if((flags & PM_LOAD_DATA_ONLY) && !(flags & PM_LOAD_SHARED_LIB))
    return PM_OK;
  if(root_lib != LUA_NOREF) {
    e->shared_lib = root_lib;  /* packs loaded on their own later see it too */
    e->shared_digest = root_digest;
  }
  if(flags & PM_LOAD_DATA_ONLY)
    return PM_OK;
  if((st = pm_dir_list(dir, 1, NULL, &subs, err)) != PM_OK)
    return st;
  env = pack_env(e, root_lib == LUA_NOREF ? 0 : root_digest);
  for(i = 0; i < subs.n && st == PM_OK; i++) {
    pm_buf_init(&path, 0);
    if(!pm_buf_addf(&path, "%s/%s/pack.lua", dir, subs.v[i])) {
      st = pm_diag_nomem(err);
      break;
    }
    if(pm_is_file(path.p)) {
      path.len -= strlen("/pack.lua");
      path.p[path.len] = '\0';
      found++;
      st = load_pack(e, path.p, root_lib, env, problems, err);
      if(st == PM_ERR_INPUT || st == PM_ERR_IO) {
        /* a broken pack does not stop the others */
        st = keep_problem(problems, err) == PM_OK ? PM_OK : pm_diag_nomem(err);
      }
    }
    pm_buf_free(&path);
  }
  pm_strv_free(&subs);
  if(st == PM_OK && !found)
    return pm_diag_set(err, PM_ERR_INPUT, dir, 0, 0, "no rule packs here (a pack is a folder with pack.lua)");
  if(st == PM_OK)
    order_rules(e);
  return st;
}

/* ---- finalising ---- */

static int cmp_rule(const void *a, const void *b)
{
  const pm_rule *x = *(pm_rule *const *)a, *y = *(pm_rule *const *)b;
  return strcmp(x->id, y->id);
}

/* Sorts the rules by id, numbers them and applies the selection. Cheap: no allocation. */
static void order_rules(pm_engine *e)
{
  size_t i;
  if(e->nrules)
    qsort(e->rules, e->nrules, sizeof *e->rules, cmp_rule);
  for(i = 0; i < e->nrules; i++) {
    e->rules[i]->index = (int)i;
    e->rules[i]->selected = !e->select || pm_select_match(e->select, e->rules[i]);
  }
}

/*
** Builds the trigger automaton if rules were added since the last build.
** Loading only orders the rules; the automaton waits for the first check,
** so loading several folders builds it once, and listing rules never does.
*/
pm_status pm_engine_finalize(pm_engine *e, pm_diag *err)
{
  size_t i, k;
  pm_trigger *tr = NULL;
  uint64_t key = PM_HASH_SEED;
  char *path = NULL;
  if(!e->dirty && e->trig)
    return PM_OK;
  order_rules(e);
  if(e->cache_dir) {
    /* the automaton depends on every phrase and on the number of the rule it is for: nothing else */
    pm_buf b;
    for(i = 0; i < e->nrules; i++) {
      key = pm_hash64(key, &i, sizeof i);
      for(k = 0; k < e->rules[i]->triggers.n; k++)
        key = pm_hash64(key, e->rules[i]->triggers.v[k], strlen(e->rules[i]->triggers.v[k]) + 1);
    }
    pm_buf_init(&b, 0);
    if(!pm_buf_addf(&b, "%s/triggers/%016llx.trie", e->cache_dir, (unsigned long long)key)) {
      pm_buf_free(&b);
      return pm_diag_nomem(err);
    }
    path = pm_buf_take(&b, NULL);
    tr = pm_trigger_open(path, key);
  }
  if(!tr) {
    if(!(tr = pm_trigger_new())) {
      pm_free(path);
      return pm_diag_nomem(err);
    }
    for(i = 0; i < e->nrules; i++)
      for(k = 0; k < e->rules[i]->triggers.n; k++)
        if(!pm_trigger_add(tr, e->rules[i]->triggers.v[k], (int)i)) {
          pm_trigger_free(tr);
          pm_free(path);
          return pm_diag_nomem(err);
        }
    if(!pm_trigger_build(tr)) {
      pm_trigger_free(tr);
      pm_free(path);
      return pm_diag_nomem(err);
    }
    if(path)
      pm_trigger_save(tr, path, key);
  }
  pm_free(path);
  pm_trigger_free(e->trig);
  e->trig = tr;
  e->dirty = 0;
  return PM_OK;
}

static int cmp_id(const void *key, const void *elem)
{
  return strcmp(key, (*(pm_rule *const *)elem)->id);
}

const pm_rule *pm_engine_find_rule(const pm_engine *e, const char *id)
{
  pm_rule **r;
  if(!e->nrules)
    return NULL;
  r = bsearch(id, e->rules, e->nrules, sizeof *e->rules, cmp_id);
  return r ? *r : NULL;
}

static int eq_role(const char *a, const char *b)
{
  /* case-insensitive, surrounding white space ignored */
  size_t na, nb;
  while(*a == ' ')
    a++;
  while(*b == ' ')
    b++;
  na = strlen(a);
  nb = strlen(b);
  while(na && a[na - 1] == ' ')
    na--;
  while(nb && b[nb - 1] == ' ')
    nb--;
  if(na != nb)
    return 0;
  while(na--)
    if(tolower((unsigned char)a[na]) != tolower((unsigned char)b[na]))
      return 0;
  return 1;
}

int pm_engine_level(const pm_engine *e, int s, int l)
{
  if(!e->has_risk || s < 1 || s > PM_NLEVELS || l < 1 || l > PM_NLEVELS)
    return -1;
  return e->risk[s - 1][l - 1];
}

char pm_engine_priority(const pm_engine *e, int s, int o, int d)
{
  if(!e->has_ap || s < 1 || s > 10 || o < 1 || o > 10 || d < 1 || d > 10)
    return 0;
  return e->ap[e->band[0][s]][e->band[1][o]][e->band[2][d]];
}

int pm_engine_role_matches(const pm_engine *e, const char *role, const char *member_role)
{
  size_t i, k;
  if(eq_role(role, member_role))
    return 1;
  for(i = 0; i < e->nroles; i++)
    if(eq_role(e->roles[i].name, role))
      for(k = 0; k < e->roles[i].aliases.n; k++)
        if(eq_role(e->roles[i].aliases.v[k], member_role))
          return 1;
  return 0;
}

PM_API void pm_engine_rule_info(const pm_engine *e, size_t i, pm_rule_info *out)
{
  const pm_rule *r = e->rules[i];
  memset(out, 0, sizeof *out);
  out->id = r->id;
  out->pack = r->pack;
  out->title = r->title;
  out->category = r->category;
  out->file = r->file;
  out->due = r->due;
  out->rationale = r->rationale;
  out->wrong = r->wrong;
  out->selected = r->selected;
  out->phase = r->phase == PM_PHASE_PLAN ? "plan" : "checklist";
  out->triggers = (const char *const *)r->triggers.v;
  out->ntriggers = r->triggers.n;
  out->channels = (const char *const *)r->channels.v;
  out->nchannels = r->channels.n;
  out->mitigated_by = (const char *const *)r->mitigated_by.v;
  out->nmitigated_by = r->mitigated_by.n;
  out->has_check = r->has_check;
  out->fmea_s = r->fmea_s;
  out->fmea_o = r->fmea_o;
  out->fmea_d = r->fmea_d;
  out->severity = r->severity;
  out->likelihood = r->likelihood;
  out->causes = (const char *const *)r->causes.v;
  out->ncauses = r->causes.n;
  out->prevent = (const char *const *)r->prevent.v;
  out->nprevent = r->prevent.n;
  out->respond = (const char *const *)r->respond.v;
  out->nrespond = r->respond.n;
  out->owner = (const char *const *)r->owner.v;
  out->nowner = r->owner.n;
}
