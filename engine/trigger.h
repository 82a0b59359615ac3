/*
** trigger.h: every trigger phrase of every rule compiled into one
** Aho-Corasick automaton over the normalised text. One pass over a plan's
** text finds which rules can fire; rules whose phrases are absent never
** enter Lua.
*/
#ifndef PM_TRIGGER_H
#define PM_TRIGGER_H
#include <stddef.h>
#include <stdint.h>

#include "text.h"

typedef struct pm_trigger pm_trigger;

pm_trigger *pm_trigger_new(void);
void pm_trigger_free(pm_trigger *tr);
/*
** Adds a phrase (raw; it is normalised here) for 'rule'. Returns 0 on
** out of memory; a phrase that normalises to nothing is ignored.
*/
int pm_trigger_add(pm_trigger *tr, const char *phrase, int rule);
/* Finishes the automaton: after this, no more adds. Returns 0 on out of memory. */
int pm_trigger_build(pm_trigger *tr);
/*
** Scans 't' and calls 'fn' for each word-bounded hit: the rule, the
** phrase number (order of adds) and the norm range. 'fn' returns 0 to stop
** (then pm_trigger_scan returns 0). The automaton completes its table as
** the scan goes (no allocation): one automaton is not for two threads.
*/
int pm_trigger_scan(pm_trigger *tr, const pm_text *t,
                    int (*fn)(void *ud, int rule, int phrase, size_t ns, size_t ne), void *ud);
size_t pm_trigger_states(const pm_trigger *tr);

/*
** A built automaton saved to a cache file under 'key' (a digest of every
** phrase and rule number added), and mapped back: building took a tenth
** of a check's start. Save is best effort (0: not saved); open returns
** NULL when there is no usable file for 'key' (or out of memory).
*/
int pm_trigger_save(const pm_trigger *tr, const char *path, uint64_t key);
pm_trigger *pm_trigger_open(const char *path, uint64_t key);

#endif
