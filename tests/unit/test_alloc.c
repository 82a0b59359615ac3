/*
** test_alloc.c: fail the Nth allocation of a whole run (engine, rules,
** plan, check, JSON) for every N until the run completes, without and
** with a (warm) rule index cache. Each run must end in PM_OK or a clean
** PM_ERR_NOMEM: no crash, and (under the sanitizers) no leak.
*/
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>

#include "alloc.h"
#include "check.h"
#include "include/premortem.h"

static const char *PLAN =
  "{\"title\": \"Spring price drop\", \"announcement\": \"20% off. Scan the QR code or call our hotline.\",\n"
  " \"launch_date\": \"2027-03-01\", \"owner\": \"Dana\", \"bogus\": 1,\n"
  " \"team\": [{\"name\": \"Dana\", \"roles\": [\"launch lead\"]}, {\"name\": \"Marco\", \"roles\": [\"web\"]}],\n"
  " \"mitigations\": [{\"rule\": \"basic.qr\", \"note\": \"proof scanned\"}], \"facts\": {\"hotline_lines\": 4}}";

static pm_status whole_run(const char *src, const char *cache)
{
  pm_options opt;
  char dir[4096];
  pm_engine *e = NULL;
  pm_plan *p = NULL;
  pm_checklist *cl = NULL;
  pm_diags problems = { 0 }, warnings = { 0 };
  pm_diag d;
  char *json = NULL;
  size_t len;
  pm_status st;
  memset(&opt, 0, sizeof opt);
  opt.cache_dir = cache;
  st = pm_engine_new(&opt, &e, &d);
  if(st == PM_OK) {
    snprintf(dir, sizeof dir, "%s/rules", src);
    st = pm_engine_load_rules(e, dir, PM_LOAD_DATA_ONLY, &problems, &d);
  }
  if(st == PM_OK) {
    snprintf(dir, sizeof dir, "%s/tests/fixtures/basic", src);
    st = pm_engine_load_rules(e, dir, 0, &problems, &d);
  }
  if(st == PM_OK && problems.n)
    st = problems.v[0].code;   /* a rule that failed to load for want of memory */
  if(st == PM_OK)
    st = pm_plan_load_buffer(e, "plan.json", PLAN, strlen(PLAN), 1, NULL, &p, &warnings, &d);
  if(st == PM_OK)
    st = pm_check(e, p, &cl, &d);
  if(st == PM_OK && pm_checklist_add_diags(cl, &warnings) != PM_OK)
    st = PM_ERR_NOMEM;
  if(st == PM_OK && pm_checklist_rule_errors(cl))
    st = pm_checklist_diags(cl)->v[0].code;
  if(st == PM_OK)
    st = pm_checklist_json(e, cl, &json, &len, &d);
  if(st == PM_OK && (!strstr(json, "\"basic.qr\"") || !strstr(json, "\"basic.people:dana\"")))
    st = PM_ERR_INPUT;   /* a complete run must give the complete checklist */
  pm_string_free(json);
  pm_checklist_free(cl);
  pm_plan_free(p);
  pm_diags_free(&problems);
  pm_diags_free(&warnings);
  pm_engine_free(e);
  return st;
}

/* Fails each allocation of a whole run in turn; returns how many a run makes. */
static long fail_each(const char *src, const char *cache)
{
  long n, failed_before;
  int bad = 0;
  CHECK(whole_run(src, cache) == PM_OK);
  for(n = 1;; n++) {
    pm_status st;
    failed_before = pm_alloc_failures();
    pm_alloc_fail_after(n);
    st = whole_run(src, cache);
    pm_alloc_fail_after(0);
    if(pm_alloc_failures() == failed_before) {
      CHECK(st == PM_OK);      /* nothing failed: the run must be complete */
      break;
    }
    if(st != PM_OK && st != PM_ERR_NOMEM && bad++ < 10)
      fprintf(stderr, "allocation %ld failed: status %s instead of out of memory\n", n, pm_status_name(st));
    CHECK(st == PM_OK || st == PM_ERR_NOMEM);
  }
  return n;
}

int main(int argc, char **argv)
{
  const char *src = argc > 1 ? argv[1] : ".";
  char cache[] = "/tmp/pm-alloc-cache.XXXXXX", cmd[128];
  long n;
  n = fail_each(src, NULL);
  printf("%ld allocations in a whole run, each failed once\n", n);
  CHECK(n > 100);
  CHECK(mkdtemp(cache) != NULL);
  n = fail_each(src, cache);   /* its first run fills the cache: the others read it */
  printf("%ld allocations in a whole run from the rule index cache, each failed once\n", n);
  CHECK(n > 100);
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", cache);
  CHECK(system(cmd) == 0);
  CHECK_DONE();
}
