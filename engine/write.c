/*
** write.c: the writer table and what the writers share.
*/
#include "write.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "diag.h"

const char *pm_item_title(const pm_item *it) { return it->title ? it->title : it->rule->title; }
const char *pm_item_wrong(const pm_item *it) { return it->wrong ? it->wrong : it->rule->wrong; }
const pm_strv *pm_item_causes(const pm_item *it) { return it->causes.n ? &it->causes : &it->rule->causes; }
const pm_strv *pm_item_prevent(const pm_item *it) { return it->prevent.n ? &it->prevent : &it->rule->prevent; }
const pm_strv *pm_item_respond(const pm_item *it) { return it->respond.n ? &it->respond : &it->rule->respond; }

const char *pm_level_text(const pm_engine *e, int k) { return k < 0 ? "unrated" : e->levels.v[k]; }

const char *pm_item_due(const pm_item *it, char *buf)
{
  if(!it->has_due)
    return NULL;
  pm_date_format(it->due_days, buf);
  return buf;
}

int pm_item_closed(const pm_item *it) { return it->status != PM_ST_OPEN; }

static int cmp_owner(const void *a, const void *b)
{
  const pm_item *x = *(const pm_item *const *)a, *y = *(const pm_item *const *)b;
  int c;
  if(!x->owner_name != !y->owner_name)
    return x->owner_name ? -1 : 1;
  if(x->owner_name && (c = strcmp(x->owner_name, y->owner_name)) != 0)
    return c;
  if(x->has_due != y->has_due)
    return x->has_due ? -1 : 1;
  if(x->has_due && x->due_days != y->due_days)
    return x->due_days < y->due_days ? -1 : 1;
  return strcmp(x->id, y->id);
}

const pm_item **pm_items_by_owner(const pm_checklist *cl)
{
  const pm_item **v = pm_malloc((cl->nitems + 1) * sizeof *v);
  size_t i;
  if(!v)
    return NULL;
  for(i = 0; i < cl->nitems; i++)
    v[i] = cl->items[i];
  if(cl->nitems)
    qsort(v, cl->nitems, sizeof *v, cmp_owner);
  return v;
}

static const struct {
  const char *name;
  pm_writer_fn fn;
} writers[] = {
  { "md", pm_write_md }, { "csv", pm_write_csv }, { "html", pm_write_html },
  { "sarif", pm_write_sarif }, { "junit", pm_write_junit }, { "ics", pm_write_ics },
};

PM_API int pm_format_known(const char *format)
{
  size_t i;
  if(strcmp(format, "json") == 0)
    return 1;
  for(i = 0; i < sizeof writers / sizeof writers[0]; i++)
    if(strcmp(writers[i].name, format) == 0)
      return 1;
  return 0;
}

PM_API pm_status pm_checklists_write(const pm_engine *e, const pm_checklist *const *cls, size_t n, const char *format,
                                     char **out, size_t *len, pm_diag *err)
{
  pm_buf b;
  size_t i;
  pm_status st = PM_ERR_USAGE;
  *out = NULL;
  *len = 0;
  if(strcmp(format, "json") == 0) {
    /* one checklist: the object; several: an array of them */
    pm_buf_init(&b, 0);
    if(n != 1)
      pm_buf_adds(&b, "[\n");
    for(i = 0; i < n; i++) {
      char *s;
      size_t sl;
      if((st = pm_checklist_json(e, cls[i], &s, &sl, err)) != PM_OK) {
        pm_buf_free(&b);
        return st;
      }
      pm_buf_add(&b, s, n != 1 ? sl - 1 : sl);
      pm_free(s);
      if(n != 1)
        pm_buf_adds(&b, i + 1 < n ? ",\n" : "\n");
    }
    if(n != 1)
      pm_buf_adds(&b, "]\n");
    st = PM_OK;
  } else {
    for(i = 0; i < sizeof writers / sizeof writers[0]; i++)
      if(strcmp(writers[i].name, format) == 0)
        break;
    if(i == sizeof writers / sizeof writers[0])
      return pm_diag_set(err, PM_ERR_USAGE, NULL, 0, 0, "unknown format '%s' (json, md, csv, html, sarif, junit, ics)",
                         format);
    pm_buf_init(&b, 0);
    st = writers[i].fn(e, cls, n, &b);
  }
  if(st == PM_OK && b.failed)
    st = PM_ERR_NOMEM;
  if(st != PM_OK) {
    pm_buf_free(&b);
    return st == PM_ERR_NOMEM ? pm_diag_nomem(err) : st;
  }
  if(!b.p && !pm_buf_add(&b, "", 0)) {
    pm_buf_free(&b);
    return pm_diag_nomem(err);
  }
  *out = pm_buf_take(&b, len);
  return PM_OK;
}
