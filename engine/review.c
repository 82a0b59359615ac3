/*
** review.c: after the fact. An incident record becomes a follow-up
** checklist (steps are data: rules/review.lua), with the honest answer to
** "did we see it coming?" from the earlier checklist or state file; a
** history file of reviewed incidents makes the next check remember.
** Blameless: follow-ups describe conditions and actions; names in the
** incident's account of what happened draw a warning.
*/
#include <ctype.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "engine.h"
#include "json.h"
#include "jw.h"
#include "state.h"

#define PM_REVIEW_SCHEMA "premortem.review/1"
#define PM_HISTORY_SCHEMA "premortem.history/1"

typedef struct person {
  char *name, *role;
} person;

struct pm_incident {
  char *source, *data;
  char *title, *date, *launch, *category, *rule, *what, *impact, *owner;
  long days;
  double customers;
  int has_customers;
  pm_strv causes, prevented, keywords;
  person *involved;
  size_t ninvolved;
  pm_diags warnings;
};

PM_API void pm_incident_free(pm_incident *in)
{
  size_t i;
  if(!in)
    return;
  pm_free(in->source);
  pm_free(in->data);
  pm_free(in->title);
  pm_free(in->date);
  pm_free(in->launch);
  pm_free(in->category);
  pm_free(in->rule);
  pm_free(in->what);
  pm_free(in->impact);
  pm_free(in->owner);
  pm_strv_free(&in->causes);
  pm_strv_free(&in->prevented);
  pm_strv_free(&in->keywords);
  for(i = 0; i < in->ninvolved; i++) {
    pm_free(in->involved[i].name);
    pm_free(in->involved[i].role);
  }
  pm_free(in->involved);
  pm_diags_free(&in->warnings);
  pm_free(in);
}

static pm_status str_field(const pm_json *j, const cJSON *f, char **dst, pm_diag *err)
{
  if(!cJSON_IsString(f))
    return pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field '%s': expected a string, got %s", f->string,
                         pm_json_type(f));
  pm_free(*dst);
  *dst = f->valuestring[0] ? pm_strdup(f->valuestring) : NULL;
  return !f->valuestring[0] || *dst ? PM_OK : pm_diag_nomem(err);
}

static pm_status list_field(const pm_json *j, const cJSON *f, pm_strv *dst, pm_diag *err)
{
  const cJSON *it;
  if(!cJSON_IsArray(f))
    return pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field '%s': expected a list of strings", f->string);
  cJSON_ArrayForEach(it, f) {
    if(!cJSON_IsString(it))
      return pm_json_error(j, err, PM_ERR_INPUT, it, 0, "field '%s': expected strings", f->string);
    if(it->valuestring[0] && !pm_strv_push(dst, it->valuestring))
      return pm_diag_nomem(err);
  }
  return PM_OK;
}

