/*
** test_score.c: the risk matrix and the FMEA action-priority table (every
** one of the 1,000 cells), and the properties of the readiness score:
** adding a mitigation, an owner or a done status never lowers it; adding a
** risk never raises it.
*/
#include <stdio.h>
#include <stdlib.h>

#include "check.h"
#include "score.h"
#include "state.h"

/*
** The AIAG-VDA (2019) design-FMEA action priority, written out cell by cell:
** ap[S-1][O-1][D-1]. Independent of the banded form in rules/priority.lua.
*/
static const char *const ap[10][10] = {
  /* S= 1 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL" },
  /* S= 2 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLMMMMMM", "LLLLMMMMMM", "LLLLMMMMMM" },
  /* S= 3 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLMMMMMM", "LLLLMMMMMM", "LLLLMMMMMM" },
  /* S= 4 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLMMMM", "LLLLLLMMMM", "LMMMMMMMMM", "LMMMMMMMMM", "MMMMHHHHHH", "MMMMHHHHHH", "MMMMHHHHHH" },
  /* S= 5 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLMMMM", "LLLLLLMMMM", "LMMMMMMMMM", "LMMMMMMMMM", "MMMMHHHHHH", "MMMMHHHHHH", "MMMMHHHHHH" },
  /* S= 6 */ { "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLLLLL", "LLLLLLMMMM", "LLLLLLMMMM", "LMMMMMMMMM", "LMMMMMMMMM", "MMMMHHHHHH", "MMMMHHHHHH", "MMMMHHHHHH" },
  /* S= 7 */ { "LLLLLLLLLL", "LLLLMMMMMM", "LLLLMMMMMM", "MMMMMMHHHH", "MMMMMMHHHH", "MHHHHHHHHH", "MHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH" },
  /* S= 8 */ { "LLLLLLLLLL", "LLLLMMMMMM", "LLLLMMMMMM", "MMMMMMHHHH", "MMMMMMHHHH", "MHHHHHHHHH", "MHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH" },
  /* S= 9 */ { "LLLLLLLLLL", "LLLLMMHHHH", "LLLLMMHHHH", "MHHHHHHHHH", "MHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH" },
  /* S=10 */ { "LLLLLLLLLL", "LLLLMMHHHH", "LLLLMMHHHH", "MHHHHHHHHH", "MHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH", "HHHHHHHHHH" },
};

static void test_priority(const pm_engine *e)
{
  int s, o, d, cells = 0, wrong = 0;
  for(s = 1; s <= 10; s++)
    for(o = 1; o <= 10; o++)
      for(d = 1; d <= 10; d++) {
        char got = pm_engine_priority(e, s, o, d);
        cells++;
        if(got != ap[s - 1][o - 1][d - 1]) {
          if(wrong++ < 10)
            fprintf(stderr, "AP(S=%d, O=%d, D=%d) = %c, want %c\n", s, o, d, got ? got : '0',
                    ap[s - 1][o - 1][d - 1]);
        }
      }
  CHECK_INT(cells, 1000);
  CHECK_INT(wrong, 0);
  CHECK(pm_engine_priority(e, 0, 5, 5) == 0);
  CHECK(pm_engine_priority(e, 5, 11, 5) == 0);
}

static void test_matrix(const pm_engine *e)
{
  int s, l;
  for(s = 1; s <= 5; s++)
    for(l = 1; l <= 5; l++) {
      int k = pm_engine_level(e, s, l);
      CHECK(k >= 0);
      if(l > 1)
        CHECK(k >= pm_engine_level(e, s, l - 1));
      if(s > 1)
        CHECK(k >= pm_engine_level(e, s - 1, l));
    }
  /* never ranked by the product alone: 5 x 1 and 1 x 5 differ from 2 x 3 and 3 x 2 here */
  CHECK_STR(e->levels.v[pm_engine_level(e, 5, 1)], "medium");
  CHECK_STR(e->levels.v[pm_engine_level(e, 1, 5)], "medium");
  CHECK_STR(e->levels.v[pm_engine_level(e, 4, 5)], "critical");
  CHECK_STR(e->levels.v[pm_engine_level(e, 5, 4)], "critical");
  CHECK_STR(e->levels.v[pm_engine_level(e, 1, 1)], "low");
}

/* ---- properties of the readiness score, on random checklists ---- */

static unsigned seed = 2027;
static int rnd(int n) { return (int)((seed = seed * 1103515245u + 12345u) >> 16) % n; }

typedef struct world {
  pm_rule rules[40];
  pm_item items[40];
  pm_item *ptrs[40];
  pm_evidence mits[40][2];
  int n;
} world;

