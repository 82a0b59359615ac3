/*
** premortem.h: the public interface of the premortem library.
**
** premortem turns a launch plan into an accountable checklist by running
** sandboxed Lua rule packs over it. This header is the only one a client
** (the CLI included) may use. Handles are opaque; every fallible call
** returns a pm_status and, on failure, fills a caller-provided pm_diag.
** The library never prints and never exits.
*/
#ifndef PREMORTEM_H
#define PREMORTEM_H

#include <stddef.h>
#include <stdio.h>

#if defined(__GNUC__)
#define PM_API __attribute__((visibility("default")))
#else
#define PM_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

#define PM_VERSION "0.1.0"
#define PM_ENGINE_API 1            /* rule packs declare `engine = 1` */
#define PM_CHECKLIST_SCHEMA "premortem.checklist/1"

typedef enum pm_status {
  PM_OK = 0,
  PM_ERR_USAGE,     /* bad arguments to an API call or the CLI */
  PM_ERR_INPUT,     /* malformed plan, roster or rule file */
  PM_ERR_RULE,      /* a rule failed while running */
  PM_ERR_NOMEM,     /* an allocation failed */
  PM_ERR_IO,        /* a file could not be read or written */
  PM_ERR_LIMIT      /* an input is larger than a configured limit */
} pm_status;

typedef enum pm_level { PM_LEVEL_ERROR = 0, PM_LEVEL_WARNING, PM_LEVEL_NOTE } pm_level;

/*
** One diagnostic: where (source file, 1-based line and column in Unicode
** code points; 0 when unknown), what, and which rule if any.
*/
typedef struct pm_diag {
  pm_status code;
  pm_level level;
  int line, col;
  char source[512];
  char rule[128];
  char message[768];
} pm_diag;

/* A growable list of diagnostics, owned by whoever created it. */
typedef struct pm_diags {
  pm_diag *v;
  size_t n, cap;
} pm_diags;

typedef struct pm_engine pm_engine;
typedef struct pm_plan pm_plan;
typedef struct pm_checklist pm_checklist;

/* Limits and switches for an engine. Zero fields take the defaults. */
typedef struct pm_options {
  size_t rule_memory;        /* bytes a single rule call may allocate (default 32 MiB) */
  size_t state_memory;       /* total bytes of the Lua state (default 512 MiB) */
  long rule_instructions;    /* VM instructions per rule call (default 20,000,000) */
  size_t max_plan_bytes;     /* largest plan file accepted (default 8 MiB) */
  const char *cache_dir;     /* folder for the rule index cache (copied); NULL: no cache */
} pm_options;

/* Flags for pm_engine_load_rules. */
enum {
  PM_LOAD_DATA_ONLY = 1,     /* load taxonomy/roles/risk data of a rules root, no packs */
  PM_LOAD_SHARED_LIB = 2     /* with DATA_ONLY: also the root's shared lib/; packs loaded on their own later see it */
};

/* ---- diagnostics ---- */
PM_API const char *pm_status_name(pm_status s);
PM_API const char *pm_level_name(pm_level l);
/* Formats "source:line:col: level: [rule] message" into buf; returns buf. */
PM_API char *pm_diag_format(const pm_diag *d, char *buf, size_t size);
PM_API void pm_diags_free(pm_diags *ds);

/* ---- engine: rules ---- */
PM_API pm_status pm_engine_new(const pm_options *opt, pm_engine **out, pm_diag *err);
PM_API void pm_engine_free(pm_engine *e);
/*
** Loads a rules directory: either one pack (a folder with pack.lua) or a
** root holding packs as sub-folders plus optional taxonomy.lua, roles.lua
** and risk.lua. A rule that fails to load or validate does not stop the
** others: it becomes an error in 'problems' (which may be NULL).
** Returns an error only when the directory itself cannot be used.
*/
PM_API pm_status pm_engine_load_rules(pm_engine *e, const char *dir, int flags,
                                      pm_diags *problems, pm_diag *err);
PM_API size_t pm_engine_rule_count(const pm_engine *e);

/* A read-only description of one loaded rule, for listings. */
typedef struct pm_rule_info {
  const char *id, *pack, *title, *category, *file, *due, *rationale, *wrong, *phase;
  int severity, likelihood, selected, has_check;
  int fmea_s, fmea_o, fmea_d;          /* 0 when the rule gives no FMEA ratings */
  const char *const *causes, *const *prevent, *const *respond, *const *owner;
  const char *const *triggers, *const *channels, *const *mitigated_by;
  size_t ncauses, nprevent, nrespond, nowner, ntriggers, nchannels, nmitigated_by;
} pm_rule_info;
/*
** Keeps only the rules matching a selection expression for checks (and
** marks them in pm_rule_info.selected), e.g. "category:capacity and
** severity>=4", "pack:essentials or id:web.*", "not category:legal".
** Keys: id, pack, category, phase, owner (globs with * and ?), severity,
** likelihood (= != < <= > >=); and, or, not, parentheses. NULL selects all.
*/
PM_API pm_status pm_engine_select(pm_engine *e, const char *expr, pm_diag *err);
/* Rules are kept sorted by id; i < pm_engine_rule_count(). */
PM_API void pm_engine_rule_info(const pm_engine *e, size_t i, pm_rule_info *out);