static pm_status parse_incident(pm_incident *in, const pm_json *j, pm_diag *err)
{
  const cJSON *f;
  pm_status st = PM_OK;
  if(!cJSON_IsObject(j->root))
    return pm_json_error(j, err, PM_ERR_INPUT, j->root, 0, "an incident record is a JSON object");
  cJSON_ArrayForEach(f, j->root) {
    const char *k = f->string;
    if(!strcmp(k, "title"))
      st = str_field(j, f, &in->title, err);
    else if(!strcmp(k, "date")) {
      if(!cJSON_IsString(f) || !pm_date_parse(f->valuestring, &in->days))
        return pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field 'date': expected a date YYYY-MM-DD");
      st = str_field(j, f, &in->date, err);
    } else if(!strcmp(k, "launch"))
      st = str_field(j, f, &in->launch, err);
    else if(!strcmp(k, "category"))
      st = str_field(j, f, &in->category, err);
    else if(!strcmp(k, "rule"))
      st = str_field(j, f, &in->rule, err);
    else if(!strcmp(k, "what_happened"))
      st = str_field(j, f, &in->what, err);
    else if(!strcmp(k, "customer_impact"))
      st = str_field(j, f, &in->impact, err);
    else if(!strcmp(k, "owner"))
      st = str_field(j, f, &in->owner, err);
    else if(!strcmp(k, "customers_affected")) {
      if(!cJSON_IsNumber(f) || f->valuedouble < 0)
        return pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field 'customers_affected': expected a number, 0 or more");
      in->customers = f->valuedouble;
      in->has_customers = 1;
    } else if(!strcmp(k, "causes"))
      st = list_field(j, f, &in->causes, err);
    else if(!strcmp(k, "could_have_prevented"))
      st = list_field(j, f, &in->prevented, err);
    else if(!strcmp(k, "keywords"))
      st = list_field(j, f, &in->keywords, err);
    else if(!strcmp(k, "involved")) {
      const cJSON *m;
      if(!cJSON_IsArray(f))
        return pm_json_error(j, err, PM_ERR_INPUT, f, 0, "field 'involved': expected a list of {name, role}");
      in->involved = pm_calloc((size_t)cJSON_GetArraySize(f) + 1, sizeof *in->involved);
      if(!in->involved)
        return pm_diag_nomem(err);
      cJSON_ArrayForEach(m, f) {
        const cJSON *nm = cJSON_GetObjectItemCaseSensitive(m, "name"), *rl = cJSON_GetObjectItemCaseSensitive(m, "role");
        person *p = &in->involved[in->ninvolved];
        if(!cJSON_IsObject(m) || !cJSON_IsString(nm) || (rl && !cJSON_IsString(rl)))
          return pm_json_error(j, err, PM_ERR_INPUT, m, 0, "field 'involved': each entry is {\"name\": ..., \"role\": ...}");
        in->ninvolved++;
        if(!(p->name = pm_strdup(nm->valuestring)) || (rl && !(p->role = pm_strdup(rl->valuestring))))
          return pm_diag_nomem(err);
      }
    } else {
      pm_diag d;
      pm_json_error(j, &d, PM_ERR_INPUT, f, 1, "unknown field '%s' (ignored)", k);
      d.level = PM_LEVEL_WARNING;
      if(pm_diags_push(&in->warnings, &d) != PM_OK)
        return pm_diag_nomem(err);
    }
    if(st != PM_OK)
      return st;
  }
  if(!in->title)
    return pm_diag_set(err, PM_ERR_INPUT, j->name, 1, 1, "missing required field 'title'");
  if(!in->date)
    return pm_diag_set(err, PM_ERR_INPUT, j->name, 1, 1, "missing required field 'date'");
  if(!in->what)
    return pm_diag_set(err, PM_ERR_INPUT, j->name, 1, 1, "missing required field 'what_happened'");
  return PM_OK;
}

/* Case-insensitive substring test. */
static int contains(const char *hay, const char *needle)
{
  size_t n = strlen(needle), i;
  if(!hay || !n)
    return 0;
  for(; *hay; hay++) {
    for(i = 0; i < n && hay[i] && tolower((unsigned char)hay[i]) == tolower((unsigned char)needle[i]); i++)
      ;
    if(i == n)
      return 1;
  }
  return 0;
}

/* Blameless: warn when the account of what happened names a person involved. */
static pm_status blame_check(pm_incident *in)
{
  size_t i, k;
  for(i = 0; i < in->ninvolved; i++) {
    const char *name = in->involved[i].name;
    int named = contains(in->what, name);
    for(k = 0; k < in->causes.n; k++)
      named |= contains(in->causes.v[k], name);
    if(named && pm_diags_add(&in->warnings, PM_LEVEL_WARNING, PM_ERR_INPUT, in->source, 0, 0, NULL,
                             "'%s' is named in what happened or its causes: describe conditions and actions, "
                             "not people (blameless review)", name) != PM_OK)
      return PM_ERR_NOMEM;
  }
  return PM_OK;
}

