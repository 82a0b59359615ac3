/*
** model.c: constructors and destructors of the shared data model.
*/
#include "model.h"

#include <lauxlib.h>
#include <string.h>

#include "alloc.h"

int pm_strv_push_n(pm_strv *sv, const char *s, size_t n)
{
  char *c;
  if(sv->n == sv->cap) {
    size_t cap = sv->cap ? sv->cap * 2 : 4;
    char **v = pm_realloc(sv->v, cap * sizeof *v);
    if(!v)
      return 0;
    sv->v = v;
    sv->cap = cap;
  }
  c = pm_strndup(s, n);
  if(!c)
    return 0;
  sv->v[sv->n++] = c;
  return 1;
}

int pm_strv_push(pm_strv *sv, const char *s) { return pm_strv_push_n(sv, s, strlen(s)); }

void pm_strv_free(pm_strv *sv)
{
  size_t i;
  for(i = 0; i < sv->n; i++)
    pm_free(sv->v[i]);
  pm_free(sv->v);
  sv->v = NULL;
  sv->n = sv->cap = 0;
}

int pm_strv_has(const pm_strv *sv, const char *s)
{
  size_t i;
  for(i = 0; i < sv->n; i++)
    if(strcmp(sv->v[i], s) == 0)
      return 1;
  return 0;
}

void pm_rule_free(pm_rule *r)
{
  if(!r)
    return;
  pm_free(r->id);
  pm_free(r->pack);
  pm_free(r->file);
  pm_free(r->title);
  pm_free(r->category);
  pm_free(r->rationale);
  pm_free(r->wrong);
  pm_free(r->due);
  pm_strv_free(&r->triggers);
  pm_strv_free(&r->channels);
  pm_strv_free(&r->causes);
  pm_strv_free(&r->prevent);
  pm_strv_free(&r->respond);
  pm_strv_free(&r->owner);
  pm_strv_free(&r->mitigated_by);
  pm_free(r->code);
  memset(r, 0, sizeof *r);
  r->check_ref = LUA_NOREF;
  r->pack_ix = -1;
}

static void free_evidence(pm_evidence *ev, size_t n)
{
  size_t i;
  for(i = 0; i < n; i++) {
    pm_free(ev[i].source);
    pm_free(ev[i].text);
    pm_free(ev[i].by);
  }
  pm_free(ev);
}

void pm_item_free(pm_item *it)
{
  if(!it)
    return;
  pm_free(it->id);
  pm_free(it->subject);
  pm_free(it->title);
  pm_free(it->wrong);
  pm_free(it->due_own);
  pm_strv_free(&it->causes);
  pm_strv_free(&it->prevent);
  pm_strv_free(&it->respond);
  pm_strv_free(&it->owner_roles);
  free_evidence(it->ev, it->nev);
  free_evidence(it->mit, it->nmit);
  pm_free(it);
}

int pm_item_add_evidence(pm_item *it, int mit, int field, const char *source, const char *text,
                         size_t tlen, int line, int col, size_t offset)
{
  pm_evidence **v = mit ? &it->mit : &it->ev;
  size_t *n = mit ? &it->nmit : &it->nev, *cap = mit ? &it->capmit : &it->capev;
  pm_evidence *e;
  if(*n == *cap) {
    size_t nc = *cap ? *cap * 2 : 4;
    pm_evidence *nv = pm_realloc(*v, nc * sizeof *nv);
    if(!nv)
      return 0;
    *v = nv;
    *cap = nc;
  }
  e = &(*v)[*n];
  memset(e, 0, sizeof *e);
  e->field = field;
  e->line = line;
  e->col = col;
  e->offset = offset;
  if(source && !(e->source = pm_strdup(source)))
    return 0;
  if(text && !(e->text = pm_strndup(text, tlen))) {
    pm_free(e->source);
    return 0;
  }
  (*n)++;
  return 1;
}

const char *pm_field_name(int field)
{
  switch(field) {
  case PM_FIELD_TITLE: return "title";
  case PM_FIELD_ANNOUNCEMENT: return "announcement";
  }
  return "plan";
}

const char *pm_item_due_rule(const pm_item *it) { return it->due_own ? it->due_own : it->rule->due; }
