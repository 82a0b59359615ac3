/*
** sandbox.c: a Lua state for untrusted rules.
**
** What it guarantees: rules see only the allowed functions; they cannot
** read or write files, run programs, load modules or binary chunks, or
** change the libraries other rules see; a call that allocates more than
** its cap fails with a memory error; a call that runs more than its
** instruction budget is stopped, and its own pcall cannot stop the stop.
** What it does not: see docs/security.md.
*/
#include "sandbox.h"

#include <lauxlib.h>
#include <lualib.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "diag.h"
#include "pool.h"

#define HOOK_STEP 1000

struct pm_sandbox {
  lua_State *L;
  size_t used, limit;        /* bytes in use; 0 limit: none */
  size_t state_memory, call_memory;
  long call_instructions, spent;
  int armed;
  int limit_hit;             /* 1: instructions; 2: memory */
  pm_pool pool;              /* the state's blocks */
};

static void *l_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
  pm_sandbox *sb = ud;
  size_t old = ptr ? osize : 0;
  void *np;
  if(nsize == 0) {
    pm_pool_realloc(&sb->pool, ptr, old, 0);
    sb->used -= old;
    return NULL;
  }
  if(nsize > old && sb->limit && sb->used - old + nsize > sb->limit) {
    if(sb->armed)
      sb->limit_hit = 2;
    return NULL;
  }
  np = pm_pool_realloc(&sb->pool, ptr, old, nsize);
  if(!np)
    return NULL;
  sb->used = sb->used - old + nsize;
  return np;
}

static int l_panic(lua_State *L)
{
  /* Every entry into Lua is protected; reaching here is a bug. Do not exit: abort loudly. */
  const char *msg = lua_tostring(L, -1);
  fprintf(stderr, "premortem: internal error: unprotected Lua error: %s\n", msg ? msg : "?");
  return 0;  /* Lua then aborts */
}

