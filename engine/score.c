/*
** score.c: from items to one answer, "is this plan ready?".
**
** Per item: each kind of mitigation evidence (a mitigation phrase in the
** plan; a plan "mitigations" entry naming the rule) lowers the residual
** likelihood by one step (FMEA occurrence by two), never below 1; the
** residual level is looked up in the risk matrix (data). An item counts
** against readiness only while it is open: it costs the points its residual
** level is worth, plus the unowned penalty when nobody owns it. Readiness is
** 100 minus the points of all items, floored at 0, so every point lost is an
** item's. The matrix is monotone and points rise with levels (both checked
** when risk.lua loads), so a mitigation, an owner or a done status never
** lowers readiness, and a new risk never raises it.
*/
#include "score.h"
#include "state.h"

#include <string.h>

static int clamp1(int v) { return v < 1 ? 1 : v; }

void pm_score_item(const pm_engine *e, pm_item *it)
{
  const pm_rule *r = it->rule;
  size_t i;
  int phrase = 0, entry = 0, open;
  for(i = 0; i < it->nmit; i++) {
    if(it->mit[i].field >= 0)
      phrase = 1;
    else
      entry = 1;
  }
  it->mit_kinds = phrase + entry;
  it->res_likelihood = clamp1(it->likelihood - it->mit_kinds);
  it->level = pm_engine_level(e, it->severity, it->likelihood);
  it->res_level = pm_engine_level(e, it->severity, it->res_likelihood);
  it->priority = it->res_priority = 0;
  it->res_occurrence = 0;
  if(r->fmea_s) {
    it->res_occurrence = clamp1(r->fmea_o - 2 * it->mit_kinds);
    it->priority = pm_engine_priority(e, r->fmea_s, r->fmea_o, r->fmea_d);
    it->res_priority = pm_engine_priority(e, r->fmea_s, it->res_occurrence, r->fmea_d);
  }
  open = it->status == PM_ST_OPEN;
  it->points = 0;
  it->blocking = 0;
  if(open) {
    if(it->res_level >= 0)
      it->points += e->points[it->res_level];
    if(!it->owner_name)
      it->points += e->unowned_points;
    it->blocking = (e->has_risk && it->res_level >= e->blocking_level) || it->res_priority == 'H' || !it->owner_name;
  }
}

void pm_score_checklist(const pm_engine *e, pm_checklist *cl, int fail_under)
{
  pm_score *s = &cl->score;
  size_t i;
  int g;
  memset(s, 0, sizeof *s);
  for(i = 0; i < cl->nitems; i++) {
    const pm_item *it = cl->items[i];
    s->lost += it->points;
    s->blocking += it->blocking != 0;
    switch(it->status) {
    case PM_ST_DONE: s->done++; break;
    case PM_ST_WAIVED: s->waived++; break;
    case PM_ST_ACCEPTED: s->accepted++; break;
    default:
      s->open++;
      s->unowned += !it->owner_name;
    }
  }
  s->readiness = s->lost >= 100 ? 0 : 100 - s->lost;
  s->grade = NULL;
  for(g = 0; g < e->ngrades; g++)
    if(s->readiness >= e->grades[g].min) {
      s->grade = e->grades[g].grade;
      break;
    }
  s->fail_under = fail_under;
  s->passed = s->blocking == 0 && s->readiness >= fail_under;
}
