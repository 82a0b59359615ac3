/*
** test_sandbox.c: hostile rules (tests/fixtures/hostile) are each stopped
** with a clear diagnostic naming the rule, and the good rules' items are
** still produced, untouched by what the others tried.
** argv[1]: the source directory.
*/
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "model.h"

static char path_buf[4096];

static const char *path(const char *src, const char *rel)
{
  snprintf(path_buf, sizeof path_buf, "%s/%s", src, rel);
  return path_buf;
}

static const pm_diag *diag_for(const pm_checklist *cl, const char *rule)
{
  size_t i;
  for(i = 0; i < cl->diags.n; i++)
    if(strcmp(cl->diags.v[i].rule, rule) == 0)
      return &cl->diags.v[i];
  return NULL;
}

static void expect(const pm_checklist *cl, const char *rule, const char *needle)
{
  const pm_diag *d = diag_for(cl, rule);
  check_count++;
  if(!d) {
    check_failures++;
    fprintf(stderr, "no diagnostic for %s\n", rule);
    return;
  }
  if(!strstr(d->message, needle)) {
    check_failures++;
    fprintf(stderr, "%s: message \"%s\" lacks \"%s\"\n", rule, d->message, needle);
  }
  CHECK(d->level == PM_LEVEL_ERROR);
  CHECK(strstr(d->source, "hostile/") != NULL);   /* names the rule file */
}

static int has_item(const pm_checklist *cl, const char *id)
{
  size_t i;
  for(i = 0; i < cl->nitems; i++)
    if(strcmp(cl->items[i]->id, id) == 0)
      return 1;
  return 0;
}

int main(int argc, char **argv)
{
  const char *src = argc > 1 ? argv[1] : ".";
  const char *text = "{\"title\": \"Launch day\", \"announcement\": \"We launch on Monday.\"}";
  pm_options opt;
  pm_engine *e;
  pm_plan *plan;
  pm_checklist *cl;
  pm_diags problems = { 0 };
  pm_diag err;
  int round;

  memset(&opt, 0, sizeof opt);
  opt.rule_instructions = 2000000;
  opt.rule_memory = (size_t)8 << 20;
  CHECK(pm_engine_new(&opt, &e, &err) == PM_OK);
  CHECK(pm_engine_load_rules(e, path(src, "rules"), PM_LOAD_DATA_ONLY, &problems, &err) == PM_OK);
  CHECK(pm_engine_load_rules(e, path(src, "tests/fixtures/hostile"), 0, &problems, &err) == PM_OK);
  CHECK_INT(problems.n, 0);
  CHECK(pm_plan_load_buffer(e, "plan.json", text, strlen(text), 1, NULL, &plan, NULL, &err) == PM_OK);

  /* twice: the state must be usable after every kind of failure */
  for(round = 0; round < 2; round++) {
    CHECK(pm_check(e, plan, &cl, &err) == PM_OK);
    CHECK(has_item(cl, "hostile.good:still-here"));
    CHECK(has_item(cl, "hostile.z-canary:canary"));
    CHECK_INT(cl->nitems, 2);
    expect(cl, "hostile.loop", "instruction limit of 2000000 exceeded");
    expect(cl, "hostile.pcall-loop", "instruction limit");
    expect(cl, "hostile.xpcall-handler", "global 'xpcall'");
    expect(cl, "hostile.membomb", "memory limit");
    expect(cl, "hostile.repbomb", "memory limit");
    expect(cl, "hostile.recursion", "memory limit");
    expect(cl, "hostile.io", "global 'io'");
    expect(cl, "hostile.os", "global 'os'");
    expect(cl, "hostile.require", "global 'require'");
    expect(cl, "hostile.load", "global 'load'");
    expect(cl, "hostile.dofile", "global 'dofile'");
    expect(cl, "hostile.debug", "global 'debug'");
    expect(cl, "hostile.rawset", "global 'rawset'");
    expect(cl, "hostile.collect", "global 'collectgarbage'");
    expect(cl, "hostile.gmeta", "global '_G'");
    expect(cl, "hostile.global", "assignment to undeclared global 'leaked'");
    expect(cl, "hostile.strmeta", "attempt to index a boolean value");
    expect(cl, "hostile.libmutate", "read-only table");
    expect(cl, "hostile.planwrite", "read-only table");
    expect(cl, "hostile.throw", "boom");
    expect(cl, "hostile.errobj", "error object is a table value");
    expect(cl, "hostile.badreturn", "check() must return");
    expect(cl, "hostile.baditem", "unknown field 'colour'");
    expect(cl, "hostile.gc", "__gc are not allowed");
    expect(cl, "hostile.pattern", "pattern too costly for a text of 100000 bytes");
    CHECK_INT(cl->rule_errors, 25);
    {
      const pm_diag *d = diag_for(cl, "hostile.throw");
      CHECK(d && d->line == 8);   /* the line of error("boom") in throw.lua */
    }
    pm_checklist_free(cl);
  }
  pm_plan_free(plan);
  pm_engine_free(e);
  pm_diags_free(&problems);
  CHECK_DONE();
}
