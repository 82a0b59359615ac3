/*
** cmd_check.c: `premortem check PLAN...`
*/
#define _GNU_SOURCE
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem check [options] PLAN...\n"
          "\n"
          "Checks each PLAN (.json: a structured plan; anything else: a text or\n"
          "Markdown announcement) and prints its checklist as JSON. With several\n"
          "plans, prints a JSON array of checklists in the order given.\n"
          "\n"
          "options:\n"
          "  -r, --rules DIR     also load the rule pack or rules root DIR (repeatable)\n"
          "      --select EXPR   run only matching rules, e.g. \"category:capacity and severity>=4\"\n"
          "      --no-builtin    do not load the built-in rule packs (their taxonomy, roles\n"
          "                      and risk matrix still apply)\n"
          "  -t, --team FILE     a JSON roster {owner, launch_date, team, ...} merged into each plan\n"
          "  -f, --format FMT    output format: json (default)\n"
          "  -o, --output FILE   write to FILE (atomically) instead of standard output\n"
          "  -s, --state FILE    merge the tracked statuses of FILE (see 'premortem mark')\n"
          "      --today DATE    today's date (YYYY-MM-DD): overdue items, expired acceptances\n"
          "      --fail-under N  the gate also fails when readiness is below N (0..100)\n"
          "      --max-plan-size SIZE  refuse plans larger than SIZE (default 8M; K, M, G)\n"
          "      --strict        exit 3 when a rule failed to load or run\n"
          "  -q, --quiet         do not print warnings and rule errors on standard error\n"
          "  -h, --help          show this help\n"
          "\n"
          "exit codes: 0 ready (the gate passed), 1 not ready: a blocking item is open or\n"
          "            readiness is under --fail-under (the checklist is written),\n"
          "            2 usage or input error (nothing written), 3 a rule failed\n"
          "            (only with --strict; the checklist is written)\n");
}

enum { OPT_NO_BUILTIN = 256, OPT_STRICT, OPT_TODAY, OPT_FAIL_UNDER, OPT_SELECT, OPT_MAX_PLAN };

