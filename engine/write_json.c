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
#include "jw.h"
#include "state.h"

static void evidence(jw *w, const char *key, const pm_evidence *ev, size_t n)
{
  size_t i;
  pm_jw_open(w, key, '[');
  for(i = 0; i < n; i++) {
    pm_jw_open(w, NULL, '{');
    pm_jw_str(w, "source", ev[i].source ? ev[i].source : pm_field_name(ev[i].field));
    if(ev[i].line > 0) {
      pm_jw_num(w, "line", ev[i].line);
      pm_jw_num(w, "column", ev[i].col);
    }
    pm_jw_str(w, "text", ev[i].text);
    if(ev[i].by)
      pm_jw_str(w, "by", ev[i].by);
    pm_jw_close(w, '}');
  }
  pm_jw_close(w, ']');
}

static const char *level_name(const pm_engine *e, int k) { return k < 0 ? NULL : e->levels.v[k]; }

static const char *priority_name(char p)
{
  return p == 'H' ? "high" : p == 'M' ? "medium" : p == 'L' ? "low" : NULL;
}

static void item(jw *w, const pm_engine *e, const pm_item *it, const pm_history *cl_history)
{
  const pm_rule *r = it->rule;
  char due[16];
  pm_jw_open(w, NULL, '{');
  pm_jw_str(w, "id", it->id);
  pm_jw_str(w, "rule", r->id);
  pm_jw_str(w, "pack", r->pack);
  if(it->subject)
    pm_jw_str(w, "subject", it->subject);
  pm_jw_str(w, "title", it->title ? it->title : r->title);
  pm_jw_str(w, "category", r->category);
  pm_jw_num(w, "severity", it->severity);
  pm_jw_num(w, "likelihood", it->likelihood);
  pm_jw_str(w, "level", level_name(e, it->level));
  if(r->fmea_s) {
    pm_jw_open(w, "fmea", '{');
    pm_jw_num(w, "severity", r->fmea_s);
    pm_jw_num(w, "occurrence", r->fmea_o);
    pm_jw_num(w, "detection", r->fmea_d);
    pm_jw_str(w, "priority", priority_name(it->priority));
    pm_jw_close(w, '}');
  }
  pm_jw_str(w, "wrong", it->wrong ? it->wrong : r->wrong);
  pm_jw_strv(w, "causes", it->causes.n ? &it->causes : &r->causes);
  pm_jw_strv(w, "prevent", it->prevent.n ? &it->prevent : &r->prevent);
  pm_jw_strv(w, "respond", it->respond.n ? &it->respond : &r->respond);
  pm_jw_open(w, "owner", '{');
  pm_jw_str(w, "name", it->owner_name);
  pm_jw_str(w, "role", it->owner_role);
  pm_jw_str(w, "via", it->owner_via);
  if(it->owner_backup)
    pm_jw_str(w, "backup", it->owner_backup);
  pm_jw_close(w, '}');
  if(it->has_due) {
    pm_date_format(it->due_days, due);
    pm_jw_str(w, "due", due);
  } else
    pm_jw_str(w, "due", NULL);
  pm_jw_str(w, "due_rule", pm_item_due_rule(it));
  pm_jw_str(w, "status", pm_state_status_name(it->status));
  if(it->st_by) {
    pm_jw_open(w, "tracked", '{');
    pm_jw_str(w, "status", pm_state_status_name(it->expired ? PM_ST_ACCEPTED : it->status));
    pm_jw_str(w, "by", it->st_by);
    pm_jw_str(w, "at", it->st_at);
    if(it->st_note)
      pm_jw_str(w, "note", it->st_note);
    if(it->st_until)
      pm_jw_str(w, "until", it->st_until);
    if(it->expired)
      pm_jw_bool(w, "expired", 1);
    pm_jw_close(w, '}');
  }
  pm_jw_open(w, "residual", '{');
  pm_jw_num(w, "likelihood", it->res_likelihood);
  pm_jw_str(w, "level", level_name(e, it->res_level));
  if(r->fmea_s) {
    pm_jw_num(w, "occurrence", it->res_occurrence);
    pm_jw_str(w, "priority", priority_name(it->res_priority));
  }
  pm_jw_close(w, '}');
  pm_jw_num(w, "points", it->points);
  pm_jw_bool(w, "blocking", it->blocking);
  evidence(w, "evidence", it->ev, it->nev);
  evidence(w, "mitigation", it->mit, it->nmit);
  if(it->nhist) {
    size_t k;
    pm_jw_open(w, "happened_before", '[');
    for(k = 0; k < it->nhist; k++) {
      pm_jw_open(w, NULL, '{');
      pm_jw_str(w, "title", pm_history_title(cl_history, it->hist[k]));
      pm_jw_str(w, "date", pm_history_date(cl_history, it->hist[k]));
      pm_jw_close(w, '}');
    }
    pm_jw_close(w, ']');
    pm_jw_num(w, "likelihood_raised", it->raised);
  }
  pm_jw_close(w, '}');
}

