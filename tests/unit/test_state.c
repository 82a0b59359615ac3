/*
** test_state.c: the state file: decisions validated, a round trip through
** the file, strict reading, and the atomic write: a writer killed (SIGKILL)
** at random moments never leaves a half-written or unreadable file, only
** the old state or the new one.
*/
#define _XOPEN_SOURCE 700
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "check.h"
#include "state.h"

static char dir[] = "/tmp/pm-state-XXXXXX";
static char path[4096];

static void write_text(const char *text)
{
  FILE *f = fopen(path, "w");
  fputs(text, f);
  fclose(f);
}

static void test_validation(void)
{
  pm_state *st;
  pm_diag d;
  int created;
  CHECK(pm_state_load(path, &st, &created, &d) == PM_OK);
  CHECK(created);
  CHECK(pm_state_mark(st, "essentials.qr-link", "done", "Marco", NULL, "2027-02-20", NULL, &d) == PM_OK);
  CHECK(pm_state_mark(st, "essentials.key-person:zoë", "waived", "Dana", NULL, "2027-02-20", NULL, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "waived needs a note saying why");
  CHECK(pm_state_mark(st, "essentials.key-person:zoë", "waived", "Dana", "Zoë has a deputy", "2027-02-20", NULL,
                      &d) == PM_OK);
  CHECK(pm_state_mark(st, "x.y", "finished", "Dana", NULL, "2027-02-20", NULL, &d) == PM_ERR_INPUT);
  CHECK(pm_state_mark(st, "not an id", "done", "Dana", NULL, "2027-02-20", NULL, &d) == PM_ERR_INPUT);
  CHECK(pm_state_mark(st, "x.y", "done", "", NULL, "2027-02-20", NULL, &d) == PM_ERR_INPUT);
  CHECK(pm_state_mark(st, "x.y", "done", "Dana", NULL, "2027-02-20", "2027-03-01", &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "only an acceptance can have an end date (until)");
  CHECK(pm_state_mark(st, "x.y", "accepted", "Dana", "fine", "2027-02-20", "2027-13-01", &d) == PM_ERR_INPUT);
  CHECK(pm_state_mark(st, "x.y", "accepted", "Dana", "fine", "2027-02-20", "2027-03-01", &d) == PM_OK);
  CHECK(pm_state_mark(st, "essentials.qr-link", "open", "Marco", NULL, "2027-02-21", NULL, &d) == PM_OK);
  CHECK_INT(pm_state_count(st), 3);
  CHECK(pm_state_save(st, path, &d) == PM_OK);
  pm_state_free(st);
  CHECK(pm_state_load(path, &st, &created, &d) == PM_OK);
  CHECK(!created);
  CHECK_INT(pm_state_count(st), 3);
  CHECK(pm_state_find(st, "essentials.qr-link") && pm_state_find(st, "essentials.qr-link")->status == PM_ST_OPEN);
  CHECK(pm_state_find(st, "x.y") && strcmp(pm_state_find(st, "x.y")->until, "2027-03-01") == 0);
  CHECK(pm_state_find(st, "a.b") == NULL);
  pm_state_free(st);
}

static void test_strict_reading(void)
{
  pm_state *st;
  pm_diag d;
  write_text("{\"schema\": \"premortem.state/1\", \"items\": {\"a.b\": {\"status\": \"done\", \"by\": \"X\", \"at\": \"2027-01-01\", \"colour\": 1}}}");
  CHECK(pm_state_load(path, &st, NULL, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "unknown field 'colour' in item \"a.b\"");
  write_text("{\"schema\": \"premortem.checklist/1\", \"items\": {}}");
  CHECK(pm_state_load(path, &st, NULL, &d) == PM_ERR_INPUT);
  write_text("{\"schema\": \"premortem.state/1\",\n \"items\": {\"a.b\": {\"status\": \"waived\", \"by\": \"X\", \"at\": \"2027-01-01\"}}}");
  CHECK(pm_state_load(path, &st, NULL, &d) == PM_ERR_INPUT);
  CHECK_STR(d.message, "item \"a.b\": waived needs a note saying why");
  CHECK_INT(d.line, 2);
  write_text("{\"schema\": \"premortem.state/1\", \"items\": {");
  CHECK(pm_state_load(path, &st, NULL, &d) == PM_ERR_INPUT);
  CHECK(d.line == 1 && d.col > 1);
}

/* A state of n decisions, all by 'who'. */
static pm_state *big_state(int n, const char *who)
{
  pm_state *st;
  pm_diag d;
  char id[64];
  int i;
  unlink(path);
  pm_state_load(path, &st, NULL, &d);
  for(i = 0; i < n; i++) {
    snprintf(id, sizeof id, "pack.rule-%05d:subject", i);
    pm_state_mark(st, id, "accepted", who, "a long enough note to make the file a few megabytes in all", "2027-02-20",
                  "2027-12-31", &d);
  }
  return st;
}

static void test_killed_writer(void)
{
  pm_state *old = big_state(5000, "Old"), *new = big_state(5000, "New");
  pm_diag d;
  int round, olds = 0, news = 0, broken = 0;
  struct timespec t0, t1;
  long save_us;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  CHECK(pm_state_save(old, path, &d) == PM_OK);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  /* kill within twice the time one save takes, so some kills land mid-write */
  save_us = (t1.tv_sec - t0.tv_sec) * 1000000L + (t1.tv_nsec - t0.tv_nsec) / 1000L + 1;
  srand((unsigned)time(NULL));
  for(round = 0; round < 40; round++) {
    pid_t pid = fork();
    pm_state *st = NULL;
    if(pid == 0) {
      for(;;)
        pm_state_save(new, path, &d);  /* until killed */
    }
    {
      struct timespec ts = { 0, (rand() % (2 * save_us)) * 1000L };
      nanosleep(&ts, NULL);
    }
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    if(pm_state_load(path, &st, NULL, &d) != PM_OK || pm_state_count(st) != 5000) {
      broken++;
      fprintf(stderr, "round %d: the state file is broken: %s\n", round, d.message);
    } else if(strcmp(pm_state_find(st, "pack.rule-00000:subject")->by, "Old") == 0)
      olds++;
    else
      news++;
    pm_state_free(st);
    if(round % 2 == 0)
      pm_state_save(old, path, &d);  /* start again from the old state half of the time */
  }
  CHECK_INT(broken, 0);
  printf("killed writers: %d left the old state, %d the new one, %d a broken file\n", olds, news, broken);
  pm_state_free(old);
  pm_state_free(new);
}

int main(void)
{
  char cmd[4200];
  if(!mkdtemp(dir))
    return 2;
  snprintf(path, sizeof path, "%s/state.json", dir);
  test_validation();
  test_strict_reading();
  test_killed_writer();
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if(system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", dir);
  CHECK_DONE();
}
