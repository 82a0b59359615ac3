/*
** rulelib.h: what rules see of the engine: a read-only view of the plan
** and the `doc` object whose text helpers are implemented here in C.
** All functions run inside a protected call.
*/
#ifndef PM_RULELIB_H
#define PM_RULELIB_H
#include <lua.h>

#include "model.h"
#include "text.h"

/* The plan's indexed text fields; a field not present has present[f] == 0. */
typedef struct pm_doc {
  pm_text text[PM_NFIELDS];
  int present[PM_NFIELDS];
  /* where each field sits in the plan file, for line and column */
  const pm_lines *file;      /* borrowed */
  size_t *fmap[PM_NFIELDS];  /* field offset -> file offset (JSON strings); owned */
  size_t fbase[PM_NFIELDS];  /* else: file offset = fbase + field offset */
  int fknown[PM_NFIELDS];    /* 0: the field is not in the plan file (e.g. from a roster) */
} pm_doc;

/* File line and column of a field's source offset; 0, 0 when not in the plan file. */
void pm_doc_position(const pm_doc *doc, int field, size_t off, int *line, int *col);

struct pm_engine;
/*
** Pushes the read-only view checklist-phase rules get: {items, launch_date,
** today}, each item with id, rule, level, residual_level, status, owner...   [-0, +1, m]
*/
void pm_rulelib_push_checklist(lua_State *L, const struct pm_engine *e, const pm_checklist *cl);
/* Pushes the read-only plan view.   [-0, +1, m] */
void pm_rulelib_push_plan(lua_State *L, const pm_plan *p);
/*
** Pushes a doc object borrowing 'doc' until pm_rulelib_release_doc(handle);
** returns the handle. The caller keeps the object alive (on the stack).   [-0, +1, m]
*/
void *pm_rulelib_push_doc(lua_State *L, const pm_doc *doc);
/* Detaches a doc object from its C text: later use raises an error. Never raises. */
void pm_rulelib_release_doc(void *handle);
/* Pushes a hit table {text, line, column, offset, source} for norm range [ns, ne).   [-0, +1, m] */
void pm_rulelib_push_hit(lua_State *L, const pm_doc *doc, int field, size_t ns, size_t ne);

#endif
