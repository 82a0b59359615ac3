/*
** cli.h: what the subcommands of the premortem tool share. The tool is a
** thin client of the library: it parses arguments, calls premortem.h and
** maps outcomes to exit codes, in one place (main.c).
*/
#ifndef PM_CLI_H
#define PM_CLI_H
#include <stdio.h>

#include "premortem.h"

/* Exit codes: scripts rely on these (docs/cli.md). */
enum {
  EXIT_READY = 0,       /* checked; nothing failed */
  EXIT_GATE = 1,        /* check: the gate failed; rules test: a test failed */
  EXIT_INPUT = 2,       /* usage, input or system error */
  EXIT_RULE = 3         /* a rule failed to load or run, with --strict */
};

#define MAX_RULE_DIRS 64

typedef struct rule_set {
  const char *dirs[MAX_RULE_DIRS];
  int ndirs;
  int no_builtin;
  const char *select;   /* --select expression, or NULL */
  size_t max_plan_bytes; /* --max-plan-size, 0: the default */
} rule_set;

/* Parses a size such as 8M, 512K or 1000000; 0 on error. */
size_t parse_size(const char *s);

extern const char *progname;

/* The built-in rules: $PREMORTEM_RULES, the installed copy, else the source tree's. */
const char *builtin_rules_dir(void);
/* The rule index cache folder (see common.c), or NULL for none. */
const char *cache_dir(void);
/* Prints a diagnostic to stderr as "file:line:col: level: [rule] message". */
void print_diag(const pm_diag *d);
void print_diags(const pm_diags *ds);
/* Fills a diagnostic that names no file. */
void set_error(pm_diag *d, pm_status code, const char *message);
/* Exit code for a library status. */
int exit_for(pm_status st);
/*
** Creates an engine with the built-in rules (unless no_builtin) and each
** --rules directory. Rule files that fail to load go to 'problems'.
*/
pm_status open_engine(const rule_set *rs, pm_engine **e, pm_diags *problems, pm_diag *err);
/* Adds a --rules directory; 0 (after printing why) when there are too many. */
int add_rule_dir(rule_set *rs, const char *dir);

int cmd_check(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_mark(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_review(int argc, char **argv);

#endif
