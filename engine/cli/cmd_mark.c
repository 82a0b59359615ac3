/*
** cmd_mark.c: `premortem mark ID STATUS --by NAME --state FILE`
*/
#define _GNU_SOURCE
#include <getopt.h>
#include <string.h>
#include <time.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem mark ID done|waived|accepted|open --by NAME --state FILE\n"
          "                      [--note TEXT] [--until DATE] [--today DATE]\n"
          "\n"
          "Records a decision about checklist item ID in the state FILE (created if\n"
          "missing). 'waived' and 'accepted' need --note saying why; an acceptance may\n"
          "run out (--until YYYY-MM-DD); 'open' reopens an item. The decision is dated\n"
          "--today (default: today's date, UTC). The file is rewritten atomically: a\n"
          "crash or kill leaves the old file whole. 'premortem check --state FILE'\n"
          "merges the statuses; items that no longer fire are kept as stale.\n"
          "\n"
          "exit codes: 0 recorded, 2 usage or input error (the file is unchanged)\n");
}

static const struct option longopts[] = {
  { "by", required_argument, NULL, 'b' },
  { "note", required_argument, NULL, 'n' },
  { "until", required_argument, NULL, 'u' },
  { "today", required_argument, NULL, 'T' },
  { "state", required_argument, NULL, 's' },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

int cmd_mark(int argc, char **argv)
{
  const char *by = NULL, *note = NULL, *until = NULL, *today = NULL, *path = NULL;
  char now[11];
  pm_state *st = NULL;
  pm_diag err;
  pm_status rc;
  int c;
  optind = 1;
  while((c = getopt_long(argc, argv, "b:n:u:T:s:h", longopts, NULL)) != -1) {
    switch(c) {
    case 'b': by = optarg; break;
    case 'n': note = optarg; break;
    case 'u': until = optarg; break;
    case 'T': today = optarg; break;
    case 's': path = optarg; break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  if(argc - optind != 2 || !path || !by) {
    fprintf(stderr, "%s mark: needs ID, STATUS, --by NAME and --state FILE (try 'premortem mark --help')\n", progname);
    return EXIT_INPUT;
  }
  if(!today) {
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%d", &tm);
    today = now;
  }
  if((rc = pm_state_load(path, &st, NULL, &err)) == PM_OK &&
     (rc = pm_state_mark(st, argv[optind], argv[optind + 1], by, note, today, until, &err)) == PM_OK)
    rc = pm_state_save(st, path, &err);
  pm_state_free(st);
  if(rc != PM_OK) {
    if(!err.source[0])
      fprintf(stderr, "%s mark: %s\n", progname, err.message);
    else
      print_diag(&err);
    return EXIT_INPUT;
  }
  return EXIT_READY;
}