/* ---- plans ---- */
/*
** Loads a plan file: .json is a structured plan; anything else is text or
** Markdown whose first heading (or first line) is the title. 'team_file',
** if not NULL, is a JSON roster {owner, launch_date, team} merged in.
** Warnings (unknown fields) go to 'warnings' (may be NULL).
*/
PM_API pm_status pm_plan_load_file(pm_engine *e, const char *path, const char *team_file,
                                   pm_plan **out, pm_diags *warnings, pm_diag *err);
/* The same from memory; 'name' is used in diagnostics; 'is_json' picks the format. */
PM_API pm_status pm_plan_load_buffer(pm_engine *e, const char *name, const char *data, size_t len,
                                     int is_json, const char *team_file, pm_plan **out,
                                     pm_diags *warnings, pm_diag *err);
PM_API void pm_plan_free(pm_plan *p);
/* The plan's "id" field as JSON text (a string or a number, as written), or NULL. */
PM_API const char *pm_plan_id_json(const pm_plan *p);

/* ---- checking ---- */
/*
** Runs every loaded rule over 'plan'. A failing rule becomes an error
** diagnostic in the checklist; the others still run. Returns an error only
** when the check as a whole cannot be done (out of memory).
*/
PM_API pm_status pm_check(pm_engine *e, const pm_plan *plan, pm_checklist **out, pm_diag *err);
PM_API void pm_checklist_free(pm_checklist *c);
PM_API size_t pm_checklist_item_count(const pm_checklist *c);
/* Number of diagnostics of level error caused by rules (for --strict). */
PM_API size_t pm_checklist_rule_errors(const pm_checklist *c);
PM_API const pm_diags *pm_checklist_diags(const pm_checklist *c);
/* Adds plan warnings to the checklist's diagnostics (copied). */
PM_API pm_status pm_checklist_add_diags(pm_checklist *c, const pm_diags *ds);

/* ---- tracked state ---- */
/*
** A state file records, per item id, what a person decided: done, waived,
** accepted (optionally until a date) or open again; by whom, when, why.
** Check runs read it; only pm_state_save writes it (atomically).
*/
typedef struct pm_state pm_state;
/* Loads 'path'; a file that does not exist yet is an empty state (*created set to 1). */
PM_API pm_status pm_state_load(const char *path, pm_state **out, int *created, pm_diag *err);
PM_API void pm_state_free(pm_state *st);
/*
** Records a decision. 'status' is "done", "waived", "accepted" or "open";
** 'by' is required; "waived" and "accepted" need a 'note'; 'until' (a date)
** only goes with "accepted"; 'at' is the date of the decision (YYYY-MM-DD).
*/
PM_API pm_status pm_state_mark(pm_state *st, const char *id, const char *status, const char *by, const char *note,
                               const char *at, const char *until, pm_diag *err);
/* Writes the state to 'path' atomically (temporary file, flush, rename). */
PM_API pm_status pm_state_save(const pm_state *st, const char *path, pm_diag *err);
PM_API size_t pm_state_count(const pm_state *st);

/* ---- reviews and history ---- */
/*
** An incident record (JSON: title, date, what_happened, causes, involved,
** could_have_prevented, customer_impact, customers_affected, launch,
** category, rule, owner, keywords). See docs/reviews.md.
*/
typedef struct pm_incident pm_incident;
typedef struct pm_history pm_history;
PM_API pm_status pm_incident_load(const char *path, pm_incident **out, pm_diag *err);
PM_API void pm_incident_free(pm_incident *in);
/* Warnings: unknown fields, and names of people in the account of what happened (blameless). */
PM_API const pm_diags *pm_incident_warnings(const pm_incident *in);
/* A string field ("title", "date", "category", "rule", "what_happened", "launch"), or NULL. */
PM_API const char *pm_incident_field(const pm_incident *in, const char *name);
/* Item i of a list field ("causes", "could_have_prevented", "keywords"), or NULL past its end. */
PM_API const char *pm_incident_list_item(const pm_incident *in, const char *name, size_t i);
/*
** The follow-up checklist as JSON (schema premortem.review/1): acknowledge,
** contain, fix, compensate, confirm, prevent (steps from rules/review.lua),
** with owners and dates, and whether the earlier pre-mortem had an item for
** this failure (from 'checklist_file', else 'state'; both may be NULL).
*/
PM_API pm_status pm_review(const pm_engine *e, const pm_incident *in, const char *checklist_file,
                           const pm_state *state, char **out, size_t *len, pm_diag *err);
