/*
** luaread.h: reading typed fields out of Lua tables that rules return,
** with errors that name the field. Every function runs inside a protected
** call and raises on a bad value; C memory it allocates is stored into the
** caller's struct at once, so a raise never leaks it.
*/
#ifndef PM_LUAREAD_H
#define PM_LUAREAD_H
#include <lua.h>

#include "model.h"

/* t[field] as an owned string; NULL if absent (raises if 'required'). */
char *pm_lua_string(lua_State *L, int t, const char *field, int required);
/* t[field] as a list of non-empty strings appended to 'out'; a lone string counts as one when 'one_ok'. */
void pm_lua_list(lua_State *L, int t, const char *field, pm_strv *out, int required, int one_ok);
/* t[field] as an integer lo..hi; 'dflt' if absent and not required. */
int pm_lua_int(lua_State *L, int t, const char *field, int lo, int hi, int dflt, int required);
/* Raises unless 's' is UTF-8 without NUL bytes. */
void pm_lua_check_utf8(lua_State *L, const char *s, size_t n, const char *field);
/* Raises unless every key of the table at 't' is one of 'allowed' (NULL-terminated). */
void pm_lua_check_keys(lua_State *L, int t, const char *const *allowed, const char *what);

#endif