PM_API pm_status pm_incident_load(const char *path, pm_incident **out, pm_diag *err)
{
  pm_incident *in;
  size_t len;
  pm_json j;
  pm_status st;
  *out = NULL;
  pm_alloc_init();
  if(!(in = pm_calloc(1, sizeof *in)) || !(in->source = pm_strdup(path))) {
    pm_free(in);
    return pm_diag_nomem(err);
  }
  st = pm_read_file(path, (size_t)8 << 20, &in->data, &len, err);
  if(st == PM_OK && (st = pm_json_parse(&j, in->source, in->data, len, err)) == PM_OK) {
    st = parse_incident(in, &j, err);
    pm_json_free(&j);
  }
  if(st == PM_OK && blame_check(in) != PM_OK)
    st = pm_diag_nomem(err);
  if(st != PM_OK) {
    pm_incident_free(in);
    return st;
  }
  *out = in;
  return PM_OK;
}

PM_API const pm_diags *pm_incident_warnings(const pm_incident *in) { return &in->warnings; }
PM_API const char *pm_incident_field(const pm_incident *in, const char *name)
{
  if(!strcmp(name, "title"))
    return in->title;
  if(!strcmp(name, "date"))
    return in->date;
  if(!strcmp(name, "category"))
    return in->category;
  if(!strcmp(name, "rule"))
    return in->rule;
  if(!strcmp(name, "what_happened"))
    return in->what;
  if(!strcmp(name, "launch"))
    return in->launch;
  return NULL;
}
PM_API const char *pm_incident_list_item(const pm_incident *in, const char *name, size_t i)
{
  const pm_strv *v = !strcmp(name, "causes") ? &in->causes : !strcmp(name, "could_have_prevented") ? &in->prevented
                   : !strcmp(name, "keywords") ? &in->keywords : NULL;
  return v && i < v->n ? v->v[i] : NULL;
}

/* ---- did we see it coming? ---- */

typedef struct seen {
  int answer;              /* 1 yes, 0 no, -1 unknown */
  char id[256], title[512], owner[256], status[32], due[16], via[32];
} seen;

/* Words of 4+ letters of 'a' that occur in 'b'. */
static int overlap(const char *a, const char *b)
{
  char word[64];
  int n = 0;
  while(a && *a) {
    size_t k = 0;
    while(*a && !isalnum((unsigned char)*a))
      a++;
    while(*a && isalnum((unsigned char)*a) && k < sizeof word - 1)
      word[k++] = (char)tolower((unsigned char)*a++);
    while(*a && isalnum((unsigned char)*a))
      a++;
    word[k] = '\0';
    if(k >= 4 && contains(b, word))
      n++;
  }
  return n;
}

static const char *jstr(const cJSON *o, const char *k)
{
  const cJSON *f = cJSON_GetObjectItemCaseSensitive(o, k);
  return cJSON_IsString(f) ? f->valuestring : NULL;
}

