/*
** engine.h: the engine handle, shared by the pack loader and the evaluator.
*/
#ifndef PM_ENGINE_H
#define PM_ENGINE_H

#include "model.h"
#include "sandbox.h"
#include "trigger.h"

#define PM_NLEVELS 5

typedef struct pm_role {
  char *name;
  pm_strv aliases;
} pm_role;

struct pm_engine {
  pm_options opt;
  pm_sandbox *sb;
  pm_rule **rules;          /* sorted by id once finalised */
  size_t nrules, caprules;
  int dirty;                /* rules added since the last finalise */
  pm_trigger *trig;
  pm_role *roles;
  size_t nroles, caproles;
  pm_strv categories;       /* taxonomy keys */
  char *risk[PM_NLEVELS][PM_NLEVELS];   /* level name by [severity-1][likelihood-1] */
  pm_strv levels;           /* level names, lowest first (risk.lua) */
  pm_strv packs;            /* names of loaded packs */
  pm_strv pack_dirs;        /* their folders, resolved */
};

/* Sorts the rules and rebuilds the trigger automaton if rules changed. */
pm_status pm_engine_finalize(pm_engine *e, pm_diag *err);
/* The rule with this id, or NULL. Needs a finalised engine. */
const pm_rule *pm_engine_find_rule(const pm_engine *e, const char *id);
/* 1 if a team role string (any case) names canonical role 'role' or one of its aliases. */
int pm_engine_role_matches(const pm_engine *e, const char *role, const char *member_role);

#endif
