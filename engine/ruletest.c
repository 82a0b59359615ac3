/*
** ruletest.c: running a pack's own tests (`premortem rules test`), the
** way jq runs its .test files: every rule has plans that must fire it and
** plans that must not.
*/
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "diag.h"
#include "date.h"
#include "engine.h"

typedef struct tctx {
  const pm_options *opt;
  const char *data_root;
  pm_test_cb cb;
  void *ud;
  size_t *passed, *failed;
} tctx;

static void report(tctx *t, const char *pack, const char *rule, const char *file, const char *expect, int ok,
                   size_t items, const char *msg)
{
  pm_test_result r;
  r.pack = pack;
  r.rule = rule;
  r.file = file;
  r.expect = expect;
  r.passed = ok;
  r.items = items;
  r.message = ok ? "" : msg;
  if(ok)
    (*t->passed)++;
  else
    (*t->failed)++;
  if(t->cb)
    t->cb(t->ud, &r);
}

/*
** Splits "<rule>.fires-tag.json" into the rule stem and the expectation.
** Returns 0 for names that are not test plans.
*/
static int parse_name(const char *name, char *stem, size_t size, int *fires)
{
  const char *dot = strchr(name, '.'), *kind, *ext = strrchr(name, '.');
  size_t n;
  if(!dot || !ext || ext == dot)
    return 0;
  if(strcmp(ext, ".json") != 0 && strcmp(ext, ".txt") != 0 && strcmp(ext, ".md") != 0)
    return 0;
  kind = dot + 1;
  if(strncmp(kind, "fires", 5) == 0 && (kind[5] == '.' || kind[5] == '-'))
    *fires = 1;
  else if(strncmp(kind, "quiet", 5) == 0 && (kind[5] == '.' || kind[5] == '-'))
    *fires = 0;
  else
    return 0;
  n = (size_t)(dot - name);
  if(n >= size)
    return 0;
  memcpy(stem, name, n);
  stem[n] = '\0';
  return 1;
}

/*
** A test plan may come with a sidecar "<test>.today" holding the date to
** check it on (for rules about overdue items). Returns 1 and the date, 0
** when there is none, -1 when it is malformed.
*/
static int read_today(const char *plan, char *today, size_t size)
{
  char path[4096], *dot;
  FILE *f;
  size_t n;
  long d;
  today[0] = '\0';
  snprintf(path, sizeof path, "%s", plan);
  dot = strrchr(path, '.');
  if(!dot || (size_t)(dot - path) + 7 >= sizeof path)
    return 0;
  strcpy(dot, ".today");
  if(!(f = fopen(path, "r")))
    return 0;
  n = fread(today, 1, size - 1, f);
  fclose(f);
  today[n] = '\0';
  while(n && (today[n - 1] == '\n' || today[n - 1] == '\r' || today[n - 1] == ' '))
    today[--n] = '\0';
  return pm_date_parse(today, &d) ? 1 : -1;
}

/* The rule of this pack (ids in 'own') whose file name is 'stem'. */
static const pm_rule *rule_by_stem(const pm_engine *e, const pm_strv *own, const char *stem)
{
  size_t i, n = strlen(stem);
  for(i = 0; i < own->n; i++) {
    const char *id = own->v[i], *dot = strchr(id, '.');
    if(dot && strlen(dot + 1) == n && strcmp(dot + 1, stem) == 0)
      return pm_engine_find_rule(e, id);
  }
  return NULL;
}