static pm_status from_checklist(const pm_incident *in, const char *path, seen *s, pm_diag *err)
{
  char *data = NULL;
  size_t len;
  pm_json j;
  const cJSON *items, *it, *best = NULL;
  int best_score = 0;
  pm_status st = pm_read_file(path, (size_t)64 << 20, &data, &len, err);
  if(st != PM_OK)
    return st;
  if((st = pm_json_parse(&j, path, data, len, err)) != PM_OK) {
    pm_free(data);
    return st;
  }
  items = cJSON_GetObjectItemCaseSensitive(j.root, "items");
  if(!cJSON_IsArray(items) || !jstr(j.root, "schema") || strcmp(jstr(j.root, "schema"), PM_CHECKLIST_SCHEMA) != 0) {
    pm_json_free(&j);
    pm_free(data);
    return pm_diag_set(err, PM_ERR_INPUT, path, 0, 0, "not a premortem checklist (schema %s)", PM_CHECKLIST_SCHEMA);
  }
  cJSON_ArrayForEach(it, items) {
    const char *rule = jstr(it, "rule"), *cat = jstr(it, "category");
    int score = 0;
    if(in->rule && rule && strcmp(in->rule, rule) == 0)
      score = 1000;
    else if(!in->rule && in->category && cat && strcmp(in->category, cat) == 0) {
      char text[2048];
      snprintf(text, sizeof text, "%s %s", jstr(it, "title") ? jstr(it, "title") : "", jstr(it, "wrong") ? jstr(it, "wrong") : "");
      score = overlap(in->title, text) + overlap(in->what, text);
      if(score < 2)
        score = 0;
    }
    if(score > best_score) {
      best_score = score;
      best = it;
    }
  }
  s->answer = best ? 1 : 0;
  if(best) {
    const cJSON *owner = cJSON_GetObjectItemCaseSensitive(best, "owner");
    pm_copy_str(s->id, sizeof s->id, jstr(best, "id"));
    pm_copy_str(s->title, sizeof s->title, jstr(best, "title"));
    pm_copy_str(s->owner, sizeof s->owner, owner ? jstr(owner, "name") : NULL);
    pm_copy_str(s->via, sizeof s->via, owner ? jstr(owner, "via") : NULL);
    pm_copy_str(s->status, sizeof s->status, jstr(best, "status"));
    pm_copy_str(s->due, sizeof s->due, jstr(best, "due"));
  }
  pm_json_free(&j);
  pm_free(data);
  return PM_OK;
}

static void from_state(const pm_incident *in, const pm_state *st, seen *s)
{
  size_t i, n = in->rule ? strlen(in->rule) : 0;
  if(!in->rule) {
    s->answer = -1;
    return;
  }
  for(i = 0; i < st->n; i++)
    if(strncmp(st->v[i].id, in->rule, n) == 0 && (st->v[i].id[n] == '\0' || st->v[i].id[n] == ':')) {
      s->answer = 1;
      pm_copy_str(s->id, sizeof s->id, st->v[i].id);
      pm_copy_str(s->status, sizeof s->status, pm_state_status_name(st->v[i].status));
      pm_copy_str(s->owner, sizeof s->owner, st->v[i].by);
      pm_copy_str(s->via, sizeof s->via, "state");
      return;
    }
  s->answer = -1;  /* the state file records decisions only: no entry proves nothing */
}

/* ---- the follow-ups ---- */

static void expand(pm_buf *b, const char *tpl, const pm_incident *in)
{
  while(*tpl) {
    if(*tpl == '{') {
      const char *end = strchr(tpl, '}');
      if(end) {
        size_t n = (size_t)(end - tpl - 1);
        if(n == 5 && !strncmp(tpl + 1, "title", 5))
          pm_buf_adds(b, in->title);
        else if(n == 4 && !strncmp(tpl + 1, "what", 4)) {
          size_t k = strlen(in->what);
          pm_buf_add(b, in->what, k && in->what[k - 1] == '.' ? k - 1 : k);
        } else if(n == 6 && !strncmp(tpl + 1, "impact", 6))
          pm_buf_adds(b, in->impact ? in->impact : "the problem");
        else if(n == 4 && !strncmp(tpl + 1, "date", 4))
          pm_buf_adds(b, in->date);
        else if(n == 6 && !strncmp(tpl + 1, "causes", 6)) {
          size_t i;
          if(!in->causes.n)
            pm_buf_adds(b, "the causes found in the review");
          for(i = 0; i < in->causes.n; i++) {
            size_t k = strlen(in->causes.v[i]);
            if(i)
              pm_buf_adds(b, "; ");
            pm_buf_add(b, in->causes.v[i], k && in->causes.v[i][k - 1] == '.' ? k - 1 : k);
          }
        } else
          pm_buf_add(b, tpl, n + 2);
        tpl = end + 1;
        continue;
      }
    }
    pm_buf_addc(b, *tpl++);
  }
}