static const struct option longopts[] = {
  { "rules", required_argument, NULL, 'r' },
  { "no-builtin", no_argument, NULL, OPT_NO_BUILTIN },
  { "select", required_argument, NULL, OPT_SELECT },
  { "max-plan-size", required_argument, NULL, OPT_MAX_PLAN },
  { "team", required_argument, NULL, 't' },
  { "format", required_argument, NULL, 'f' },
  { "output", required_argument, NULL, 'o' },
  { "strict", no_argument, NULL, OPT_STRICT },
  { "state", required_argument, NULL, 's' },
  { "today", required_argument, NULL, OPT_TODAY },
  { "fail-under", required_argument, NULL, OPT_FAIL_UNDER },
  { "quiet", no_argument, NULL, 'q' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

typedef struct out_buf {
  char *p;
  size_t len, cap;
} out_buf;

static int out_add(out_buf *o, const char *s, size_t n)
{
  if(o->len + n + 1 > o->cap) {
    size_t cap = o->cap ? o->cap : 4096;
    char *p;
    while(cap < o->len + n + 1)
      cap *= 2;
    if(!(p = realloc(o->p, cap)))
      return 0;
    o->p = p;
    o->cap = cap;
  }
  memcpy(o->p + o->len, s, n);
  o->len += n;
  o->p[o->len] = '\0';
  return 1;
}

int cmd_check(int argc, char **argv)
{
  rule_set rs;
  const char *team = NULL, *output = NULL, *format = "json";
  int strict = 0, quiet = 0, c, i, rc = EXIT_READY, nplans;
  pm_engine *e = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  pm_status st;
  out_buf out = { 0 };
  size_t failures = 0;
  const char *state_file = NULL;
  pm_state *state = NULL;
  pm_check_options copt;
  int gate_failed = 0;

  memset(&copt, 0, sizeof copt);

  memset(&rs, 0, sizeof rs);
  optind = 1;
  while((c = getopt_long(argc, argv, "r:t:f:o:s:qh", longopts, NULL)) != -1) {
    switch(c) {
    case 'r':
      if(!add_rule_dir(&rs, optarg))
        return EXIT_INPUT;
      break;
    case OPT_NO_BUILTIN: rs.no_builtin = 1; break;
    case OPT_SELECT: rs.select = optarg; break;
    case OPT_MAX_PLAN:
      if(!(rs.max_plan_bytes = parse_size(optarg))) {
        fprintf(stderr, "%s check: --max-plan-size takes a size such as 8M or 500K, not '%s'\n", progname, optarg);
        return EXIT_INPUT;
      }
      break;
    case 't': team = optarg; break;
    case 'f': format = optarg; break;
    case 'o': output = optarg; break;
    case OPT_STRICT: strict = 1; break;
    case 's': state_file = optarg; break;
    case OPT_TODAY: copt.today = optarg; break;
    case OPT_FAIL_UNDER: {
      char *end;
      long v = strtol(optarg, &end, 10);
      if(*end || end == optarg || v < 0 || v > 100) {
        fprintf(stderr, "%s check: --fail-under takes a number 0..100, not '%s'\n", progname, optarg);
        return EXIT_INPUT;
      }
      copt.fail_under = (int)v;
      break;
    }
    case 'q': quiet = 1; break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  nplans = argc - optind;
  if(nplans < 1) {
    fprintf(stderr, "%s check: no plan given (try 'premortem check --help')\n", progname);
    return EXIT_INPUT;
  }
  if(strcmp(format, "json") != 0) {
    fprintf(stderr, "%s check: unknown format '%s' (available: json)\n", progname, format);
    return EXIT_INPUT;
  }
  if(rs.no_builtin && rs.ndirs == 0) {
    fprintf(stderr, "%s check: --no-builtin needs at least one --rules DIR\n", progname);
    return EXIT_INPUT;
  }
  if(state_file) {
    int created;
    if((st = pm_state_load(state_file, &state, &created, &err)) != PM_OK) {
      print_diag(&err);
      return EXIT_INPUT;
    }
    if(created && !quiet)
      fprintf(stderr, "%s: warning: state file does not exist yet; every item is open\n", state_file);
    copt.state = state;
  }
  if((st = open_engine(&rs, &e, &problems, &err)) != PM_OK) {
    print_diag(&err);
    pm_diags_free(&problems);
    pm_state_free(state);
    return exit_for(st == PM_ERR_RULE ? PM_ERR_INPUT : st);
  }
  failures = problems.n;
  if(!quiet)
    print_diags(&problems);
  if(nplans > 1 && !out_add(&out, "[\n", 2))
    goto nomem;
  for(i = optind; i < argc; i++) {
    pm_plan *plan = NULL;
    pm_checklist *cl = NULL;
    pm_diags warnings = { 0 };
    char *json = NULL;
    size_t len = 0, k;
    st = pm_plan_load_file(e, argv[i], team, &plan, &warnings, &err);
    if(st == PM_OK)
      st = pm_check_ex(e, plan, &copt, &cl, &err);
    if(st == PM_OK && !quiet) {
      /* plan warnings and this plan's rule errors; rule-load problems were printed once above */
      const pm_diags *ds = pm_checklist_diags(cl);
      print_diags(&warnings);
      for(k = 0; k < ds->n; k++)
        print_diag(&ds->v[k]);
    }
    if(st == PM_OK && (pm_checklist_add_diags(cl, &problems) != PM_OK || pm_checklist_add_diags(cl, &warnings) != PM_OK))
      st = PM_ERR_NOMEM;
    if(st == PM_OK)
      st = pm_checklist_json(e, cl, &json, &len, &err);
    if(st == PM_OK) {
      failures += pm_checklist_rule_errors(cl);
      gate_failed |= !pm_checklist_gate_passed(cl);
    }
    if(st == PM_OK && (!out_add(&out, json, len) || (nplans > 1 && i + 1 < argc && !out_add(&out, ",\n", 2))))
      st = PM_ERR_NOMEM;
    pm_string_free(json);
    pm_checklist_free(cl);
    pm_plan_free(plan);
    pm_diags_free(&warnings);
    if(st != PM_OK) {
      if(st == PM_ERR_NOMEM)
        fprintf(stderr, "%s: out of memory\n", progname);
      else
        print_diag(&err);
      rc = exit_for(st == PM_ERR_RULE ? PM_ERR_INPUT : st);
      goto done;
    }
  }
  if(nplans > 1 && !out_add(&out, "]\n", 2))
    goto nomem;
  if(output) {
    if((st = pm_file_write_atomic(output, out.p, out.len, &err)) != PM_OK) {
      print_diag(&err);
      rc = EXIT_INPUT;
      goto done;
    }
  } else if(fwrite(out.p, 1, out.len, stdout) != out.len || fflush(stdout) != 0) {
    fprintf(stderr, "%s: cannot write to standard output\n", progname);
    rc = EXIT_INPUT;
    goto done;
  }
  if(strict && failures)
    rc = EXIT_RULE;
  else if(gate_failed)
    rc = EXIT_GATE;
  goto done;
nomem:
  fprintf(stderr, "%s: out of memory\n", progname);
  rc = EXIT_INPUT;
done:
  free(out.p);
  pm_state_free(state);
  pm_diags_free(&problems);
  pm_engine_free(e);
  return rc;
}
