/*
** score.h: residual risk, readiness and the gate (docs/scoring.md).
*/
#ifndef PM_SCORE_H
#define PM_SCORE_H
#include "engine.h"

/* Residual level, priority, points and blocking of one item, from its rule, mitigation, owner and status. */
void pm_score_item(const pm_engine *e, pm_item *it);
/* The plan's readiness, grade, counts and gate from its scored items. */
void pm_score_checklist(const pm_engine *e, pm_checklist *cl, int fail_under);

#endif