static void random_world(world *w)
{
  int i;
  memset(w, 0, sizeof *w);
  w->n = 1 + rnd(30);
  for(i = 0; i < w->n; i++) {
    pm_rule *r = &w->rules[i];
    pm_item *it = &w->items[i];
    r->severity = 1 + rnd(5);
    r->likelihood = 1 + rnd(5);
    if(rnd(3) == 0) {
      r->fmea_s = 1 + rnd(10);
      r->fmea_o = 1 + rnd(10);
      r->fmea_d = 1 + rnd(10);
    }
    it->rule = r;
    it->severity = r->severity;
    it->likelihood = r->likelihood;
    it->owner_name = rnd(4) ? "Dana" : NULL;
    it->status = rnd(5) == 0 ? 1 + rnd(3) : PM_ST_OPEN;
    it->mit = w->mits[i];
    it->nmit = (size_t)rnd(2);
    w->mits[i][0].field = rnd(2) ? -1 : 1;
    w->mits[i][1].field = -1;
    w->ptrs[i] = it;
  }
}

static int readiness(const pm_engine *e, world *w, pm_checklist *cl)
{
  int i;
  for(i = 0; i < w->n; i++)
    pm_score_item(e, &w->items[i]);
  memset(cl, 0, sizeof *cl);
  cl->items = w->ptrs;
  cl->nitems = (size_t)w->n;
  pm_score_checklist(e, cl, 0);
  return cl->score.readiness;
}

static void test_properties(const pm_engine *e)
{
  int trial, bad = 0;
  for(trial = 0; trial < 2000; trial++) {
    world w;
    pm_checklist cl;
    int before, after, i, k;
    random_world(&w);
    before = readiness(e, &w, &cl);
    CHECK(before >= 0 && before <= 100);
    {
      /* every point lost is an item's */
      int sum = 0;
      for(k = 0; k < w.n; k++)
        sum += w.items[k].points;
      CHECK_INT(cl.score.lost, sum);
      CHECK_INT(cl.score.readiness, sum >= 100 ? 0 : 100 - sum);
    }
    i = rnd(w.n);
    switch(trial % 4) {
    case 0:  /* a mitigation */
      if(w.items[i].nmit < 2) {
        w.mits[i][w.items[i].nmit].field = w.items[i].nmit ? 1 : -1;
        w.items[i].nmit++;
      }
      after = readiness(e, &w, &cl);
      bad += after < before;
      break;
    case 1:  /* an owner */
      w.items[i].owner_name = "Sam";
      after = readiness(e, &w, &cl);
      bad += after < before;
      break;
    case 2:  /* a done status */
      w.items[i].status = PM_ST_DONE;
      after = readiness(e, &w, &cl);
      bad += after < before;
      break;
    default:  /* a new risk */
      if(w.n < 40) {
        w.rules[w.n].severity = 1 + rnd(5);
        w.rules[w.n].likelihood = 1 + rnd(5);
        w.items[w.n].rule = &w.rules[w.n];
        w.items[w.n].severity = w.rules[w.n].severity;
        w.items[w.n].likelihood = w.rules[w.n].likelihood;
        w.items[w.n].owner_name = rnd(2) ? "Dana" : NULL;
        w.ptrs[w.n] = &w.items[w.n];
        w.n++;
      }
      after = readiness(e, &w, &cl);
      bad += after > before;
    }
  }
  CHECK_INT(bad, 0);
}

static void test_residual(const pm_engine *e)
{
  pm_rule r;
  pm_item it;
  pm_evidence mit[2];
  memset(&r, 0, sizeof r);
  memset(&it, 0, sizeof it);
  memset(mit, 0, sizeof mit);
  r.severity = 4;
  r.likelihood = 4;
  r.fmea_s = 9;
  r.fmea_o = 6;
  r.fmea_d = 5;
  it.rule = &r;
  it.severity = r.severity;
  it.likelihood = r.likelihood;
  it.owner_name = "Dana";
  it.mit = mit;
  pm_score_item(e, &it);
  CHECK_STR(e->levels.v[it.res_level], "high");
  CHECK(it.blocking);
  CHECK(it.res_priority == 'H');
  mit[0].field = 1;      /* a phrase in the plan */
  mit[1].field = -1;     /* a plan mitigations entry */
  it.nmit = 2;
  pm_score_item(e, &it);
  CHECK_INT(it.res_likelihood, 2);
  CHECK_STR(e->levels.v[it.res_level], "medium");
  CHECK_INT(it.res_occurrence, 2);
  CHECK(it.res_priority == 'M');   /* S 9, O 2, D 5 */
  CHECK(!it.blocking);
  CHECK_INT(it.points, 2);
  it.owner_name = NULL;
  pm_score_item(e, &it);
  CHECK(it.blocking);               /* unowned blocks */
  CHECK_INT(it.points, 5);
  it.status = PM_ST_ACCEPTED;
  pm_score_item(e, &it);
  CHECK(!it.blocking);
  CHECK_INT(it.points, 0);
}

int main(int argc, char **argv)
{
  char dir[4096];
  pm_engine *e;
  pm_diag d;
  snprintf(dir, sizeof dir, "%s/rules", argc > 1 ? argv[1] : ".");
  CHECK(pm_engine_new(NULL, &e, &d) == PM_OK);
  CHECK(pm_engine_load_rules(e, dir, PM_LOAD_DATA_ONLY, NULL, &d) == PM_OK);
  CHECK(e->has_ap && e->has_risk);
  test_priority(e);
  test_matrix(e);
  test_residual(e);
  test_properties(e);
  pm_engine_free(e);
  CHECK_DONE();
}
