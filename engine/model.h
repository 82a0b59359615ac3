/*
** model.h: the data model shared by the engine's modules: rules, plans,
** items and the checklist. Strings are owned by the struct that holds
** them unless a comment says "borrowed".
*/
#ifndef PM_MODEL_H
#define PM_MODEL_H
#include <stddef.h>
#include <stdint.h>

#include "include/premortem.h"
#include "json.h"
#include "text.h"

/* A list of owned strings. */
typedef struct pm_strv {
  char **v;
  size_t n, cap;
} pm_strv;

int pm_strv_push(pm_strv *sv, const char *s);           /* copies; 0 on out of memory */
int pm_strv_push_n(pm_strv *sv, const char *s, size_t n);
void pm_strv_free(pm_strv *sv);
int pm_strv_has(const pm_strv *sv, const char *s);

enum { PM_PHASE_PLAN = 0, PM_PHASE_CHECKLIST = 1 };

typedef struct pm_rule {
  char *id, *pack, *file;
  char *title, *category, *rationale, *wrong, *due;
  int severity, likelihood, phase;
  int fmea_s, fmea_o, fmea_d;      /* FMEA ratings 1..10, 0 when the rule gives none */
  pm_strv triggers, channels, causes, prevent, respond, owner, mitigated_by;
  int has_check;          /* the rule has a check function */
  int check_ref;          /* registry reference of rule.check, or LUA_NOREF until compiled */
  int load_failed;        /* compiling it for its check failed: it fails every check */
  int pack_ix;            /* the engine's pack record of an indexed rule, or -1 */
  char *code;             /* its bytecode, compiled by premortem from 'source' (index only) */
  size_t code_len;
  uint64_t code_hash;     /* the digest the index keeps of 'code' (borrowed rules) */
  int borrowed;           /* strings, lists and code point into a mapped index entry: not freed */
  int stripped;           /* its check was loaded from bytecode without debug information */
  int selected;           /* matches the engine's --select expression (1 without one) */
  int index;              /* position in the engine's sorted rule array */
} pm_rule;

void pm_rule_free(pm_rule *r);

typedef struct pm_member {
  char *name, *backup;
  pm_strv roles;
} pm_member;

typedef struct pm_mitigation {
  char *rule, *note, *by;
  int line, col;          /* of the entry in the plan file, 0 if unknown */
} pm_mitigation;

/* Plan text fields the trigger scan reads, in this order. */
enum { PM_FIELD_TITLE = 0, PM_FIELD_ANNOUNCEMENT = 1, PM_NFIELDS = 2 };

struct pm_plan {
  char *source;           /* file name as given */
  char *data;             /* the file's bytes */
  size_t len;
  int is_json;
  pm_json json;           /* parsed plan (root owned) when is_json */
  char *team_data;        /* --team file bytes, and its parse */
  pm_json team_json;
  char *title, *announcement, *launch_date, *owner;
  int title_in_text;      /* text plans: the title is part of the announcement */
  long launch_days;
  int has_launch;
  pm_strv channels, regions;
  double expected;
  int has_expected;
  pm_member *team;
  size_t nteam;
  pm_mitigation *mits;
  size_t nmits;
  const cJSON *facts;     /* borrowed from json.root: free-form */
  const cJSON *settings;  /* borrowed: free-form settings rules may read */
  char *id_json;          /* the plan's "id" (batch mode) as JSON text, or NULL */
  const cJSON *title_node, *announcement_node;  /* borrowed, JSON plans only */
  int *chan_line, *chan_col;                    /* file positions of channels' opening quotes, 0 if unknown */
  pm_lines lines;         /* line starts of the plan file */
  size_t text_base;       /* text plans: file offset of the announcement (after a BOM) */
};

typedef struct pm_evidence {
  int field;              /* PM_FIELD_* or -1 for a plan field named in 'source' */
  char *source;           /* NULL: the field's name */
  char *text;
  char *by;               /* mitigations: who did it */
  int line, col;
  size_t offset;
} pm_evidence;

typedef struct pm_item {
  char *id, *subject;
  const pm_rule *rule;    /* borrowed from the engine */
  /* overrides from check(); NULL or empty: the rule's own */
  char *title, *wrong;
  char *due_own;          /* a check()'s own due offset ("T-30d"), or NULL */
  int severity, likelihood;       /* the rule's, a check()'s own, the likelihood raised by history */
  int raised;             /* likelihood raised this much by incidents in the history */
  size_t hist[4];         /* indexes of those incidents in the history */
  size_t nhist;
  pm_strv causes, prevent, respond, owner_roles;
  pm_evidence *ev;
  size_t nev, capev;
  pm_evidence *mit;       /* mitigation evidence found in the plan */
  size_t nmit, capmit;
  /* accountability, resolved after the rules ran */
  const char *owner_name, *owner_role, *owner_via, *owner_backup;  /* borrowed */
  long due_days;
  int has_due;
  size_t seq;             /* creation order within a check */
  /* tracked status, merged from the state file (strings borrowed from it) */
  int status;             /* PM_ST_* (state.h) */
  const char *st_by, *st_note, *st_at, *st_until;
  int expired;            /* an acceptance whose 'until' has passed: open again */
  /* scoring (score.c) */
  int mit_kinds;          /* kinds of mitigation evidence: plan phrases, plan entries */
  int level, res_level;   /* level index before and after mitigation; -1 without a matrix */
  int res_likelihood;
  char priority, res_priority;  /* FMEA action priority 'H'/'M'/'L', 0 when not rated */
  int res_occurrence;
  int points;             /* readiness points this item costs the plan */
  int blocking;           /* open and blocks the gate */
} pm_item;

void pm_item_free(pm_item *it);
/* The item's due offset: the check()'s own or the rule's. */
const char *pm_item_due_rule(const pm_item *it);
int pm_item_add_evidence(pm_item *it, int mit, int field, const char *source, const char *text,
                         size_t tlen, int line, int col, size_t offset);
const char *pm_field_name(int field);

struct pm_state;

typedef struct pm_score {
  int readiness, lost, fail_under, passed;
  const char *grade;      /* borrowed from the engine */
  size_t open, done, waived, accepted, unowned, blocking;
} pm_score;

struct pm_checklist {
  const pm_plan *plan;    /* borrowed: the plan outlives the checklist's writers */
  pm_score score;
  const struct pm_state *state;   /* borrowed, may be NULL */
  const struct pm_history *history;  /* borrowed, may be NULL */
  char today[11];         /* "" when not given */
  char *source, *title, *launch_date, *owner;
  pm_item **items;        /* sorted by id */
  size_t nitems, capitems;
  pm_diags diags;
  size_t rule_errors;
};

#endif
