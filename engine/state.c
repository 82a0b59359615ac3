/*
** state.c: the state file. A JSON object
**   { "schema": "premortem.state/1",
**     "items": { "<item id>": { "status", "by", "at", "note"?, "until"? }, ... } }
** read strictly (unknown fields are errors: this file is written by tools)
** and always written whole, canonically, through a temporary file and a
** rename, so a crash or a kill mid-write leaves the old file intact.
*/
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "json.h"
#include "jw.h"
#include "state.h"

#define PM_STATE_SCHEMA "premortem.state/1"
#define MAX_STATE_FILE ((size_t)64 << 20)

static const char *const status_names[] = { "open", "done", "waived", "accepted" };

const char *pm_state_status_name(int status)
{
  return status >= 0 && status <= PM_ST_ACCEPTED ? status_names[status] : "open";
}

static int status_from(const char *s)
{
  int i;
  for(i = 0; i <= PM_ST_ACCEPTED; i++)
    if(strcmp(s, status_names[i]) == 0)
      return i;
  return -1;
}

static void free_entry(pm_state_entry *e)
{
  pm_free(e->id);
  pm_free(e->by);
  pm_free(e->note);
  pm_free(e->at);
  pm_free(e->until);
}

PM_API void pm_state_free(pm_state *st)
{
  size_t i;
  if(!st)
    return;
  for(i = 0; i < st->n; i++)
    free_entry(&st->v[i]);
  pm_free(st->v);
  pm_free(st);
}

PM_API size_t pm_state_count(const pm_state *st) { return st ? st->n : 0; }

/* Index of 'id', or where it would go (with *found 0). */
static size_t locate(const pm_state *st, const char *id, int *found)
{
  size_t lo = 0, hi = st->n;
  *found = 0;
  while(lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    int c = strcmp(st->v[mid].id, id);
    if(c == 0) {
      *found = 1;
      return mid;
    }
    if(c < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

const pm_state_entry *pm_state_find(const pm_state *st, const char *id)
{
  int found;
  size_t i;
  if(!st)
    return NULL;
  i = locate(st, id, &found);
  return found ? &st->v[i] : NULL;
}

static int valid_id(const char *id)
{
  const char *dot = strchr(id, '.');
  size_t i;
  if(!dot || dot == id || !dot[1])
    return 0;
  for(i = 0; id[i] && id[i] != ':'; i++)
    if(!((id[i] >= 'a' && id[i] <= 'z') || (id[i] >= '0' && id[i] <= '9') || id[i] == '-' || id[i] == '.'))
      return 0;
  for(; id[i]; i++)
    if((unsigned char)id[i] <= ' ')
      return 0;
  return 1;
}

/* Checks one decision; fills 'err' (message only) and returns its status code. */
static pm_status validate(const char *id, int status, const char *by, const char *note, const char *at,
                          const char *until, pm_diag *err)
{
  long d;
  if(!valid_id(id))
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "\"%s\" is not an item id (rule id, or rule id:subject)", id);
  if(status < 0)
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "status must be done, waived, accepted or open");
  if(!by || !*by)
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "a decision needs who made it (by)");
  if((status == PM_ST_WAIVED || status == PM_ST_ACCEPTED) && (!note || !*note))
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "%s needs a note saying why", status_names[status]);
  if(!at || !pm_date_parse(at, &d))
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "the date of the decision must be YYYY-MM-DD");
  if(until && status != PM_ST_ACCEPTED)
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "only an acceptance can have an end date (until)");
  if(until && !pm_date_parse(until, &d))
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "until must be a date YYYY-MM-DD");
  return PM_OK;
}

static pm_status put(pm_state *st, const char *id, int status, const char *by, const char *note, const char *at,
                     const char *until, pm_diag *err)
{
  int found;
  size_t i = locate(st, id, &found);
  pm_state_entry e;
  memset(&e, 0, sizeof e);
  e.status = status;
  if(!(e.id = pm_strdup(id)) || !(e.by = pm_strdup(by)) || !(e.at = pm_strdup(at)) ||
     (note && *note && !(e.note = pm_strdup(note))) || (until && !(e.until = pm_strdup(until)))) {
    free_entry(&e);
    return pm_diag_nomem(err);
  }
  if(found) {
    free_entry(&st->v[i]);
    st->v[i] = e;
    return PM_OK;
  }
  if(st->n == st->cap) {
    size_t cap = st->cap ? st->cap * 2 : 16;
    pm_state_entry *v = pm_realloc(st->v, cap * sizeof *v);
    if(!v) {
      free_entry(&e);
      return pm_diag_nomem(err);
    }
    st->v = v;
    st->cap = cap;
  }
  memmove(st->v + i + 1, st->v + i, (st->n - i) * sizeof *st->v);
  st->v[i] = e;
  st->n++;
  return PM_OK;
}

PM_API pm_status pm_state_mark(pm_state *st, const char *id, const char *status, const char *by, const char *note,
                               const char *at, const char *until, pm_diag *err)
{
  int s = status ? status_from(status) : -1;
  pm_status rc = validate(id, s, by, note, at, until, err);
  if(rc != PM_OK)
    return rc;
  return put(st, id, s, by, note, at, until, err);
}