static const person *owner_for(const pm_engine *e, const pm_incident *in, const pm_strv *roles, const char **role)
{
  size_t r, i;
  for(r = 0; r < roles->n; r++)
    for(i = 0; i < in->ninvolved; i++)
      if(in->involved[i].role && pm_engine_role_matches(e, roles->v[r], in->involved[i].role)) {
        *role = roles->v[r];
        return &in->involved[i];
      }
  *role = roles->n ? roles->v[0] : NULL;
  return NULL;
}

PM_API pm_status pm_review(const pm_engine *e, const pm_incident *in, const char *checklist_file, const pm_state *state,
                           char **out, size_t *len, pm_diag *err)
{
  pm_buf b, t;
  jw w;
  seen s;
  size_t i;
  int customers = (in->has_customers && in->customers > 0) || in->impact;
  char due[16];
  pm_status st;
  *out = NULL;
  memset(&s, 0, sizeof s);
  s.answer = -1;
  if(checklist_file && (st = from_checklist(in, checklist_file, &s, err)) != PM_OK)
    return st;
  if(!checklist_file && state)
    from_state(in, state, &s);
  if(!e->nsteps)
    return pm_diag_set(err, PM_ERR_INPUT, NULL, 0, 0, "no review steps loaded (rules/review.lua)");
  pm_jw_init(&w, &b, 0);
  pm_buf_init(&t, 0);
  pm_jw_open(&w, NULL, '{');
  pm_jw_str(&w, "schema", PM_REVIEW_SCHEMA);
  pm_jw_open(&w, "incident", '{');
  pm_jw_str(&w, "source", in->source);
  pm_jw_str(&w, "title", in->title);
  pm_jw_str(&w, "date", in->date);
  pm_jw_str(&w, "launch", in->launch);
  pm_jw_str(&w, "category", in->category);
  pm_jw_str(&w, "rule", in->rule);
  pm_jw_str(&w, "what_happened", in->what);
  pm_jw_str(&w, "customer_impact", in->impact);
  if(in->has_customers)
    pm_jw_num(&w, "customers_affected", (long)in->customers);
  pm_jw_close(&w, '}');
  pm_jw_open(&w, "seen_before", '{');
  pm_jw_str(&w, "answer", s.answer == 1 ? "yes" : s.answer == 0 ? "no" : "unknown");
  t.len = 0;
  if(s.answer == 1) {
    pm_buf_addf(&t, "Yes: the pre-mortem had %s", s.id);
    if(s.title[0])
      pm_buf_addf(&t, " (%s)", s.title);
    if(!strcmp(s.via, "state"))
      pm_buf_addf(&t, "; its last recorded decision was '%s' by %s.", s.status, s.owner);
    else if(s.owner[0])
      pm_buf_addf(&t, ", owned by %s, status %s%s%s.", s.owner, s.status, s.due[0] ? ", due " : "", s.due);
    else
      pm_buf_addf(&t, ", with no owner, status %s.", s.status);
  } else if(s.answer == 0)
    pm_buf_adds(&t, "No: the pre-mortem checklist had no item for this failure. The prevent step below adds one.");
  else
    pm_buf_adds(&t, checklist_file || state ? "Unknown: the state file has no decision for this failure's rule; give "
                                              "the checklist (--checklist) to know whether it was on it."
                                            : "Unknown: give the earlier checklist (--checklist) or state file (--state).");
  pm_jw_str(&w, "text", t.p);
  if(s.answer == 1) {
    pm_jw_open(&w, "item", '{');
    pm_jw_str(&w, "id", s.id);
    if(s.title[0])
      pm_jw_str(&w, "title", s.title);
    pm_jw_str(&w, strcmp(s.via, "state") ? "owner" : "decided_by", s.owner[0] ? s.owner : NULL);
    pm_jw_str(&w, "status", s.status);
    if(s.due[0])
      pm_jw_str(&w, "due", s.due);
    pm_jw_close(&w, '}');
  }
  pm_jw_close(&w, '}');
  pm_jw_open(&w, "followups", '[');
  for(i = 0; i < e->nsteps; i++) {
    const struct pm_review_step *step = &e->steps[i];
    const char *role;
    const person *p;
    if(step->customers_only && !customers)
      continue;
    p = owner_for(e, in, &step->owner, &role);
    pm_jw_open(&w, NULL, '{');
    t.len = 0;
    pm_buf_addf(&t, "review.%s", step->id);
    pm_jw_str(&w, "id", t.p);
    pm_jw_str(&w, "title", step->title);
    t.len = 0;
    expand(&t, step->action, in);
    pm_jw_str(&w, "action", t.p);
    pm_jw_open(&w, "owner", '{');
    pm_jw_str(&w, "name", p ? p->name : in->owner);
    pm_jw_str(&w, "role", role);
    pm_jw_str(&w, "via", p ? "role" : in->owner ? "incident-owner" : "unowned");
    pm_jw_close(&w, '}');
    pm_date_format(in->days + step->due, due);
    pm_jw_str(&w, "due", due);
    pm_jw_str(&w, "status", "open");
    pm_jw_close(&w, '}');
  }
  pm_jw_close(&w, ']');
  pm_jw_open(&w, "diagnostics", '[');
  for(i = 0; i < in->warnings.n; i++) {
    const pm_diag *d = &in->warnings.v[i];
    pm_jw_open(&w, NULL, '{');
    pm_jw_str(&w, "level", pm_level_name(d->level));
    pm_jw_str(&w, "source", d->source);
    if(d->line > 0) {
      pm_jw_num(&w, "line", d->line);
      pm_jw_num(&w, "column", d->col);
    }
    pm_jw_str(&w, "message", d->message);
    pm_jw_close(&w, '}');
  }
  pm_jw_close(&w, ']');
  pm_jw_close(&w, '}');
  pm_buf_addc(&b, '\n');
  if(b.failed || t.failed) {
    pm_buf_free(&b);
    pm_buf_free(&t);
    return pm_diag_nomem(err);
  }
  pm_buf_free(&t);
  *out = pm_buf_take(&b, len);
  return PM_OK;
}

