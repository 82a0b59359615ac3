/*
** jw.c: a small streaming JSON writer: two-space indentation, keys in the
** order they are written, strings escaped by pm_buf_add_json_str. Used for
** every JSON file premortem writes (checklists, state files).
*/
#include "jw.h"

#include <string.h>

#include "diag.h"

static void indent(jw *w)
{
  int i;
  if(w->compact)
    return;
  for(i = 0; i < w->depth; i++)
    pm_buf_add(w->b, "  ", 2);
}

/* Starts a member of the current container, with its key when given. */
static void member(jw *w, const char *key)
{
  if(w->depth > 0) {
    if(w->compact) {
      if(w->count[w->depth - 1]++)
        pm_buf_addc(w->b, ',');
    } else
      pm_buf_adds(w->b, w->count[w->depth - 1]++ ? ",\n" : "\n");
    indent(w);
  }
  if(key) {
    pm_buf_add_json_str(w->b, key);
    pm_buf_addc(w->b, ':');
    if(!w->compact)
      pm_buf_addc(w->b, ' ');
  }
}

void pm_jw_open(jw *w, const char *key, char bracket)
{
  member(w, key);
  pm_buf_addc(w->b, bracket);
  w->count[w->depth++] = 0;
}

void pm_jw_close(jw *w, char bracket)
{
  w->depth--;
  if(w->count[w->depth] && !w->compact) {
    pm_buf_addc(w->b, '\n');
    indent(w);
  }
  pm_buf_addc(w->b, bracket);
}

void pm_jw_str(jw *w, const char *key, const char *v)
{
  member(w, key);
  if(v)
    pm_buf_add_json_str(w->b, v);
  else
    pm_buf_adds(w->b, "null");
}

void pm_jw_num(jw *w, const char *key, long v)
{
  member(w, key);
  pm_buf_add_long(w->b, v);
}

void pm_jw_strv(jw *w, const char *key, const pm_strv *v)
{
  size_t i;
  pm_jw_open(w, key, '[');
  for(i = 0; i < v->n; i++)
    pm_jw_str(w, NULL, v->v[i]);
  pm_jw_close(w, ']');
}


void pm_jw_bool(jw *w, const char *key, int v)
{
  member(w, key);
  pm_buf_adds(w->b, v ? "true" : "false");
}

void pm_jw_init(jw *w, pm_buf *b, int compact)
{
  pm_buf_init(b, 0);
  memset(w, 0, sizeof *w);
  w->b = b;
  w->compact = compact;
}

pm_status pm_jw_save(pm_buf *b, const char *path, pm_diag *err)
{
  pm_status st;
  pm_buf_addc(b, '\n');
  if(b->failed) {
    pm_buf_free(b);
    return pm_diag_nomem(err);
  }
  st = pm_file_write_atomic(path, b->p, b->len, err);
  pm_buf_free(b);
  return st;
}
