/*
** write.h: what the report writers share. Every writer renders the same
** checklists (several plans at once); the JSON writer is the contract, the
** others are views of it for people and tools.
*/
#ifndef PM_WRITE_H
#define PM_WRITE_H
#include "buf.h"
#include "engine.h"
#include "state.h"

typedef pm_status (*pm_writer_fn)(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);

/* An item's text, the check()'s override or the rule's own. */
const char *pm_item_title(const pm_item *it);
const char *pm_item_wrong(const pm_item *it);
const pm_strv *pm_item_causes(const pm_item *it);
const pm_strv *pm_item_prevent(const pm_item *it);
const pm_strv *pm_item_respond(const pm_item *it);
/* The level name at index k, or "unrated". */
const char *pm_level_text(const pm_engine *e, int k);
/* "YYYY-MM-DD", or NULL without a due date. buf: 11 bytes. */
const char *pm_item_due(const pm_item *it, char *buf);
/* The items of a checklist ordered by owner name (unowned last), then due date, then id. Caller frees. */
const pm_item **pm_items_by_owner(const pm_checklist *cl);
/* 1 when the item needs no more work (done, waived, or accepted). */
int pm_item_closed(const pm_item *it);

pm_status pm_write_md(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);
pm_status pm_write_csv(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);
pm_status pm_write_html(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);
pm_status pm_write_sarif(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);
pm_status pm_write_junit(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);
pm_status pm_write_ics(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b);

#endif