static pm_status test_pack(tctx *t, const char *root, const char *dir, pm_diag *err)
{
  pm_engine *e = NULL;
  pm_diags problems = { 0 };
  pm_strv files = { 0 }, own = { 0 };
  pm_buf tests, path;
  size_t i, *nf = NULL, *nq = NULL;
  pm_status st;
  char msg[1024];

  pm_buf_init(&tests, 0);
  pm_buf_init(&path, 0);
  if((st = pm_engine_new(t->opt, &e, err)) != PM_OK)
    return st;
  /* the built-in data, and for a pack of a rules root that root's data and shared lib/ (once when they are one) */
  if(t->data_root && !(root && strcmp(root, t->data_root) == 0) &&
     (st = pm_engine_load_rules(e, t->data_root, PM_LOAD_DATA_ONLY | PM_LOAD_SHARED_LIB, NULL, err)) != PM_OK)
    goto done;
  if(root && (st = pm_engine_load_rules(e, root, PM_LOAD_DATA_ONLY | PM_LOAD_SHARED_LIB, NULL, err)) != PM_OK)
    goto done;
  st = pm_engine_load_rules(e, dir, 0, &problems, err);
  if(st == PM_ERR_NOMEM)
    goto done;
  if(st != PM_OK) {
    report(t, dir, NULL, NULL, "load", 0, 0, pm_diag_format(err, msg, sizeof msg));
    st = PM_OK;
    goto done;
  }
  for(i = 0; i < problems.n; i++)
    report(t, dir, problems.v[i].rule[0] ? problems.v[i].rule : NULL, problems.v[i].source, "load", 0, 0,
           pm_diag_format(&problems.v[i], msg, sizeof msg));
  for(i = 0; i < e->nrules; i++)
    if(!pm_strv_push(&own, e->rules[i]->id)) {
      st = pm_diag_nomem(err);
      goto done;
    }
  {
    /* checklist-phase rules judge other rules' items: test them over the built-in packs */
    int checklist_rules = 0;
    for(i = 0; i < e->nrules; i++)
      checklist_rules |= e->rules[i]->phase == PM_PHASE_CHECKLIST;
    if(checklist_rules && t->data_root) {
      pm_diags others = { 0 };
      st = pm_engine_load_rules(e, t->data_root, 0, &others, err);
      pm_diags_free(&others);  /* those packs' own problems are reported when they are tested */
      if(st != PM_OK)
        goto done;
    }
  }
  nf = pm_calloc(e->nrules + 1, sizeof *nf);
  nq = pm_calloc(e->nrules + 1, sizeof *nq);
  if(!nf || !nq || !pm_buf_addf(&tests, "%s/tests", dir)) {
    st = pm_diag_nomem(err);
    goto done;
  }
  if(pm_is_dir(tests.p) && (st = pm_dir_list(tests.p, 0, "", &files, err)) != PM_OK)
    goto done;
  for(i = 0; i < files.n; i++) {
    char stem[256];
    int fires;
    const pm_rule *r;
    pm_plan *plan = NULL;
    pm_diags warn = { 0 }, rp = { 0 };
    pm_diag d;
    size_t count = 0, k;
    char today[16];
    if(!parse_name(files.v[i], stem, sizeof stem, &fires))
      continue;
    path.len = 0;
    path.failed = 0;
    if(!pm_buf_addf(&path, "%s/%s", tests.p, files.v[i])) {
      st = pm_diag_nomem(err);
      goto done;
    }
    if(!(r = rule_by_stem(e, &own, stem))) {
      snprintf(msg, sizeof msg, "no rule '%s' in this pack for this test", stem);
      report(t, dir, NULL, path.p, fires ? "fires" : "quiet", 0, 0, msg);
      continue;
    }
    (fires ? nf : nq)[r->index]++;
    st = pm_plan_load_file(e, path.p, NULL, &plan, &warn, &d);
    if(st == PM_OK && read_today(path.p, today, sizeof today) < 0)
      st = pm_diag_set(&d, PM_ERR_INPUT, path.p, 0, 0, "its .today file does not hold one date YYYY-MM-DD");
    if(st == PM_OK)
      st = pm_check_count_rule(e, plan, r->id, today[0] ? today : NULL, &count, &rp, &d);
    pm_plan_free(plan);
    if(st == PM_ERR_NOMEM) {
      *err = d;
      pm_diags_free(&warn);
      pm_diags_free(&rp);
      goto done;
    }
    if(st != PM_OK)
      report(t, dir, r->id, path.p, fires ? "fires" : "quiet", 0, 0, pm_diag_format(&d, msg, sizeof msg));
    else {
      const pm_diag *bad = NULL;
      for(k = 0; k < rp.n && !bad; k++)
        if(strcmp(rp.v[k].rule, r->id) == 0)
          bad = &rp.v[k];
      if(!bad && warn.n)
        bad = &warn.v[0];
      if(bad)
        report(t, dir, r->id, path.p, fires ? "fires" : "quiet", 0, count, pm_diag_format(bad, msg, sizeof msg));
      else if(fires && count == 0)
        report(t, dir, r->id, path.p, "fires", 0, 0, "expected at least one item, got none");
      else if(!fires && count > 0) {
        snprintf(msg, sizeof msg, "expected no item, got %zu", count);
        report(t, dir, r->id, path.p, "quiet", 0, count, msg);
      } else
        report(t, dir, r->id, path.p, fires ? "fires" : "quiet", 1, count, "");
    }
    st = PM_OK;
    pm_diags_free(&warn);
    pm_diags_free(&rp);
  }
  for(i = 0; i < e->nrules; i++) {
    if((nf[i] && nq[i]) || !pm_strv_has(&own, e->rules[i]->id))
      continue;
    snprintf(msg, sizeof msg, "missing test: %s/tests/%s.%s.json (or .txt, .md)", dir,
             strchr(e->rules[i]->id, '.') + 1, nf[i] ? "quiet" : "fires");
    report(t, dir, e->rules[i]->id, NULL, "tests", 0, 0, msg);
  }
done:
  pm_free(nf);
  pm_free(nq);
  pm_strv_free(&files);
  pm_strv_free(&own);
  pm_buf_free(&tests);
  pm_buf_free(&path);
  pm_diags_free(&problems);
  pm_engine_free(e);
  return st;
}

