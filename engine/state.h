/*
** state.h: tracked statuses by item id (the state file).
*/
#ifndef PM_STATE_H
#define PM_STATE_H
#include "include/premortem.h"

enum { PM_ST_OPEN = 0, PM_ST_DONE, PM_ST_WAIVED, PM_ST_ACCEPTED };

typedef struct pm_state_entry {
  char *id, *by, *note, *at, *until;
  int status;
} pm_state_entry;

struct pm_state {
  pm_state_entry *v;     /* sorted by id */
  size_t n, cap;
};

const pm_state_entry *pm_state_find(const pm_state *st, const char *id);
const char *pm_state_status_name(int status);

/* review.c: the incidents of a history that concern a rule (same rule or category). */
size_t pm_history_match(const pm_history *h, const char *rule, const char *category, size_t *idx, size_t max);
const char *pm_history_title(const pm_history *h, size_t i);
const char *pm_history_date(const pm_history *h, size_t i);

#endif