/* The history of reviewed incidents: a missing file is an empty history. */
PM_API pm_status pm_history_load(const char *path, pm_history **out, int *created, pm_diag *err);
PM_API pm_status pm_history_add(pm_history *h, const pm_incident *in, pm_diag *err);
PM_API pm_status pm_history_save(const pm_history *h, const char *path, pm_diag *err);
PM_API void pm_history_free(pm_history *h);

/* What a check takes besides the plan. Zero/NULL fields: none. */
typedef struct pm_check_options {
  const pm_history *history;  /* incidents: raise the likelihood of rules in their category */
  const pm_state *state;   /* tracked statuses to merge by item id */
  const char *today;       /* YYYY-MM-DD: overdue items, expired acceptances */
  int fail_under;          /* gate: readiness below this fails (0: no threshold) */
} pm_check_options;
PM_API pm_status pm_check_ex(pm_engine *e, const pm_plan *plan, const pm_check_options *opt, pm_checklist **out,
                             pm_diag *err);
/* 1 when the gate passed: no blocking item and readiness >= fail_under. */
PM_API int pm_checklist_gate_passed(const pm_checklist *c);
PM_API int pm_checklist_readiness(const pm_checklist *c);

/* ---- writers ---- */
/*
** The checklist as JSON (the contract, schema premortem.checklist/1), in a
** buffer the caller frees with pm_string_free. A checklist borrows the
** engine and the plan that made it: free it before either.
*/
PM_API pm_status pm_checklist_json(const pm_engine *e, const pm_checklist *c, char **out, size_t *len,
                                   pm_diag *err);
PM_API pm_status pm_checklist_write_json(const pm_engine *e, const pm_checklist *c, FILE *f, pm_diag *err);
enum { PM_JSON_COMPACT = 1 };   /* one line, no newline at the end (JSON Lines) */
PM_API pm_status pm_checklist_json_ex(const pm_engine *e, const pm_checklist *c, int flags, char **out, size_t *len,
                                      pm_diag *err);
PM_API void pm_string_free(char *s);
/* 's' as a JSON string literal, quotes included, escaped as in every JSON premortem writes; NULL on out of memory. */
PM_API char *pm_json_quote(const char *s);
/*
** Renders checklists (one per plan) in a format: "json" (the contract; an
** array when n != 1), "md", "csv", "html", "sarif", "junit" or "ics". Every
** format holds all n checklists. The result is freed with pm_string_free.
*/
PM_API pm_status pm_checklists_write(const pm_engine *e, const pm_checklist *const *cls, size_t n,
                                     const char *format, char **out, size_t *len, pm_diag *err);
PM_API int pm_format_known(const char *format);
/*
** Writes 'len' bytes to 'path' atomically: a temporary file in the same
** folder, flushed to disk, then renamed over 'path'. A crash leaves the
** old file whole.
*/
PM_API pm_status pm_file_write_atomic(const char *path, const char *data, size_t len, pm_diag *err);

/* ---- rule tests ---- */
/*
** Counts the items rule 'rule_id' yields on 'plan' (its own items only).
** Used by `premortem rules test`.
*/
PM_API pm_status pm_check_count_rule(pm_engine *e, const pm_plan *plan, const char *rule_id, const char *today,
                                     size_t *count, pm_diags *problems, pm_diag *err);

/*
** Runs the tests of the pack in 'dir', or of every pack under a rules root:
** <pack>/tests/<rule>.fires[-tag].{json,txt,md} must make the rule yield at
** least one item; <rule>.quiet[-tag].* must yield none; every rule needs at
** least one of each. Each pack is tested alone, with the taxonomy, roles and
** risk data of 'data_root' (may be NULL). 'cb' hears every result.
*/
typedef struct pm_test_result {
  const char *pack;      /* pack directory */
  const char *rule;      /* rule id, or NULL for a pack-level problem */
  const char *file;      /* test plan, or NULL */
  const char *expect;    /* "fires", "quiet", "tests" (coverage) or "load" */
  int passed;
  size_t items;
  const char *message;   /* why it failed; "" when passed */
} pm_test_result;
typedef void (*pm_test_cb)(void *ud, const pm_test_result *r);
PM_API pm_status pm_rules_test(const char *dir, const char *data_root, const pm_options *opt, pm_test_cb cb,
                               void *ud, size_t *passed, size_t *failed, pm_diag *err);

/* ---- allocation (tests) ---- */
/*
** Makes the Nth allocation from now fail (0 turns it off). Every allocation
** of the library, cJSON's and Lua's included, counts. For fault-injection tests.
*/
PM_API void pm_alloc_fail_after(long n);

#ifdef __cplusplus
}
#endif
#endif