PM_API pm_status pm_rules_test(const char *dir, const char *data_root, const pm_options *opt, pm_test_cb cb,
                               void *ud, size_t *passed, size_t *failed, pm_diag *err)
{
  tctx t;
  pm_buf path;
  pm_strv subs = { 0 };
  pm_status st = PM_OK;
  size_t i;
  int found = 0;

  t.opt = opt;
  t.data_root = data_root;
  t.cb = cb;
  t.ud = ud;
  t.passed = passed;
  t.failed = failed;
  *passed = *failed = 0;
  pm_buf_init(&path, 0);
  if(!pm_is_dir(dir))
    return pm_diag_set(err, PM_ERR_IO, dir, 0, 0, "not a rules directory");
  if(!pm_buf_addf(&path, "%s/pack.lua", dir))
    return pm_diag_nomem(err);
  if(pm_is_file(path.p)) {
    pm_buf_free(&path);
    return test_pack(&t, NULL, dir, err);
  }
  if((st = pm_dir_list(dir, 1, NULL, &subs, err)) != PM_OK) {
    pm_buf_free(&path);
    return st;
  }
  for(i = 0; i < subs.n && st == PM_OK; i++) {
    path.len = 0;
    path.failed = 0;
    if(!pm_buf_addf(&path, "%s/%s/pack.lua", dir, subs.v[i])) {
      st = pm_diag_nomem(err);
      break;
    }
    if(!pm_is_file(path.p))
      continue;
    found = 1;
    path.len -= strlen("/pack.lua");
    path.p[path.len] = '\0';
    st = test_pack(&t, dir, path.p, err);
  }
  pm_buf_free(&path);
  pm_strv_free(&subs);
  if(st == PM_OK && !found)
    return pm_diag_set(err, PM_ERR_INPUT, dir, 0, 0, "no rule packs here (a pack is a folder with pack.lua)");
  return st;
}
