/*
** engine.h: the engine handle, shared by the pack loader and the evaluator.
*/
#ifndef PM_ENGINE_H
#define PM_ENGINE_H

#include <stdint.h>

#include "index.h"
#include "model.h"
#include "sandbox.h"
#include "trigger.h"

#define PM_NLEVELS 5        /* severity and likelihood run 1..5 */
#define PM_MAXLEVELS 8      /* at most this many risk level names */
#define PM_MAXGRADES 8

typedef struct pm_role {
  char *name;
  pm_strv aliases;
} pm_role;

/* Files of one folder read ahead: sorted names and their bytes (NULL: could not be read). */
typedef struct pm_srcs {
  pm_strv names;
  char **data;
  size_t *len;
  char **code;              /* bytecode of each (lib files from the index), or NULL */
  size_t *code_len;
  const uint64_t *code_hash;/* borrowed code: its digests in the index entry */
  int borrowed;             /* code points into an index entry */
  int stripped;             /* code has no debug information (a pack's lib from the index) */
} pm_srcs;

/* A pack whose rules came from the index: what compiling one of its checks needs. */
typedef struct pm_pack_rt {
  char *dir;
  int root_lib;             /* registry ref its lib falls back to, or LUA_NOREF */
  int lib_ref;              /* its lib table once loaded */
  int lib_state;            /* 0: not loaded yet, 1: loaded, -1: failed (lib_err says why) */
  pm_diag lib_err;
  pm_srcs lib;              /* its lib files (names, and bytecode from the index entry) */
  pm_index_entry idx;       /* the mapped entry its rules point into */
  char *paths;              /* its rules' file names */
} pm_pack_rt;

struct pm_engine {
  pm_options opt;
  char *cache_dir;          /* rule index cache (opt.cache_dir copied), or NULL */
  pm_pack_rt *prt;          /* packs loaded from the index */
  size_t nprt, capprt;
  uint64_t shared_digest;   /* of the files of shared_lib */
  pm_sandbox *sb;
  pm_rule **rules;          /* sorted by id once finalised */
  pm_rule **ids;            /* the same rules by id: an open-addressing table of id_cap slots */
  size_t id_cap;
  size_t nrules, caprules;
  int dirty;                /* rules added since the last finalise */
  pm_trigger *trig;
  pm_role *roles;
  size_t nroles, caproles;
  pm_strv categories;       /* taxonomy keys */
  /* risk.lua: levels (lowest first), the matrix as level indexes, readiness data */
  pm_strv levels;
  int risk[PM_NLEVELS][PM_NLEVELS];     /* [severity-1][likelihood-1]; -1 until loaded */
  int has_risk;
  int points[PM_MAXLEVELS];             /* readiness points an open item loses, by level */
  int unowned_points;
  int blocking_level;                   /* index into levels */
  struct { int min; char grade[8]; } grades[PM_MAXGRADES];
  int ngrades;
  /* priority.lua: FMEA action priority */
  int has_ap;
  unsigned char band[3][11];            /* [S/O/D][rating 1..10] -> band index */
  char ap[5][5][5];                     /* [severity band][occurrence band][detection band] = 'H', 'M', 'L' */
  struct pm_select *select; /* --select expression, or NULL */
  /* review.lua: post-mortem follow-up steps */
  struct pm_review_step {
    char *id, *title, *action;
    pm_strv owner;
    int due, customers_only;
  } *steps;
  size_t nsteps;
  pm_strv packs;            /* names of loaded packs */
  pm_strv pack_dirs;        /* their folders, resolved */
  int shared_lib;           /* registry ref of a root's lib/ loaded with PM_LOAD_SHARED_LIB, or LUA_NOREF */
};

/*
** Loads an indexed rule's check function (and its pack's lib on first
** use): from the bytecode the index keeps, which has no debug information,
** or with 'debug' compiled from the file (errors then name file and line:
** run_one does this when a check loaded from bytecode fails, and runs it
** again). PM_ERR_INPUT: it failed, err says why, and the rule stays
** failed; PM_ERR_NOMEM as usual.
*/
pm_status pm_engine_load_check(pm_engine *e, pm_rule *r, int debug, pm_diag *err);

/* Sorts the rules and rebuilds the trigger automaton if rules changed. */
pm_status pm_engine_finalize(pm_engine *e, pm_diag *err);
/* The rule with this id, or NULL. Needs a finalised engine. */
const pm_rule *pm_engine_find_rule(const pm_engine *e, const char *id);
/* The level index of severity s and likelihood l (1..5), or -1 without a risk matrix. */
int pm_engine_level(const pm_engine *e, int s, int l);
/* 'H', 'M' or 'L' for FMEA ratings (1..10), or 0 without a priority table. */
char pm_engine_priority(const pm_engine *e, int s, int o, int d);
/* 1 if a team role string (any case) names canonical role 'role' or one of its aliases. */
int pm_engine_role_matches(const pm_engine *e, const char *role, const char *member_role);

#endif
