/*
** write_json.c: the checklist as JSON, the contract (schema
** premortem.checklist/1, docs/checklist.schema.json). Keys come in one
** fixed order, items sorted by id, two-space indentation, UTF-8 as is:
** the same checklist always gives the same bytes.
*/
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "engine.h"

#define JW_DEPTH 16

typedef struct jw {
  pm_buf *b;
  int depth;
  int count[JW_DEPTH];
} jw;

static void indent(jw *w)
{
  int i;
  for(i = 0; i < w->depth; i++)
    pm_buf_add(w->b, "  ", 2);
}

/* Starts a member of the current container, with its key when given. */
static void member(jw *w, const char *key)
{
  if(w->depth > 0) {
    pm_buf_adds(w->b, w->count[w->depth - 1]++ ? ",\n" : "\n");
    indent(w);
  }
  if(key) {
    pm_buf_add_json_str(w->b, key);
    pm_buf_add(w->b, ": ", 2);
  }
}

static void open_c(jw *w, const char *key, char bracket)
{
  member(w, key);
  pm_buf_addc(w->b, bracket);
  w->count[w->depth++] = 0;
}

static void close_c(jw *w, char bracket)
{
  w->depth--;
  if(w->count[w->depth]) {
    pm_buf_addc(w->b, '\n');
    indent(w);
  }
  pm_buf_addc(w->b, bracket);
}

static void str(jw *w, const char *key, const char *v)
{
  member(w, key);
  if(v)
    pm_buf_add_json_str(w->b, v);
  else
    pm_buf_adds(w->b, "null");
}

static void num(jw *w, const char *key, long v)
{
  member(w, key);
  pm_buf_addf(w->b, "%ld", v);
}

static void strv(jw *w, const char *key, const pm_strv *v)
{
  size_t i;
  open_c(w, key, '[');
  for(i = 0; i < v->n; i++)
    str(w, NULL, v->v[i]);
  close_c(w, ']');
}

static void evidence(jw *w, const char *key, const pm_evidence *ev, size_t n)
{
  size_t i;
  open_c(w, key, '[');
  for(i = 0; i < n; i++) {
    open_c(w, NULL, '{');
    str(w, "source", ev[i].source ? ev[i].source : pm_field_name(ev[i].field));
    if(ev[i].line > 0) {
      num(w, "line", ev[i].line);
      num(w, "column", ev[i].col);
    }
    str(w, "text", ev[i].text);
    if(ev[i].by)
      str(w, "by", ev[i].by);
    close_c(w, '}');
  }
  close_c(w, ']');
}

static const char *level_of(const pm_engine *e, const pm_item *it)
{
  return e->risk[it->rule->severity - 1][it->rule->likelihood - 1];
}

static void item(jw *w, const pm_engine *e, const pm_item *it)
{
  const pm_rule *r = it->rule;
  char due[16];
  open_c(w, NULL, '{');
  str(w, "id", it->id);
  str(w, "rule", r->id);
  str(w, "pack", r->pack);
  if(it->subject)
    str(w, "subject", it->subject);
  str(w, "title", it->title ? it->title : r->title);
  str(w, "category", r->category);
  num(w, "severity", r->severity);
  num(w, "likelihood", r->likelihood);
  str(w, "level", level_of(e, it));
  str(w, "wrong", it->wrong ? it->wrong : r->wrong);
  strv(w, "causes", it->causes.n ? &it->causes : &r->causes);
  strv(w, "prevent", it->prevent.n ? &it->prevent : &r->prevent);
  strv(w, "respond", it->respond.n ? &it->respond : &r->respond);
  open_c(w, "owner", '{');
  str(w, "name", it->owner_name);
  str(w, "role", it->owner_role);
  str(w, "via", it->owner_via);
  if(it->owner_backup)
    str(w, "backup", it->owner_backup);
  close_c(w, '}');
  if(it->has_due) {
    pm_date_format(it->due_days, due);
    str(w, "due", due);
  } else
    str(w, "due", NULL);
  str(w, "due_rule", r->due);
  str(w, "status", "open");
  evidence(w, "evidence", it->ev, it->nev);
  evidence(w, "mitigation", it->mit, it->nmit);
  close_c(w, '}');
}

