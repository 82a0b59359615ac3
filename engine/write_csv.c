/*
** write_csv.c: one row per item, RFC 4180 (CRLF, quoted when needed, quotes
** doubled), columns in a fixed order, for spreadsheets.
*/
#include <string.h>

#include "write.h"

static const char *const columns[] = {
  "plan", "id", "title", "category", "severity", "likelihood", "level", "residual_level", "status", "blocking",
  "points", "owner", "owner_role", "owner_via", "due", "wrong", "causes", "prevent", "respond", "evidence", NULL
};

static void field(pm_buf *b, const char *s, int first)
{
  if(!first)
    pm_buf_addc(b, ',');
  if(!s)
    return;
  if(strpbrk(s, ",\"\r\n")) {
    pm_buf_addc(b, '"');
    for(; *s; s++) {
      if(*s == '"')
        pm_buf_addc(b, '"');
      pm_buf_addc(b, *s);
    }
    pm_buf_addc(b, '"');
  } else
    pm_buf_adds(b, s);
}

/* A list as one field: its entries on lines of their own. */
static void list_field(pm_buf *b, const pm_strv *v)
{
  pm_buf tmp;
  size_t i;
  pm_buf_init(&tmp, 0);
  for(i = 0; i < v->n; i++) {
    if(i)
      pm_buf_addc(&tmp, '\n');
    pm_buf_adds(&tmp, v->v[i]);
  }
  field(b, tmp.p ? tmp.p : "", 0);
  if(tmp.failed)
    b->failed = 1;
  pm_buf_free(&tmp);
}

static void evidence_field(pm_buf *b, const pm_item *it)
{
  pm_buf tmp;
  size_t i;
  pm_buf_init(&tmp, 0);
  for(i = 0; i < it->nev; i++) {
    const pm_evidence *ev = &it->ev[i];
    if(i)
      pm_buf_addc(&tmp, '\n');
    pm_buf_adds(&tmp, ev->source ? ev->source : pm_field_name(ev->field));
    if(ev->line > 0)
      pm_buf_addf(&tmp, " %d:%d", ev->line, ev->col);
    pm_buf_adds(&tmp, ": ");
    pm_buf_adds(&tmp, ev->text);
  }
  field(b, tmp.p ? tmp.p : "", 0);
  if(tmp.failed)
    b->failed = 1;
  pm_buf_free(&tmp);
}

pm_status pm_write_csv(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  size_t c, i;
  char num[32], due[16];
  for(i = 0; columns[i]; i++)
    field(b, columns[i], i == 0);
  pm_buf_adds(b, "\r\n");
  for(c = 0; c < n; c++) {
    const pm_checklist *cl = cls[c];
    for(i = 0; i < cl->nitems; i++) {
      const pm_item *it = cl->items[i];
      field(b, cl->plan->source, 1);
      field(b, it->id, 0);
      field(b, pm_item_title(it), 0);
      field(b, it->rule->category, 0);
      snprintf(num, sizeof num, "%d", it->severity);
      field(b, num, 0);
      snprintf(num, sizeof num, "%d", it->likelihood);
      field(b, num, 0);
      field(b, pm_level_text(e, it->level), 0);
      field(b, pm_level_text(e, it->res_level), 0);
      field(b, pm_state_status_name(it->status), 0);
      field(b, it->blocking ? "yes" : "no", 0);
      snprintf(num, sizeof num, "%d", it->points);
      field(b, num, 0);
      field(b, it->owner_name, 0);
      field(b, it->owner_role, 0);
      field(b, it->owner_via, 0);
      field(b, pm_item_due(it, due), 0);
      field(b, pm_item_wrong(it), 0);
      list_field(b, pm_item_causes(it));
      list_field(b, pm_item_prevent(it));
      list_field(b, pm_item_respond(it));
      evidence_field(b, it);
      pm_buf_adds(b, "\r\n");
    }
  }
  return PM_OK;
}