static void score(jw *w, const pm_engine *e, const pm_checklist *cl)
{
  const pm_score *sc = &cl->score;
  size_t i, k;
  pm_jw_open(w, "score", '{');
  pm_jw_num(w, "readiness", sc->readiness);
  pm_jw_str(w, "grade", sc->grade);
  pm_jw_num(w, "lost", sc->lost);
  pm_jw_num(w, "items", (long)cl->nitems);
  pm_jw_num(w, "open", (long)sc->open);
  pm_jw_num(w, "done", (long)sc->done);
  pm_jw_num(w, "waived", (long)sc->waived);
  pm_jw_num(w, "accepted", (long)sc->accepted);
  pm_jw_num(w, "unowned", (long)sc->unowned);
  pm_jw_num(w, "blocking", (long)sc->blocking);
  pm_jw_open(w, "levels", '{');   /* open items by residual level */
  for(i = 0; i < e->levels.n; i++) {
    size_t n = 0;
    for(k = 0; k < cl->nitems; k++)
      n += cl->items[k]->status == PM_ST_OPEN && cl->items[k]->res_level == (int)i;
    pm_jw_num(w, e->levels.v[i], (long)n);
  }
  pm_jw_close(w, '}');
  pm_jw_num(w, "rule_errors", (long)cl->rule_errors);
  pm_jw_open(w, "gate", '{');
  pm_jw_bool(w, "passed", sc->passed);
  if(sc->fail_under > 0)
    pm_jw_num(w, "fail_under", sc->fail_under);
  else
    pm_jw_str(w, "fail_under", NULL);
  pm_jw_close(w, '}');
  pm_jw_close(w, '}');
}

/* State entries whose item no longer fires: kept and shown, never dropped. */
static void stale(jw *w, const pm_checklist *cl)
{
  const pm_state *st = cl->state;
  size_t i, k;
  pm_jw_open(w, "stale", '[');
  for(i = 0; st && i < st->n; i++) {
    int found = 0;
    for(k = 0; k < cl->nitems && !found; k++)
      found = strcmp(cl->items[k]->id, st->v[i].id) == 0;
    if(found)
      continue;
    pm_jw_open(w, NULL, '{');
    pm_jw_str(w, "id", st->v[i].id);
    pm_jw_str(w, "status", pm_state_status_name(st->v[i].status));
    pm_jw_str(w, "by", st->v[i].by);
    pm_jw_str(w, "at", st->v[i].at);
    if(st->v[i].note)
      pm_jw_str(w, "note", st->v[i].note);
    if(st->v[i].until)
      pm_jw_str(w, "until", st->v[i].until);
    pm_jw_close(w, '}');
  }
  pm_jw_close(w, ']');
}

static void diagnostics(jw *w, const pm_diags *ds)
{
  size_t i;
  pm_jw_open(w, "diagnostics", '[');
  for(i = 0; i < ds->n; i++) {
    const pm_diag *d = &ds->v[i];
    pm_jw_open(w, NULL, '{');
    pm_jw_str(w, "level", pm_level_name(d->level));
    if(d->rule[0])
      pm_jw_str(w, "rule", d->rule);
    if(d->source[0])
      pm_jw_str(w, "source", d->source);
    if(d->line > 0) {
      pm_jw_num(w, "line", d->line);
      if(d->col > 0)
        pm_jw_num(w, "column", d->col);
    }
    pm_jw_str(w, "message", d->message);
    pm_jw_close(w, '}');
  }
  pm_jw_close(w, ']');
}

PM_API pm_status pm_checklist_json(const pm_engine *e, const pm_checklist *cl, char **out, size_t *len,
                                   pm_diag *err)
{
  return pm_checklist_json_ex(e, cl, 0, out, len, err);
}

PM_API pm_status pm_checklist_json_ex(const pm_engine *e, const pm_checklist *cl, int flags, char **out, size_t *len,
                                      pm_diag *err)
{
  pm_buf b;
  jw w;
  const pm_plan *p = cl->plan;
  size_t i;
  *out = NULL;
  pm_jw_init(&w, &b, (flags & PM_JSON_COMPACT) != 0);
  /* about what a checklist takes (an item is 0.8 KB compact), so the buffer grows once, not by doubling */
  pm_buf_reserve(&b, (w.compact ? 1024 : 2048) * (cl->nitems + 1));
  pm_jw_open(&w, NULL, '{');
  pm_jw_str(&w, "schema", PM_CHECKLIST_SCHEMA);
  pm_jw_open(&w, "tool", '{');
  pm_jw_str(&w, "name", "premortem");
  pm_jw_str(&w, "version", PM_VERSION);
  pm_jw_close(&w, '}');
  pm_jw_open(&w, "plan", '{');
  pm_jw_str(&w, "source", p->source);
  pm_jw_str(&w, "title", p->title);
  pm_jw_str(&w, "launch_date", p->launch_date);
  pm_jw_str(&w, "owner", p->owner);
  pm_jw_close(&w, '}');
  score(&w, e, cl);
  pm_jw_open(&w, "items", '[');
  for(i = 0; i < cl->nitems; i++)
    item(&w, e, cl->items[i], cl->history);
  pm_jw_close(&w, ']');
  stale(&w, cl);
  diagnostics(&w, &cl->diags);
  pm_jw_close(&w, '}');
  if(!w.compact)
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