static void summary(jw *w, const pm_engine *e, const pm_checklist *cl)
{
  size_t i, unowned = 0;
  for(i = 0; i < cl->nitems; i++)
    unowned += cl->items[i]->owner_name == NULL;
  open_c(w, "summary", '{');
  num(w, "items", (long)cl->nitems);
  num(w, "open", (long)cl->nitems);
  num(w, "unowned", (long)unowned);
  open_c(w, "levels", '{');
  for(i = 0; i < e->levels.n; i++) {
    size_t k, n = 0;
    for(k = 0; k < cl->nitems; k++) {
      const char *lv = level_of(e, cl->items[k]);
      n += lv && strcmp(lv, e->levels.v[i]) == 0;
    }
    num(w, e->levels.v[i], (long)n);
  }
  close_c(w, '}');
  num(w, "rule_errors", (long)cl->rule_errors);
  close_c(w, '}');
}

static void diagnostics(jw *w, const pm_diags *ds)
{
  size_t i;
  open_c(w, "diagnostics", '[');
  for(i = 0; i < ds->n; i++) {
    const pm_diag *d = &ds->v[i];
    open_c(w, NULL, '{');
    str(w, "level", pm_level_name(d->level));
    if(d->rule[0])
      str(w, "rule", d->rule);
    if(d->source[0])
      str(w, "source", d->source);
    if(d->line > 0) {
      num(w, "line", d->line);
      if(d->col > 0)
        num(w, "column", d->col);
    }
    str(w, "message", d->message);
    close_c(w, '}');
  }
  close_c(w, ']');
}

PM_API pm_status pm_checklist_json(const pm_engine *e, const pm_checklist *cl, char **out, size_t *len,
                                   pm_diag *err)
{
  pm_buf b;
  jw w;
  const pm_plan *p = cl->plan;
  size_t i;
  *out = NULL;
  pm_buf_init(&b, 0);
  memset(&w, 0, sizeof w);
  w.b = &b;
  open_c(&w, NULL, '{');
  str(&w, "schema", PM_CHECKLIST_SCHEMA);
  open_c(&w, "tool", '{');
  str(&w, "name", "premortem");
  str(&w, "version", PM_VERSION);
  close_c(&w, '}');
  open_c(&w, "plan", '{');
  str(&w, "source", p->source);
  str(&w, "title", p->title);
  str(&w, "launch_date", p->launch_date);
  str(&w, "owner", p->owner);
  close_c(&w, '}');
  summary(&w, e, cl);
  open_c(&w, "items", '[');
  for(i = 0; i < cl->nitems; i++)
    item(&w, e, cl->items[i]);
  close_c(&w, ']');
  diagnostics(&w, &cl->diags);
  close_c(&w, '}');
  pm_buf_addc(&b, '\n');
  if(b.failed) {
    pm_buf_free(&b);
    return pm_diag_nomem(err);
  }
  *out = pm_buf_take(&b, len);
  return PM_OK;
}

PM_API pm_status pm_checklist_write_json(const pm_engine *e, const pm_checklist *cl, FILE *f, pm_diag *err)
{
  char *s;
  size_t n;
  pm_status st = pm_checklist_json(e, cl, &s, &n, err);
  if(st != PM_OK)
    return st;
  if(fwrite(s, 1, n, f) != n || fflush(f) != 0)
    st = pm_diag_set(err, PM_ERR_IO, NULL, 0, 0, "cannot write the checklist");
  pm_free(s);
  return st;
}

PM_API void pm_string_free(char *s) { pm_free(s); }
