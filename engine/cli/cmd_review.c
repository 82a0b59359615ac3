/*
** cmd_review.c: `premortem review INCIDENT.json` -- the follow-up checklist
** after an incident, and the history the next check remembers it by.
*/
#define _GNU_SOURCE
#include <fcntl.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include "cli.h"

static void usage(FILE *f)
{
  fprintf(f,
          "usage: premortem review INCIDENT.json [--checklist FILE | --state FILE]\n"
          "                        [--history FILE] [-o FILE] [-r DIR]... [--no-builtin]\n"
          "\n"
          "Writes the follow-up checklist for an incident (JSON, schema\n"
          "premortem.review/1): acknowledge it to affected customers at once, contain\n"
          "it, fix it, compensate in proportion where warranted, confirm the long-term\n"
          "fix in writing, and make the next pre-mortem remember, each with an owner\n"
          "and a date. It says whether the earlier pre-mortem had an item for this\n"
          "failure (--checklist: the checklist JSON it wrote; --state: its state file).\n"
          "\n"
          "  --history FILE      also record the incident in FILE (created if missing;\n"
          "                      rewritten atomically under a lock): 'premortem check\n"
          "                      --history FILE' then raises the likelihood of rules in\n"
          "                      the same category and shows it happened before\n"
          "  -o, --output FILE   write the follow-ups to FILE (atomically)\n"
          "\n"
          "exit codes: 0 written, 2 usage or input error (nothing written)\n");
}

enum { OPT_NO_BUILTIN = 256, OPT_CHECKLIST, OPT_HISTORY, OPT_STATE };

static const struct option longopts[] = {
  { "checklist", required_argument, NULL, OPT_CHECKLIST },
  { "state", required_argument, NULL, OPT_STATE },
  { "history", required_argument, NULL, OPT_HISTORY },
  { "output", required_argument, NULL, 'o' },
  { "rules", required_argument, NULL, 'r' },
  { "no-builtin", no_argument, NULL, OPT_NO_BUILTIN },
  { "help", no_argument, NULL, 'h' },
  { NULL, 0, NULL, 0 }
};

/* Adds the incident to the history file, holding a lock so two reviews cannot lose each other's entry. */
static int record(const char *path, const pm_incident *in)
{
  char lockpath[4096];
  pm_history *h = NULL;
  pm_diag err;
  pm_status st;
  int fd;
  snprintf(lockpath, sizeof lockpath, "%s.lock", path);
  fd = open(lockpath, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if(fd < 0 || flock(fd, LOCK_EX) != 0) {
    fprintf(stderr, "%s review: cannot lock %s\n", progname, lockpath);
    if(fd >= 0)
      close(fd);
    return 0;
  }
  st = pm_history_load(path, &h, NULL, &err);
  if(st == PM_OK)
    st = pm_history_add(h, in, &err);
  if(st == PM_OK)
    st = pm_history_save(h, path, &err);
  pm_history_free(h);
  flock(fd, LOCK_UN);
  close(fd);
  if(st != PM_OK) {
    print_diag(&err);
    return 0;
  }
  return 1;
}

int cmd_review(int argc, char **argv)
{
  rule_set rs;
  const char *checklist = NULL, *state_file = NULL, *history = NULL, *output = NULL;
  pm_engine *e = NULL;
  pm_incident *in = NULL;
  pm_state *state = NULL;
  pm_diags problems = { 0 };
  pm_diag err;
  pm_status st;
  char *text = NULL;
  size_t len = 0;
  int c, rc = EXIT_INPUT;
  memset(&rs, 0, sizeof rs);
  optind = 1;
  while((c = getopt_long(argc, argv, "o:r:h", longopts, NULL)) != -1) {
    switch(c) {
    case OPT_CHECKLIST: checklist = optarg; break;
    case OPT_STATE: state_file = optarg; break;
    case OPT_HISTORY: history = optarg; break;
    case 'o': output = optarg; break;
    case 'r':
      if(!add_rule_dir(&rs, optarg))
        return EXIT_INPUT;
      break;
    case OPT_NO_BUILTIN: rs.no_builtin = 1; break;
    case 'h': usage(stdout); return EXIT_READY;
    default: usage(stderr); return EXIT_INPUT;
    }
  }
  if(argc - optind != 1) {
    fprintf(stderr, "%s review: needs one incident file (try 'premortem review --help')\n", progname);
    return EXIT_INPUT;
  }
  if(checklist && state_file) {
    fprintf(stderr, "%s review: give --checklist or --state, not both\n", progname);
    return EXIT_INPUT;
  }
  rs.no_builtin = 1;  /* the review needs the rules root's data (review steps, roles), not its packs */
  if((st = pm_incident_load(argv[optind], &in, &err)) != PM_OK || (st = open_engine(&rs, &e, &problems, &err)) != PM_OK ||
     (state_file && (st = pm_state_load(state_file, &state, NULL, &err)) != PM_OK) ||
     (st = pm_review(e, in, checklist, state, &text, &len, &err)) != PM_OK) {
    print_diag(&err);
    goto done;
  }
  print_diags(pm_incident_warnings(in));
  if(output)
    st = pm_file_write_atomic(output, text, len, &err);
  else if(fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
    st = PM_ERR_IO;
    set_error(&err, st, "cannot write to standard output");
  }
  if(st != PM_OK) {
    print_diag(&err);
    goto done;
  }
  if(history && !record(history, in))
    goto done;
  rc = EXIT_READY;
done:
  pm_string_free(text);
  pm_state_free(state);
  pm_incident_free(in);
  pm_diags_free(&problems);
  pm_engine_free(e);
  return rc;
}
