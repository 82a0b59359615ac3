/*
** cmd_rules.c: `premortem rules list|test`
*/
#define _GNU_SOURCE
#include <getopt.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem rules list [-r DIR]... [--no-builtin]   (--no-builtin: no built-in packs)\n"
          "       premortem rules test [DIR...]\n"
          "\n"
          "list   prints one line per loaded rule: id, pack, category, severity, title\n"
          "test   runs the tests of each pack in DIR (a pack, or a root of packs;\n"
          "       default: the built-in rules): every rule needs a plan in the pack's\n"
          "       tests/ that fires it (<rule>.fires.json) and one that must not\n"
          "       (<rule>.quiet.json); prints PASS/FAIL per test and a summary\n"
          "\n"
          "exit codes: 0 all passed, 1 a test failed, 2 usage or input error\n");
}

enum { OPT_NO_BUILTIN = 256 };

static const struct option longopts[] = {
  { "rules", required_argument, NULL, 'r' },
  { "no-builtin", no_argument, NULL, OPT_NO_BUILTIN },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

static int cmd_list(int argc, char **argv)
{
  rule_set rs;
  pm_engine *e = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  pm_status st;
  size_t i, n;
  int c;
  memset(&rs, 0, sizeof rs);
  optind = 1;
  while((c = getopt_long(argc, argv, "r:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'r':
      if(!add_rule_dir(&rs, optarg))
        return EXIT_INPUT;
      break;
    case OPT_NO_BUILTIN: rs.no_builtin = 1; break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  if(optind < argc) {
    fprintf(stderr, "%s rules list: unexpected argument '%s'\n", progname, argv[optind]);
    return EXIT_INPUT;
  }
  if((st = open_engine(&rs, &e, &problems, &err)) != PM_OK) {
    print_diag(&err);
    pm_diags_free(&problems);
    return EXIT_INPUT;
  }
  print_diags(&problems);
  n = pm_engine_rule_count(e);
  for(i = 0; i < n; i++) {
    pm_rule_info ri;
    pm_engine_rule_info(e, i, &ri);
    printf("%-36s %-14s %-18s %d  %s\n", ri.id, ri.pack, ri.category, ri.severity, ri.title);
  }
  pm_diags_free(&problems);
  pm_engine_free(e);
  return EXIT_READY;
}

static void on_result(void *ud, const pm_test_result *r)
{
  const char *what = r->file ? r->file : r->pack;
  (void)ud;
  if(r->passed)
    printf("PASS %s %s (%s)\n", r->rule, r->expect, what);
  else
    printf("FAIL %s %s (%s): %s\n", r->rule ? r->rule : "-", r->expect, what, r->message);
}

static int cmd_test(int argc, char **argv)
{
  size_t passed = 0, failed = 0, tp = 0, tf = 0;
  pm_diag err;
  int c, i, rc = EXIT_READY;
  const char *builtin = builtin_rules_dir();
  optind = 1;
  while((c = getopt_long(argc, argv, "h", longopts + 2, NULL)) != -1) {
    if(c == 'h') {
      usage(stdout);
      return EXIT_READY;
    }
    usage(stderr);
    return EXIT_INPUT;
  }
  for(i = optind; i < argc || i == optind; i++) {
    const char *dir = i < argc ? argv[i] : builtin;
    pm_status st = pm_rules_test(dir, builtin, NULL, on_result, NULL, &passed, &failed, &err);
    tp += passed;
    tf += failed;
    if(st != PM_OK) {
      print_diag(&err);
      rc = EXIT_INPUT;
    }
    if(i >= argc)
      break;
  }
  printf("%zu passed, %zu failed\n", tp, tf);
  if(rc == EXIT_READY && tf)
    rc = EXIT_GATE;
  return rc;
}

int cmd_rules(int argc, char **argv)
{
  if(argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
    usage(argc < 2 ? stderr : stdout);
    return argc < 2 ? EXIT_INPUT : EXIT_READY;
  }
  if(strcmp(argv[1], "list") == 0)
    return cmd_list(argc - 1, argv + 1);
  if(strcmp(argv[1], "test") == 0)
    return cmd_test(argc - 1, argv + 1);
  fprintf(stderr, "%s rules: unknown subcommand '%s' (list, test)\n", progname, argv[1]);
  return EXIT_INPUT;
}
