/*
** sandbox.h: the Lua state rules run in. An allow list of libraries
** (base without load/dofile/loadfile/require/print/rawset/collectgarbage,
** plus read-only string, table, math, utf8), a counting allocator with a
** per-call cap, and an instruction budget whose exhaustion cannot be
** caught by the rule.
*/
#ifndef PM_SANDBOX_H
#define PM_SANDBOX_H
#include <stddef.h>

#include <lua.h>

#include "include/premortem.h"

typedef struct pm_sandbox pm_sandbox;

pm_sandbox *pm_sandbox_new(size_t state_memory, size_t call_memory, long call_instructions);
void pm_sandbox_free(pm_sandbox *sb);
lua_State *pm_sandbox_state(pm_sandbox *sb);

/*
** Pushes a fresh environment table for one rule file: reads fall through
** to the frozen base, writes raise "assignment to undeclared global".   [-0, +1, m]
** Must be called inside a protected call.
*/
void pm_sandbox_push_env(lua_State *L);

/*
** Calls the function under 'nargs' arguments on the stack with the limits
** armed and a message handler that adds the innermost rule file:line.
** On failure fills 'err' (message, source file and line when known) and
** leaves nothing on the stack; on success leaves 'nres' results.
*/
pm_status pm_sandbox_pcall(pm_sandbox *sb, int nargs, int nres, pm_diag *err);

/* Replaces the table at the top with a read-only proxy of it.   [-1, +1, m] */
void pm_sandbox_readonly(lua_State *L);

/* Like pm_sandbox_readonly, for every table reachable from the one at the top.   [-1, +1, m] */
void pm_sandbox_freeze(lua_State *L);

/* Bytes the state uses now. */
size_t pm_sandbox_memory(const pm_sandbox *sb);

#endif
