/*
** diag.c: diagnostics as values.
*/
#include "diag.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"

void pm_copy_str(char *dst, size_t size, const char *src)
{
  size_t n;
  if(!size)
    return;
  if(!src)
    src = "";
  n = strlen(src);
  if(n >= size) {
    n = size - 1;
    while(n > 0 && ((unsigned char)src[n] & 0xC0) == 0x80)  /* keep UTF-8 whole */
      n--;
  }
  memcpy(dst, src, n);
  dst[n] = '\0';
}

pm_status pm_diag_vset(pm_diag *d, pm_status code, const char *source, int line, int col,
                       const char *fmt, va_list ap)
{
  if(d) {
    memset(d, 0, sizeof *d);
    d->code = code;
    d->level = PM_LEVEL_ERROR;
    d->line = line;
    d->col = col;
    pm_copy_str(d->source, sizeof d->source, source);
    vsnprintf(d->message, sizeof d->message, fmt, ap);
  }
  return code;
}

pm_status pm_diag_set(pm_diag *d, pm_status code, const char *source, int line, int col,
                      const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  pm_diag_vset(d, code, source, line, col, fmt, ap);
  va_end(ap);
  return code;
}

pm_status pm_diag_nomem(pm_diag *d)
{
  return pm_diag_set(d, PM_ERR_NOMEM, NULL, 0, 0, "out of memory");
}

void pm_diag_set_rule(pm_diag *d, const char *rule)
{
  if(d)
    pm_copy_str(d->rule, sizeof d->rule, rule);
}

pm_status pm_diags_push(pm_diags *ds, const pm_diag *d)
{
  if(!ds)
    return PM_OK;
  if(ds->n == ds->cap) {
    size_t cap = ds->cap ? ds->cap * 2 : 8;
    pm_diag *v = pm_realloc(ds->v, cap * sizeof *v);
    if(!v)
      return PM_ERR_NOMEM;
    ds->v = v;
    ds->cap = cap;
  }
  ds->v[ds->n++] = *d;
  return PM_OK;
}

pm_status pm_diags_add(pm_diags *ds, pm_level level, pm_status code, const char *source,
                       int line, int col, const char *rule, const char *fmt, ...)
{
  pm_diag d;
  va_list ap;
  va_start(ap, fmt);
  pm_diag_vset(&d, code, source, line, col, fmt, ap);
  va_end(ap);
  d.level = level;
  pm_diag_set_rule(&d, rule);
  return pm_diags_push(ds, &d);
}

PM_API void pm_diags_free(pm_diags *ds)
{
  if(ds) {
    pm_free(ds->v);
    ds->v = NULL;
    ds->n = ds->cap = 0;
  }
}

PM_API const char *pm_status_name(pm_status s)
{
  switch(s) {
  case PM_OK: return "ok";
  case PM_ERR_USAGE: return "usage";
  case PM_ERR_INPUT: return "input";
  case PM_ERR_RULE: return "rule";
  case PM_ERR_NOMEM: return "out of memory";
  case PM_ERR_IO: return "io";
  case PM_ERR_LIMIT: return "limit";
  }
  return "unknown";
}

PM_API const char *pm_level_name(pm_level l)
{
  switch(l) {
  case PM_LEVEL_ERROR: return "error";
  case PM_LEVEL_WARNING: return "warning";
  case PM_LEVEL_NOTE: return "note";
  }
  return "error";
}

PM_API char *pm_diag_format(const pm_diag *d, char *buf, size_t size)
{
  char where[600] = "";
  char rule[160] = "";
  if(d->source[0]) {
    if(d->line > 0 && d->col > 0)
      snprintf(where, sizeof where, "%s:%d:%d: ", d->source, d->line, d->col);
    else if(d->line > 0)
      snprintf(where, sizeof where, "%s:%d: ", d->source, d->line);
    else
      snprintf(where, sizeof where, "%s: ", d->source);
  }
  if(d->rule[0])
    snprintf(rule, sizeof rule, "[%s] ", d->rule);
  snprintf(buf, size, "%s%s: %s%s", where, pm_level_name(d->level), rule, d->message);
  return buf;
}
