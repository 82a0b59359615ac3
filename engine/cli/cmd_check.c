/*
** cmd_check.c: `premortem check PLAN...`
*/
#define _GNU_SOURCE
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define MAX_OUTPUTS 16

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem check [options] PLAN...\n"
          "\n"
          "Checks each PLAN (.json: a structured plan; anything else: a text or\n"
          "Markdown announcement) and writes its checklist. With several plans every\n"
          "output holds all of them (JSON: an array of checklists, in the order given).\n"
          "\n"
          "options:\n"
          "  -r, --rules DIR     also load the rule pack or rules root DIR (repeatable)\n"
          "      --select EXPR   run only matching rules, e.g. \"category:capacity and severity>=4\"\n"
          "      --no-builtin    do not load the built-in rule packs (their taxonomy, roles\n"
          "                      and risk matrix still apply)\n"
          "  -t, --team FILE     a JSON roster {owner, launch_date, team} merged into each plan\n"
          "  -s, --state FILE    merge the tracked statuses of FILE (see 'premortem mark')\n"
          "      --today DATE    today's date (YYYY-MM-DD): overdue items, expired acceptances\n"
          "      --history FILE  incidents reviewed before (premortem review --history):\n"
          "                      rules in their category are more likely, and say so\n"
          "      --fail-under N  the gate also fails when readiness is below N (0..100)\n"
          "  -f, --format FMT    format on standard output: json (default), md, csv, html,\n"
          "                      sarif, junit, ics\n"
          "  -o, --output FILE   write FILE instead (repeatable; the format comes from the\n"
          "                      extension: .json .md .csv .html .sarif .xml (JUnit) .ics);\n"
          "                      files are written atomically, and only when all plans checked\n"
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

enum { OPT_NO_BUILTIN = 256, OPT_STRICT, OPT_TODAY, OPT_FAIL_UNDER, OPT_SELECT, OPT_MAX_PLAN, OPT_HISTORY };

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
  { "history", required_argument, NULL, OPT_HISTORY },
  { "fail-under", required_argument, NULL, OPT_FAIL_UNDER },
  { "quiet", no_argument, NULL, 'q' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static int ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* The format a file name asks for, or NULL. */
static const char *format_of(const char *path)
{
  static const struct {
    const char *ext, *format;
  } map[] = { { ".sarif.json", "sarif" }, { ".json", "json" }, { ".md", "md" },     { ".markdown", "md" },
              { ".csv", "csv" },          { ".html", "html" }, { ".htm", "html" },  { ".sarif", "sarif" },
              { ".xml", "junit" },        { ".ics", "ics" } };
  size_t i;
  for(i = 0; i < sizeof map / sizeof map[0]; i++)
    if(ends_with(path, map[i].ext))
      return map[i].format;
  return NULL;
}

typedef struct run {
  pm_plan **plans;
  pm_checklist **cls;
  int n;
} run;

static void free_run(run *r)
{
  int i;
  for(i = 0; i < r->n; i++) {
    pm_checklist_free(r->cls[i]);
    pm_plan_free(r->plans[i]);
  }
  free(r->cls);
  free(r->plans);
}

int cmd_check(int argc, char **argv)
{
  rule_set rs;
  const char *team = NULL, *format = "json", *outputs[MAX_OUTPUTS];
  int noutputs = 0, strict = 0, quiet = 0, c, i, rc = EXIT_READY, nplans, gate_failed = 0;
  pm_engine *e = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  pm_status st;
  size_t failures = 0, k;
  const char *state_file = NULL;
  pm_state *state = NULL;
  const char *history_file = NULL;
  pm_history *history = NULL;
  pm_check_options copt;
  run r;

  memset(&copt, 0, sizeof copt);
  memset(&rs, 0, sizeof rs);
  memset(&r, 0, sizeof r);
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
    case 'o':
      if(noutputs == MAX_OUTPUTS) {
        fprintf(stderr, "%s check: at most %d --output files\n", progname, MAX_OUTPUTS);
        return EXIT_INPUT;
      }
      if(!format_of(optarg)) {
        fprintf(stderr, "%s check: cannot tell the format of '%s' from its extension "
                        "(.json .md .csv .html .sarif .xml .ics)\n", progname, optarg);
        return EXIT_INPUT;
      }
      outputs[noutputs++] = optarg;
      break;
    case OPT_STRICT: strict = 1; break;
    case 's': state_file = optarg; break;
    case OPT_TODAY: copt.today = optarg; break;
    case OPT_HISTORY: history_file = optarg; break;
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
  if(!pm_format_known(format)) {
    fprintf(stderr, "%s check: unknown format '%s' (available: json, md, csv, html, sarif, junit, ics)\n", progname,
            format);
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
  if(history_file) {
    int created;
    if((st = pm_history_load(history_file, &history, &created, &err)) != PM_OK) {
      print_diag(&err);
      pm_state_free(state);
      return EXIT_INPUT;
    }
    if(created && !quiet)
      fprintf(stderr, "%s: warning: history file does not exist yet\n", history_file);
    copt.history = history;
  }
  if((st = open_engine(&rs, &e, &problems, &err)) != PM_OK) {
    print_diag(&err);
    pm_diags_free(&problems);
    pm_history_free(history);
    pm_state_free(state);
    return exit_for(st == PM_ERR_RULE ? PM_ERR_INPUT : st);
  }
  failures = problems.n;
  if(!quiet)
    print_diags(&problems);
  r.plans = calloc((size_t)nplans, sizeof *r.plans);
  r.cls = calloc((size_t)nplans, sizeof *r.cls);
  if(!r.plans || !r.cls)
    goto nomem;

  /* check every plan first: an input error writes nothing at all */
  for(i = optind; i < argc; i++) {
    pm_plan *plan = NULL;
    pm_checklist *cl = NULL;
    pm_diags warnings = { 0 };
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
    if(st == PM_OK && (pm_checklist_add_diags(cl, &problems) != PM_OK || pm_checklist_add_diags(cl, &warnings) != PM_OK)) {
      st = PM_ERR_NOMEM;
      set_error(&err, st, "out of memory");
    }
    pm_diags_free(&warnings);
    if(plan) {
      r.plans[r.n] = plan;
      r.cls[r.n] = cl;
      r.n++;
    }
    if(st != PM_OK) {
      print_diag(&err);
      rc = exit_for(st == PM_ERR_RULE ? PM_ERR_INPUT : st);
      goto done;
    }
    failures += pm_checklist_rule_errors(cl);
    gate_failed |= !pm_checklist_gate_passed(cl);
  }

  /* then write every output */
  for(i = 0; i < (noutputs ? noutputs : 1); i++) {
    const char *fmt = noutputs ? format_of(outputs[i]) : format;
    char *text = NULL;
    size_t len = 0;
    st = pm_checklists_write(e, (const pm_checklist *const *)r.cls, (size_t)r.n, fmt, &text, &len, &err);
    if(st == PM_OK) {
      if(noutputs)
        st = pm_file_write_atomic(outputs[i], text, len, &err);
      else if(fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
        fprintf(stderr, "%s: cannot write to standard output\n", progname);
        pm_string_free(text);
        rc = EXIT_INPUT;
        goto done;
      }
    }
    pm_string_free(text);
    if(st != PM_OK) {
      print_diag(&err);
      rc = EXIT_INPUT;
      goto done;
    }
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
  free_run(&r);
  pm_history_free(history);
  pm_state_free(state);
  pm_diags_free(&problems);
  pm_engine_free(e);
  return rc;
}
