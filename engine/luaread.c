/*
** luaread.c: typed reads from Lua tables, raising errors that name the field.
*/
#include "luaread.h"

#include <lauxlib.h>
#include <string.h>

#include "alloc.h"
#include "text.h"

void pm_lua_check_utf8(lua_State *L, const char *s, size_t n, const char *field)
{
  size_t bad;
  const char *why;
  if(!pm_utf8_check(s, n, &bad, &why))
    luaL_error(L, "field '%s': not valid text (%s at byte %d)", field, why, (int)bad);
}

static int field_error(lua_State *L, const char *field, const char *fmt, const char *got)
{
  return luaL_error(L, "field '%s': %s%s%s", field, fmt, got ? ", got " : "", got ? got : "");
}

/* Pushes t[field] (metamethods allowed: this runs protected, under limits). */
static int get(lua_State *L, int t, const char *field) { return lua_getfield(L, t, field); }

char *pm_lua_string(lua_State *L, int t, const char *field, int required)
{
  char *s = NULL;
  int ty = get(L, t, field);
  if(ty == LUA_TNIL) {
    if(required)
      field_error(L, field, "required string is missing", NULL);
  } else if(ty != LUA_TSTRING)
    field_error(L, field, "expected a string", luaL_typename(L, -1));
  else {
    size_t n;
    const char *v = lua_tolstring(L, -1, &n);
    if(n == 0)
      field_error(L, field, "must not be empty", NULL);
    pm_lua_check_utf8(L, v, n, field);
    s = pm_strndup(v, n);
    if(!s)
      luaL_error(L, "out of memory");
  }
  lua_pop(L, 1);
  return s;
}

/* Reads a list of non-empty strings; a single string is taken as a list of one when 'one_ok'. */
void pm_lua_list(lua_State *L, int t, const char *field, pm_strv *out, int required, int one_ok)
{
  int ty = get(L, t, field);
  if(ty == LUA_TNIL) {
    if(required)
      field_error(L, field, "required list of strings is missing", NULL);
  } else if(ty == LUA_TSTRING && one_ok) {
    size_t len;
    const char *v = lua_tolstring(L, -1, &len);
    if(len == 0)
      field_error(L, field, "must not be empty", NULL);
    pm_lua_check_utf8(L, v, len, field);
    if(!pm_strv_push(out, v))
      luaL_error(L, "out of memory");
  } else if(ty != LUA_TTABLE)
    field_error(L, field, "expected a list of strings", luaL_typename(L, -1));
  else {
    lua_Integer i, n = luaL_len(L, -1);
    if(required && n == 0)
      field_error(L, field, "must not be empty", NULL);
    for(i = 1; i <= n; i++) {
      size_t len;
      const char *v;
      if(lua_geti(L, -1, i) != LUA_TSTRING)
        luaL_error(L, "field '%s': item %d: expected a string, got %s", field, (int)i, luaL_typename(L, -1));
      v = lua_tolstring(L, -1, &len);
      if(len == 0)
        luaL_error(L, "field '%s': item %d: must not be empty", field, (int)i);
      pm_lua_check_utf8(L, v, len, field);
      if(!pm_strv_push_n(out, v, len))
        luaL_error(L, "out of memory");
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
}

int pm_lua_int(lua_State *L, int t, const char *field, int lo, int hi, int dflt, int required)
{
  int ty = get(L, t, field), isint;
  lua_Integer v;
  if(ty == LUA_TNIL) {
    if(required)
      luaL_error(L, "field '%s': required integer %d..%d is missing", field, lo, hi);
    lua_pop(L, 1);
    return dflt;
  }
  v = lua_tointegerx(L, -1, &isint);
  if(ty != LUA_TNUMBER || !isint || v < lo || v > hi)
    luaL_error(L, "field '%s': expected an integer %d..%d, got %s", field, lo, hi,
               ty == LUA_TNUMBER ? lua_tostring(L, -1) : luaL_typename(L, -1));
  lua_pop(L, 1);
  return (int)v;
}

/* Every key of the table at 't' must be one of 'allowed'. */
void pm_lua_check_keys(lua_State *L, int t, const char *const *allowed, const char *what)
{
  lua_pushnil(L);
  while(lua_next(L, t)) {
    const char *k;
    int i, ok = 0;
    if(lua_type(L, -2) != LUA_TSTRING)
      luaL_error(L, "%s has a key that is not a name (%s)", what, luaL_typename(L, -2));
    k = lua_tostring(L, -2);
    for(i = 0; allowed[i]; i++)
      if(strcmp(k, allowed[i]) == 0)
        ok = 1;
    if(!ok)
      luaL_error(L, "unknown field '%s' in %s", k, what);
    lua_pop(L, 1);
  }
}