static pm_sandbox *get_sb(lua_State *L)
{
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

static void hook(lua_State *L, lua_Debug *ar)
{
  pm_sandbox *sb = get_sb(L);
  (void)ar;
  if(!sb->armed)
    return;
  if(sb->limit_hit == 1) {
    luaL_error(L, "instruction limit exceeded");
    return;
  }
  sb->spent += HOOK_STEP;
  if(sb->spent > sb->call_instructions) {
    sb->limit_hit = 1;
    /* from now on fire at every instruction, so no pcall inside the rule outlives it */
    lua_sethook(L, hook, LUA_MASKCOUNT, 1);
    luaL_error(L, "instruction limit exceeded");
  }
}

static int deny_write(lua_State *L)
{
  const char *k = lua_tostring(L, 2);
  return luaL_error(L, "assignment to undeclared global '%s' (declare it local)", k ? k : "?");
}

static int deny_ro(lua_State *L)
{
  const char *k = lua_tostring(L, 2);
  return luaL_error(L, "attempt to modify read-only table (field '%s')", k ? k : "?");
}

#define PM_REG_BASE "premortem.base"
#define PM_REG_ENVMT "premortem.envmt"
#define PM_REG_NEXT "premortem.next"

/* __len of a read-only proxy: the real table's length. */
static int proxy_len(lua_State *L)
{
  if(!lua_getmetatable(L, 1))
    return luaL_error(L, "not a read-only table");
  lua_getfield(L, -1, "__index");
  lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
  return 1;
}

/* __pairs of a read-only proxy: iterate the real table.   [-0, +3, -] */
static int proxy_pairs(lua_State *L)
{
  lua_getfield(L, LUA_REGISTRYINDEX, PM_REG_NEXT);
  if(!lua_getmetatable(L, 1))
    return luaL_error(L, "not a read-only table");
  lua_getfield(L, -1, "__index");
  lua_remove(L, -2);
  lua_pushnil(L);
  return 3;
}

/*
** setmetatable for rules: a __gc finalizer would run during collection,
** outside any rule's limits, so it is refused. (Lua marks an object for
** finalization only if __gc is present when setmetatable is called.)
*/
static int safe_setmetatable(lua_State *L)
{
  if(lua_type(L, 2) == LUA_TTABLE) {
    lua_pushliteral(L, "__gc");
    if(lua_rawget(L, 2) != LUA_TNIL)
      return luaL_error(L, "metatables with __gc are not allowed in rules");
    lua_pop(L, 1);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* Replaces the table at the top with a read-only proxy of it.   [-1, +1, m] */
void pm_sandbox_readonly(lua_State *L)
{
  lua_newtable(L);                 /* proxy */
  lua_createtable(L, 0, 5);        /* its metatable */
  lua_pushvalue(L, -3);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, deny_ro);
  lua_setfield(L, -2, "__newindex");
  lua_pushcfunction(L, proxy_pairs);
  lua_setfield(L, -2, "__pairs");
  lua_pushcfunction(L, proxy_len);
  lua_setfield(L, -2, "__len");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  lua_remove(L, -2);
}

/*
** No xpcall: when the instruction hook raises its error, Lua runs the
** message handler with hooks still disabled, so a Lua handler could loop
** forever. pcall has no handler and stays.
*/
/* [t] -> [proxy], freezing every table reachable from t; 'seen' maps tables to proxies. */
static void freeze(lua_State *L, int seen)
{
  luaL_checkstack(L, 8, "tables nested too deeply");
  lua_pushvalue(L, -1);
  if(lua_rawget(L, seen) != LUA_TNIL) {  /* already frozen (a cycle or a shared table) */
    lua_remove(L, -2);
    return;
  }
  lua_pop(L, 1);
  lua_pushvalue(L, -1);
  pm_sandbox_readonly(L);                  /* [t, proxy] */
  lua_pushvalue(L, -2);
  lua_pushvalue(L, -2);
  lua_rawset(L, seen);
  lua_pushnil(L);
  while(lua_next(L, -3)) {                 /* [t, proxy, k, v] */
    if(lua_type(L, -1) == LUA_TTABLE) {
      freeze(L, seen);
      lua_pushvalue(L, -2);
      lua_insert(L, -2);                   /* [t, proxy, k, k, frozen] */
      lua_rawset(L, -5);                   /* t[k] = frozen: an existing key, safe while iterating */
    } else
      lua_pop(L, 1);
  }
  lua_remove(L, -2);
}

void pm_sandbox_freeze(lua_State *L)
{
  lua_newtable(L);
  lua_insert(L, -2);
  freeze(L, lua_gettop(L) - 1);
  lua_remove(L, -2);
}

/* ---- pattern guard ---- */

/*
** The instruction hook cannot stop a C function, and Lua's pattern matcher
** backtracks: each unbounded quantifier ('*', '+', '-') on a class that
** matches nearly anything ('.', [^...], %A...) multiplies the worst-case
** work by the subject's length. Before string.find/match/gmatch/gsub run,
** this estimates that worst case as len^q (q: such quantifiers, when there
** are two or more) and refuses patterns whose estimate is over
** PM_PATTERN_BUDGET. Repeated narrow classes that overlap ('%a*%a*%a*x')
** are not caught: see docs/security.md.
*/
#define PM_PATTERN_BUDGET 1e11

static int pattern_quantifiers(const char *p, size_t n)
{
  size_t i = 0;
  int q = 0;
  while(i < n) {
    size_t start = i;
    if(p[i] == '%') {
      if(i + 1 < n && (p[i + 1] == 'b'))
        i += 4;  /* %bxy: balanced, linear */
      else if(i + 1 < n && p[i + 1] == 'f') {
        i += 2;  /* %f[set]: a frontier */
        if(i < n && p[i] == '[') {
          i++;
          if(i < n && p[i] == ']')
            i++;
          while(i < n && p[i] != ']')
            i += p[i] == '%' ? 2 : 1;
          i++;
        }
        continue;
      } else
        i += 2;
    } else if(p[i] == '[') {
      i++;
      if(i < n && p[i] == '^')
        i++;
      if(i < n && p[i] == ']')
        i++;
      while(i < n && p[i] != ']')
        i += p[i] == '%' ? 2 : 1;
      i++;
    } else if(p[i] == '(' || p[i] == ')' || (p[i] == '^' && i == 0) || (p[i] == '$' && i + 1 == n)) {
      i++;
      continue;
    } else
      i++;
    /*
    ** Count repetitions of classes that match nearly anything: '.', a
    ** complemented set [^...] or a complemented class (%A, %S, ...). Those
    ** are what makes '.-x.-y.-z' backtrack without end.
    */
    if(i < n && (p[i] == '*' || p[i] == '+' || p[i] == '-')) {
      int wide = p[start] == '.' || (p[start] == '[' && start + 1 < n && p[start + 1] == '^') ||
                 (p[start] == '%' && start + 1 < n && isupper((unsigned char)p[start + 1]));
      q += wide;
      i++;
    } else if(i < n && p[i] == '?')
      i++;
  }
  return q;
}

static int guarded(lua_State *L)
{
  size_t len, plen;
  const char *pat;
  luaL_checklstring(L, 1, &len);
  pat = luaL_checklstring(L, 2, &plen);
  /* string.find(s, p, init, true) is a plain search: nothing to guard */
  if(!(lua_toboolean(L, lua_upvalueindex(2)) && lua_toboolean(L, 4))) {
    int q = pattern_quantifiers(pat, plen);
    if(q >= 2 && len > 1 && pow((double)len, q) > PM_PATTERN_BUDGET)
      return luaL_error(L, "pattern too costly for a text of %d bytes (%d unbounded repetitions could "
                           "backtrack for hours): anchor it, split the text into sentences, or use fewer '.-'",
                        (int)len, q);
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
  return lua_gettop(L);
}

/* Wraps string.find, match, gmatch and gsub of the string table at -1 with the guard. */
static void guard_patterns(lua_State *L)
{
  static const char *const fns[] = { "find", "match", "gmatch", "gsub", NULL };
  int i;
  for(i = 0; fns[i]; i++) {
    lua_getfield(L, -1, fns[i]);
    lua_pushboolean(L, strcmp(fns[i], "find") == 0);  /* find has a plain mode */
    lua_pushcclosure(L, guarded, 2);
    lua_setfield(L, -2, fns[i]);
  }
}

static const char *const base_allowed[] = {
  "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "rawequal", "rawget",
  "rawlen", "select", "tonumber", "tostring", "type", "_VERSION", NULL
};

static const struct {
  const char *name;
  lua_CFunction open;
} libs[] = {
  { LUA_STRLIBNAME, luaopen_string },
  { LUA_TABLIBNAME, luaopen_table },
  { LUA_MATHLIBNAME, luaopen_math },
  { LUA_UTF8LIBNAME, luaopen_utf8 },
};

/* Builds the frozen base table and the env metatable; runs protected. */
static int setup(lua_State *L)
{
  size_t i;
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  lua_pop(L, 1);
  lua_getglobal(L, "next");
  lua_setfield(L, LUA_REGISTRYINDEX, PM_REG_NEXT);
  lua_newtable(L);                                 /* base */
  for(i = 0; base_allowed[i]; i++) {
    lua_getglobal(L, base_allowed[i]);
    lua_setfield(L, -2, base_allowed[i]);
  }
  lua_getglobal(L, "setmetatable");
  lua_pushcclosure(L, safe_setmetatable, 1);
  lua_setfield(L, -2, "setmetatable");
  for(i = 0; i < sizeof libs / sizeof libs[0]; i++) {
    luaL_requiref(L, libs[i].name, libs[i].open, 0);
    if(strcmp(libs[i].name, LUA_STRLIBNAME) == 0) {
      lua_pushnil(L);
      lua_setfield(L, -2, "dump");                 /* no binary chunks out either */
      guard_patterns(L);  /* the real table: ("x"):find(...) goes through the strings' metatable to it */
    }
    if(strcmp(libs[i].name, LUA_MATHLIBNAME) == 0) {
      /* determinism: the same plan and rules give the same output */
      lua_pushnil(L);
      lua_setfield(L, -2, "random");
      lua_pushnil(L);
      lua_setfield(L, -2, "randomseed");
    }
    pm_sandbox_readonly(L);
    lua_setfield(L, -2, libs[i].name);
  }
  /* strings' metatable: hide it, so string methods cannot be replaced */
  lua_pushliteral(L, "");
  lua_getmetatable(L, -1);
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_pop(L, 2);
  lua_setfield(L, LUA_REGISTRYINDEX, PM_REG_BASE);

  lua_createtable(L, 0, 3);                        /* env metatable */
  lua_getfield(L, LUA_REGISTRYINDEX, PM_REG_BASE);
  lua_setfield(L, -2, "__index");
  lua_pushcfunction(L, deny_write);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setfield(L, LUA_REGISTRYINDEX, PM_REG_ENVMT);
  return 0;
}

void pm_sandbox_push_env(lua_State *L)
{
  lua_newtable(L);
  lua_getfield(L, LUA_REGISTRYINDEX, PM_REG_ENVMT);
  lua_setmetatable(L, -2);
}

pm_sandbox *pm_sandbox_new(size_t state_memory, size_t call_memory, long call_instructions)
{
  pm_sandbox *sb = pm_calloc(1, sizeof *sb);
  if(!sb)
    return NULL;
  sb->state_memory = state_memory;
  sb->call_memory = call_memory;
  sb->call_instructions = call_instructions;
  sb->limit = state_memory;
  sb->L = lua_newstate(l_alloc, sb);
  if(!sb->L) {
    pm_pool_free(&sb->pool);   /* Lua gave its blocks back; the slabs are still ours */
    pm_free(sb);
    return NULL;
  }
  lua_atpanic(sb->L, l_panic);
  lua_pushcfunction(sb->L, setup);
  if(lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
    pm_sandbox_free(sb);
    return NULL;
  }
  return sb;
}

void pm_sandbox_free(pm_sandbox *sb)
{
  if(!sb)
    return;
  /*
  ** Every block of the state is the pool's, and no object needs finalising
  ** (rules cannot set __gc; the engine's userdata have none): returning the
  ** pool frees the state without lua_close walking each object.
  */
  pm_pool_free(&sb->pool);
  pm_free(sb);
}

lua_State *pm_sandbox_state(pm_sandbox *sb) { return sb->L; }

size_t pm_sandbox_memory(const pm_sandbox *sb) { return sb->used; }

/* Lift the limits: what follows is the engine's, not the rule's. */
static void disarm(pm_sandbox *sb)
{
  sb->armed = 0;
  sb->limit = sb->state_memory;
  lua_sethook(sb->L, NULL, 0, 0);
}

static int is_rule_frame(lua_Debug *ar) { return ar->currentline > 0 && ar->source[0] == '@'; }

/*
** Message handler: turns the error into a string that names the rule file
** and line (the innermost Lua frame), and replaces limit errors with a
** clear message. Limits are lifted first, so the handler itself can run.
*/
static int msghandler(lua_State *L)
{
  pm_sandbox *sb = get_sb(L);
  const char *msg = lua_tostring(L, 1);
  lua_Debug ar;
  int level;
  int hit = sb->limit_hit;
  disarm(sb);
  if(!msg)  /* never call a __tostring: it would run rule code without limits */
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  if(hit == 1)
    msg = lua_pushfstring(L, "instruction limit of %I exceeded", (lua_Integer)sb->call_instructions);
  for(level = 0; lua_getstack(L, level, &ar); level++) {
    lua_getinfo(L, "Sl", &ar);
    if(is_rule_frame(&ar)) {
      /* add the location unless the message already starts with it */
      const char *src = ar.source + 1;
      size_t n = strlen(src);
      if(hit || strncmp(msg, src, n) != 0)
        msg = lua_pushfstring(L, "%s:%d: %s", src, ar.currentline, msg);
      break;
    }
  }
  lua_pushstring(L, msg);
  return 1;
}

/* Splits "file:line: message" into the diagnostic's fields. */
static void split_location(pm_diag *d, const char *msg)
{
  const char *p = strstr(msg, ".lua:");
  if(p) {
    const char *q = p + 5;
    int line = 0;
    while(*q >= '0' && *q <= '9')
      line = line * 10 + (*q++ - '0');
    if(line > 0 && q[0] == ':' && q[1] == ' ') {
      char src[sizeof d->source];
      size_t n = (size_t)(p + 4 - msg);
      if(n >= sizeof src)
        n = sizeof src - 1;
      memcpy(src, msg, n);
      src[n] = '\0';
      pm_copy_str(d->source, sizeof d->source, src);
      d->line = line;
      pm_copy_str(d->message, sizeof d->message, q + 2);
      return;
    }
  }
  pm_copy_str(d->message, sizeof d->message, msg);
}

pm_status pm_sandbox_pcall(pm_sandbox *sb, int nargs, int nres, pm_diag *err)
{
  lua_State *L = sb->L;
  int fn = lua_gettop(L) - nargs, rc;
  long failures = pm_alloc_failures();
  if(!lua_checkstack(L, 2))
    return pm_diag_nomem(err);
  lua_pushcfunction(L, msghandler);
  lua_insert(L, fn);
  sb->spent = 0;
  sb->limit_hit = 0;
  sb->limit = sb->used + sb->call_memory;
  if(sb->limit > sb->state_memory)
    sb->limit = sb->state_memory;
  sb->armed = 1;
  lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_STEP);
  rc = lua_pcall(L, nargs, nres, fn);
  disarm(sb);
  lua_remove(L, fn);
  if(rc == LUA_OK)
    return PM_OK;
  pm_diag_set(err, PM_ERR_RULE, NULL, 0, 0, "%s", "");
  if(pm_alloc_failures() != failures) {
    /* the process ran out of memory (not a rule's cap): whatever Lua made of it */
    err->code = PM_ERR_NOMEM;
    snprintf(err->message, sizeof err->message, "out of memory");
  } else if(rc == LUA_ERRMEM) {
    if(sb->limit_hit == 2)
      snprintf(err->message, sizeof err->message, "memory limit of %zu bytes exceeded", sb->call_memory);
    else {
      err->code = PM_ERR_NOMEM;
      snprintf(err->message, sizeof err->message, "out of memory");
    }
  } else if(rc == LUA_ERRERR) {
    snprintf(err->message, sizeof err->message, "error while handling an error (%s)",
             lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
  } else {
    split_location(err, lua_tostring(L, -1) ? lua_tostring(L, -1) : "error");
  }
  lua_pop(L, 1);
  lua_gc(L, LUA_GCCOLLECT);
  return err->code;
}