/* ---- history ---- */

struct pm_history {
  struct hist {
    char *title, *date, *category, *rule, *launch;
  } * v;
  size_t n, cap;
};

PM_API void pm_history_free(pm_history *h)
{
  size_t i;
  if(!h)
    return;
  for(i = 0; i < h->n; i++) {
    pm_free(h->v[i].title);
    pm_free(h->v[i].date);
    pm_free(h->v[i].category);
    pm_free(h->v[i].rule);
    pm_free(h->v[i].launch);
  }
  pm_free(h->v);
  pm_free(h);
}

static int put_hist(pm_history *h, const char *title, const char *date, const char *cat, const char *rule,
                    const char *launch)
{
  struct hist *e;
  size_t i;
  for(i = 0; i < h->n; i++)
    if(!strcmp(h->v[i].title, title) && !strcmp(h->v[i].date, date))
      return 1;  /* reviewed before: kept once */
  if(h->n == h->cap) {
    size_t cap = h->cap ? h->cap * 2 : 8;
    struct hist *v = pm_realloc(h->v, cap * sizeof *v);
    if(!v)
      return 0;
    h->v = v;
    h->cap = cap;
  }
  e = &h->v[h->n];
  memset(e, 0, sizeof *e);
  if(!(e->title = pm_strdup(title)) || !(e->date = pm_strdup(date)) || (cat && !(e->category = pm_strdup(cat))) ||
     (rule && !(e->rule = pm_strdup(rule))) || (launch && !(e->launch = pm_strdup(launch)))) {
    pm_free(e->title);
    pm_free(e->date);
    pm_free(e->category);
    pm_free(e->rule);
    return 0;
  }
  h->n++;
  return 1;
}

