/*
** main.c: the premortem command line. Dispatches to one function per
** subcommand (cmd_*.c); each returns the process exit code.
*/
#include <stdio.h>
#include <string.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem <command> [options]\n"
          "\n"
          "Reads a launch plan, runs sandboxed Lua rule packs over it and writes an\n"
          "accountable checklist: for each way the launch could fail, what could go\n"
          "wrong, its causes, how to prevent it, how to respond, an owner, a due date\n"
          "and the evidence in the plan.\n"
          "\n"
          "commands:\n"
          "  check PLAN...       check plans (JSON, text or Markdown) and print the checklist\n"
          "  batch               JSON Lines of plans in, one checklist per line out\n"
          "  mark ID STATUS      record that an item is done, waived, accepted (or open)\n"
          "  review INCIDENT     after the fact: follow-ups with owners, and did we see it coming?\n"
          "  rules list          list the loaded rules\n"
          "  rules test [DIR]    run rule packs' own tests\n"
          "\n"
          "options:\n"
          "  -h, --help          show this help (or `premortem <command> --help`)\n"
          "  -V, --version       show the version\n"
          "\n"
          "exit codes: 0 ready, 1 the gate failed (or a rules test failed),\n"
          "            2 usage or input error, 3 a rule failed (with --strict)\n"
          "docs: docs/cli.md, docs/scoring.md, docs/writing-rules.md\n");
}

int main(int argc, char **argv)
{
  if(argc < 2) {
    usage(stderr);
    return EXIT_INPUT;
  }
  if(strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "help") == 0) {
    usage(stdout);
    return EXIT_READY;
  }
  if(strcmp(argv[1], "-V") == 0 || strcmp(argv[1], "--version") == 0) {
    printf("premortem %s (checklist schema %s, rule engine API %d)\n", PM_VERSION, PM_CHECKLIST_SCHEMA,
           PM_ENGINE_API);
    return EXIT_READY;
  }
  if(strcmp(argv[1], "check") == 0)
    return cmd_check(argc - 1, argv + 1);
  if(strcmp(argv[1], "rules") == 0)
    return cmd_rules(argc - 1, argv + 1);
  if(strcmp(argv[1], "mark") == 0)
    return cmd_mark(argc - 1, argv + 1);
  if(strcmp(argv[1], "batch") == 0)
    return cmd_batch(argc - 1, argv + 1);
  if(strcmp(argv[1], "review") == 0)
    return cmd_review(argc - 1, argv + 1);
  fprintf(stderr, "%s: unknown command '%s' (try 'premortem --help')\n", progname, argv[1]);
  return EXIT_INPUT;
}