static const char *field_str(const pm_json *j, const cJSON *obj, const char *k, pm_diag *err, pm_status *rc)
{
  const cJSON *f = cJSON_GetObjectItemCaseSensitive(obj, k);
  if(!f)
    return NULL;
  if(!cJSON_IsString(f)) {
    *rc = pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field '%s': expected a string, got %s", k, pm_json_type(f));
    return NULL;
  }
  return f->valuestring;
}

static pm_status parse(pm_state *st, const pm_json *j, pm_diag *err)
{
  const cJSON *root = j->root, *f, *items, *it;
  pm_status rc = PM_OK;
  if(!cJSON_IsObject(root))
    return pm_json_error(j, err, PM_ERR_INPUT, root, 0, "a state file is a JSON object");
  cJSON_ArrayForEach(f, root) {
    if(strcmp(f->string, "schema") != 0 && strcmp(f->string, "items") != 0)
      return pm_json_error(j, err, PM_ERR_INPUT, f, 1, "unknown field '%s' in a state file", f->string);
  }
  f = cJSON_GetObjectItemCaseSensitive(root, "schema");
  if(!cJSON_IsString(f) || strcmp(f->valuestring, PM_STATE_SCHEMA) != 0)
    return pm_json_error(j, err, PM_ERR_INPUT, f ? f : root, 0, "not a premortem state file (schema \"%s\" expected)",
                         PM_STATE_SCHEMA);
  items = cJSON_GetObjectItemCaseSensitive(root, "items");
  if(!cJSON_IsObject(items))
    return pm_json_error(j, err, PM_ERR_INPUT, items ? items : root, 0, "field 'items': expected an object");
  cJSON_ArrayForEach(it, items) {
    const char *status, *by, *note, *at, *until;
    const cJSON *g;
    int line, col;
    if(!cJSON_IsObject(it))
      return pm_json_error(j, err, PM_ERR_INPUT, it, 0, "item \"%s\": expected an object", it->string);
    cJSON_ArrayForEach(g, it) {
      if(strcmp(g->string, "status") && strcmp(g->string, "by") && strcmp(g->string, "note") &&
         strcmp(g->string, "at") && strcmp(g->string, "until"))
        return pm_json_error(j, err, PM_ERR_INPUT, g, 1, "unknown field '%s' in item \"%s\"", g->string, it->string);
    }
    status = field_str(j, it, "status", err, &rc);
    by = field_str(j, it, "by", err, &rc);
    note = field_str(j, it, "note", err, &rc);
    at = field_str(j, it, "at", err, &rc);
    until = field_str(j, it, "until", err, &rc);
    if(rc != PM_OK)
      return rc;
    rc = validate(it->string, status ? status_from(status) : -1, by, note, at, until, err);
    if(rc == PM_OK)
      rc = put(st, it->string, status_from(status), by, note, at, until, err);
    if(rc != PM_OK) {
      if(rc == PM_ERR_INPUT) {  /* say where */
        char msg[sizeof err->message];
        pm_copy_str(msg, sizeof msg, err->message);
        pm_json_pos(j, it, 1, &line, &col);
        pm_diag_set(err, rc, j->name, line, col, "item \"%s\": %s", it->string, msg);
      }
      return rc;
    }
  }
  return PM_OK;
}

PM_API pm_status pm_state_load(const char *path, pm_state **out, int *created, pm_diag *err)
{
  pm_state *st;
  char *data = NULL;
  size_t len;
  pm_json j;
  pm_status rc;
  FILE *probe;
  *out = NULL;
  if(created)
    *created = 0;
  pm_alloc_init();
  st = pm_calloc(1, sizeof *st);
  if(!st)
    return pm_diag_nomem(err);
  probe = fopen(path, "rb");
  if(!probe && errno == ENOENT) {
    if(created)
      *created = 1;
    *out = st;
    return PM_OK;
  }
  if(probe)
    fclose(probe);
  rc = pm_read_file(path, MAX_STATE_FILE, &data, &len, err);
  if(rc == PM_OK && (rc = pm_json_parse(&j, path, data, len, err)) == PM_OK) {
    rc = parse(st, &j, err);
    pm_json_free(&j);
  }
  pm_free(data);
  if(rc != PM_OK) {
    if(!err->source[0])
      pm_copy_str(err->source, sizeof err->source, path);
    pm_state_free(st);
    return rc;
  }
  *out = st;
  return PM_OK;
}

PM_API pm_status pm_state_save(const pm_state *st, const char *path, pm_diag *err)
{
  pm_buf b;
  jw w;
  size_t i;
  pm_jw_init(&w, &b, 0);
  pm_jw_open(&w, NULL, '{');
  pm_jw_str(&w, "schema", PM_STATE_SCHEMA);
  pm_jw_open(&w, "items", '{');
  for(i = 0; i < st->n; i++) {
    const pm_state_entry *e = &st->v[i];
    pm_jw_open(&w, e->id, '{');
    pm_jw_str(&w, "status", status_names[e->status]);
    pm_jw_str(&w, "by", e->by);
    pm_jw_str(&w, "at", e->at);
    if(e->note)
      pm_jw_str(&w, "note", e->note);
    if(e->until)
      pm_jw_str(&w, "until", e->until);
    pm_jw_close(&w, '}');
  }
  pm_jw_close(&w, '}');
  pm_jw_close(&w, '}');
  return pm_jw_save(&b, path, err);
}