PM_API pm_status pm_history_load(const char *path, pm_history **out, int *created, pm_diag *err)
{
  pm_history *h = pm_calloc(1, sizeof *h);
  char *data = NULL;
  size_t len;
  pm_json j;
  pm_status st;
  FILE *probe;
  const cJSON *list, *it;
  *out = NULL;
  if(created)
    *created = 0;
  if(!h)
    return pm_diag_nomem(err);
  pm_alloc_init();
  if(!(probe = fopen(path, "rb"))) {
    if(created)
      *created = 1;
    *out = h;
    return PM_OK;
  }
  fclose(probe);
  st = pm_read_file(path, (size_t)64 << 20, &data, &len, err);
  if(st == PM_OK && (st = pm_json_parse(&j, path, data, len, err)) == PM_OK) {
    list = cJSON_GetObjectItemCaseSensitive(j.root, "incidents");
    if(!jstr(j.root, "schema") || strcmp(jstr(j.root, "schema"), PM_HISTORY_SCHEMA) != 0 || !cJSON_IsArray(list))
      st = pm_diag_set(err, PM_ERR_INPUT, path, 1, 1, "not a premortem history file (schema %s)", PM_HISTORY_SCHEMA);
    else
      cJSON_ArrayForEach(it, list) {
        long d;
        if(!jstr(it, "title") || !jstr(it, "date") || !pm_date_parse(jstr(it, "date"), &d)) {
          st = pm_json_error(&j, err, PM_ERR_INPUT, it, 0, "a history entry needs a title and a date YYYY-MM-DD");
          break;
        }
        if(!put_hist(h, jstr(it, "title"), jstr(it, "date"), jstr(it, "category"), jstr(it, "rule"), jstr(it, "launch"))) {
          st = pm_diag_nomem(err);
          break;
        }
      }
    pm_json_free(&j);
  }
  pm_free(data);
  if(st != PM_OK) {
    pm_history_free(h);
    return st;
  }
  *out = h;
  return PM_OK;
}

PM_API pm_status pm_history_add(pm_history *h, const pm_incident *in, pm_diag *err)
{
  return put_hist(h, in->title, in->date, in->category, in->rule, in->launch) ? PM_OK : pm_diag_nomem(err);
}

PM_API pm_status pm_history_save(const pm_history *h, const char *path, pm_diag *err)
{
  pm_buf b;
  jw w;
  size_t i;
  pm_jw_init(&w, &b, 0);
  pm_jw_open(&w, NULL, '{');
  pm_jw_str(&w, "schema", PM_HISTORY_SCHEMA);
  pm_jw_open(&w, "incidents", '[');
  for(i = 0; i < h->n; i++) {
    pm_jw_open(&w, NULL, '{');
    pm_jw_str(&w, "title", h->v[i].title);
    pm_jw_str(&w, "date", h->v[i].date);
    if(h->v[i].category)
      pm_jw_str(&w, "category", h->v[i].category);
    if(h->v[i].rule)
      pm_jw_str(&w, "rule", h->v[i].rule);
    if(h->v[i].launch)
      pm_jw_str(&w, "launch", h->v[i].launch);
    pm_jw_close(&w, '}');
  }
  pm_jw_close(&w, ']');
  pm_jw_close(&w, '}');
  return pm_jw_save(&b, path, err);
}

/* Incidents that concern an item: the same rule, or the same category. Used by eval.c. */
size_t pm_history_match(const pm_history *h, const char *rule, const char *category, size_t *idx, size_t max)
{
  size_t i, n = 0;
  for(i = 0; h && i < h->n && n < max; i++)
    if((h->v[i].rule && !strcmp(h->v[i].rule, rule)) || (h->v[i].category && !strcmp(h->v[i].category, category)))
      idx[n++] = i;
  return n;
}

const char *pm_history_title(const pm_history *h, size_t i) { return h->v[i].title; }
const char *pm_history_date(const pm_history *h, size_t i) { return h->v[i].date; }
