/*
** plan.c: loading launch plans. A JSON plan is checked field by field
** (wrong types are errors at file:line:col; unknown fields are warnings);
** a text or Markdown plan is all announcement, its first heading (or
** first line) the title. A roster file (--team) fills in or replaces plan
** fields other than the announcement.
*/
#include <ctype.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"
#include "date.h"
#include "diag.h"
#include "engine.h"

typedef struct plan_ctx {
  pm_plan *p;
  const pm_json *j;
  pm_diags *warnings;
  pm_diag *err;
  int roster;             /* parsing a --team file */
} plan_ctx;

static pm_status type_error(plan_ctx *c, const cJSON *node, const char *field, const char *want)
{
  return pm_json_error(c->j, c->err, PM_ERR_INPUT, node, 0, "field '%s': expected %s, got %s", field, want,
                       pm_json_type(node));
}

static pm_status warn_unknown(plan_ctx *c, const cJSON *node, const char *where)
{
  pm_diag d;
  pm_json_error(c->j, &d, PM_ERR_INPUT, node, 1, "unknown field '%s'%s%s (ignored)", node->string,
                where ? " in " : "", where ? where : "");
  d.level = PM_LEVEL_WARNING;
  return pm_diags_push(c->warnings, &d) == PM_OK ? PM_OK : pm_diag_nomem(c->err);
}

static pm_status set_string(plan_ctx *c, const cJSON *node, const char *field, char **dst)
{
  char *s;
  if(!cJSON_IsString(node))
    return type_error(c, node, field, "a string");
  if(!node->valuestring[0]) {  /* "" is the same as absent */
    pm_free(*dst);
    *dst = NULL;
    return PM_OK;
  }
  if(!(s = pm_strdup(node->valuestring)))
    return pm_diag_nomem(c->err);
  pm_free(*dst);
  *dst = s;
  return PM_OK;
}

static pm_status set_strings(plan_ctx *c, const cJSON *node, const char *field, pm_strv *dst, int lower,
                             int one_ok, int **lines, int **cols)
{
  const cJSON *it;
  size_t i = 0, n;
  pm_strv_free(dst);
  if(one_ok && cJSON_IsString(node))
    return pm_strv_push(dst, node->valuestring) ? PM_OK : pm_diag_nomem(c->err);
  if(!cJSON_IsArray(node))
    return type_error(c, node, field, "a list of strings");
  n = (size_t)cJSON_GetArraySize(node);
  if(lines) {
    pm_free(*lines);
    pm_free(*cols);
    *lines = pm_calloc(n ? n : 1, sizeof **lines);
    *cols = pm_calloc(n ? n : 1, sizeof **cols);
    if(!*lines || !*cols)
      return pm_diag_nomem(c->err);
  }
  cJSON_ArrayForEach(it, node) {
    if(!cJSON_IsString(it))
      return type_error(c, it, field, "a string");
    if(!pm_strv_push(dst, it->valuestring))
      return pm_diag_nomem(c->err);
    if(lower) {
      char *s;
      for(s = dst->v[dst->n - 1]; *s; s++)
        *s = (char)tolower((unsigned char)*s);
    }
    if(lines)
      pm_json_pos(c->j, it, 0, &(*lines)[i], &(*cols)[i]);
    i++;
  }
  return PM_OK;
}

static void free_team(pm_plan *p)
{
  size_t i;
  for(i = 0; i < p->nteam; i++) {
    pm_free(p->team[i].name);
    pm_free(p->team[i].backup);
    pm_strv_free(&p->team[i].roles);
  }
  pm_free(p->team);
  p->team = NULL;
  p->nteam = 0;
}

static void free_mits(pm_plan *p)
{
  size_t i;
  for(i = 0; i < p->nmits; i++) {
    pm_free(p->mits[i].rule);
    pm_free(p->mits[i].note);
    pm_free(p->mits[i].by);
  }
  pm_free(p->mits);
  p->mits = NULL;
  p->nmits = 0;
}

static pm_status parse_team(plan_ctx *c, const cJSON *node)
{
  pm_plan *p = c->p;
  const cJSON *m;
  pm_status st;
  if(!cJSON_IsArray(node))
    return type_error(c, node, "team", "a list of people");
  free_team(p);
  p->team = pm_calloc((size_t)cJSON_GetArraySize(node) + 1, sizeof *p->team);
  if(!p->team)
    return pm_diag_nomem(c->err);
  cJSON_ArrayForEach(m, node) {
    pm_member *pm = &p->team[p->nteam++];
    const cJSON *f;
    if(!cJSON_IsObject(m))
      return type_error(c, m, "team", "an object {name, roles, backup}");
    cJSON_ArrayForEach(f, m) {
      if(strcmp(f->string, "name") == 0)
        st = set_string(c, f, "team.name", &pm->name);
      else if(strcmp(f->string, "backup") == 0)
        st = cJSON_IsNull(f) ? PM_OK : set_string(c, f, "team.backup", &pm->backup);
      else if(strcmp(f->string, "roles") == 0 || strcmp(f->string, "role") == 0)
        st = set_strings(c, f, "team.roles", &pm->roles, 0, 1, NULL, NULL);
      else
        st = warn_unknown(c, f, "a team member");
      if(st != PM_OK)
        return st;
    }
    if(!pm->name || !pm->name[0])
      return pm_json_error(c->j, c->err, PM_ERR_INPUT, m, 0, "team member without a 'name'");
  }
  return PM_OK;
}

static pm_status parse_mitigations(plan_ctx *c, const cJSON *node)
{
  pm_plan *p = c->p;
  const cJSON *m;
  pm_status st;
  if(!cJSON_IsArray(node))
    return type_error(c, node, "mitigations", "a list of {rule, note, by}");
  free_mits(p);
  p->mits = pm_calloc((size_t)cJSON_GetArraySize(node) + 1, sizeof *p->mits);
  if(!p->mits)
    return pm_diag_nomem(c->err);
  cJSON_ArrayForEach(m, node) {
    pm_mitigation *mi = &p->mits[p->nmits++];
    const cJSON *f;
    if(!cJSON_IsObject(m))
      return type_error(c, m, "mitigations", "an object {rule, note, by}");
    pm_json_pos(c->j, m, 0, &mi->line, &mi->col);
    cJSON_ArrayForEach(f, m) {
      if(strcmp(f->string, "rule") == 0)
        st = set_string(c, f, "mitigations.rule", &mi->rule);
      else if(strcmp(f->string, "note") == 0)
        st = set_string(c, f, "mitigations.note", &mi->note);
      else if(strcmp(f->string, "by") == 0)
        st = set_string(c, f, "mitigations.by", &mi->by);
      else
        st = warn_unknown(c, f, "a mitigation");
      if(st != PM_OK)
        return st;
    }
    if(!mi->rule)
      return pm_json_error(c->j, c->err, PM_ERR_INPUT, m, 0, "mitigation without a 'rule' (the rule id it answers)");
  }
  return PM_OK;
}

static pm_status parse_audience(plan_ctx *c, const cJSON *node)
{
  const cJSON *f;
  pm_status st = PM_OK;
  if(!cJSON_IsObject(node))
    return type_error(c, node, "audience", "an object {expected, regions}");
  cJSON_ArrayForEach(f, node) {
    if(strcmp(f->string, "expected") == 0) {
      if(!cJSON_IsNumber(f) || f->valuedouble < 0)
        return type_error(c, f, "audience.expected", "a number of people, 0 or more");
      c->p->expected = f->valuedouble;
      c->p->has_expected = 1;
    } else if(strcmp(f->string, "regions") == 0)
      st = set_strings(c, f, "audience.regions", &c->p->regions, 0, 0, NULL, NULL);
    else
      st = warn_unknown(c, f, "audience");
    if(st != PM_OK)
      return st;
  }
  return PM_OK;
}

static pm_status parse_fields(plan_ctx *c)
{
  pm_plan *p = c->p;
  const cJSON *root = c->j->root, *f;
  pm_status st = PM_OK;
  if(!cJSON_IsObject(root))
    return pm_json_error(c->j, c->err, PM_ERR_INPUT, root, 0, "a plan must be a JSON object, not %s",
                         pm_json_type(root));
  cJSON_ArrayForEach(f, root) {
    const char *k = f->string;
    if(c->roster && strcmp(k, "owner") != 0 && strcmp(k, "launch_date") != 0 && strcmp(k, "team") != 0) {
      /* a roster says who and when; what is launched stays in the plan */
      pm_diag d;
      pm_json_error(c->j, &d, PM_ERR_INPUT, f, 1, "field '%s' is not read from a roster (owner, launch_date, team)",
                    k);
      d.level = PM_LEVEL_WARNING;
      if(pm_diags_push(c->warnings, &d) != PM_OK)
        return pm_diag_nomem(c->err);
      continue;
    }
    if(strcmp(k, "title") == 0) {
      st = set_string(c, f, "title", &p->title);
      p->title_node = p->title ? f : NULL;
      p->title_in_text = 0;
    } else if(strcmp(k, "announcement") == 0 && !c->roster) {
      st = set_string(c, f, "announcement", &p->announcement);
      p->announcement_node = p->announcement ? f : NULL;
    } else if(strcmp(k, "launch_date") == 0) {
      if(!cJSON_IsString(f) || !pm_date_parse(f->valuestring, &p->launch_days))
        return pm_json_error(c->j, c->err, PM_ERR_INPUT, f, 0,
                             "field 'launch_date': expected a date YYYY-MM-DD, got %s%s%s",
                             cJSON_IsString(f) ? "\"" : pm_json_type(f), cJSON_IsString(f) ? f->valuestring : "",
                             cJSON_IsString(f) ? "\"" : "");
      p->has_launch = 1;
      st = set_string(c, f, "launch_date", &p->launch_date);
    } else if(strcmp(k, "owner") == 0)
      st = set_string(c, f, "owner", &p->owner);
    else if(strcmp(k, "channels") == 0)
      st = set_strings(c, f, "channels", &p->channels, 1, 0, &p->chan_line, &p->chan_col);
    else if(strcmp(k, "audience") == 0)
      st = parse_audience(c, f);
    else if(strcmp(k, "team") == 0)
      st = parse_team(c, f);
    else if(strcmp(k, "mitigations") == 0)
      st = parse_mitigations(c, f);
    else if(strcmp(k, "facts") == 0) {
      if(!cJSON_IsObject(f))
        return type_error(c, f, "facts", "an object");
      p->facts = f;
    } else if(strcmp(k, "id") == 0 && !c->roster) {
      /* passed through as written: batch mode labels its output with it */
      if(!cJSON_IsString(f) && !cJSON_IsNumber(f))
        return type_error(c, f, "id", "a string or a number");
      pm_free(p->id_json);
      if(!(p->id_json = cJSON_PrintUnformatted(f)))
        return pm_diag_nomem(c->err);
    } else if(strcmp(k, "settings") == 0) {
      if(!cJSON_IsObject(f))
        return type_error(c, f, "settings", "an object");
      p->settings = f;
    } else
      st = warn_unknown(c, f, c->roster ? "the roster" : NULL);
    if(st != PM_OK)
      return st;
  }
  if(!c->roster && !p->announcement)
    return pm_diag_set(c->err, PM_ERR_INPUT, c->j->name, 1, 1, "missing required field 'announcement'");
  return PM_OK;
}

/* Title of a text plan: the first Markdown heading, else the first non-empty line. */
static pm_status text_title(pm_plan *p, pm_diag *err)
{
  const char *s = p->announcement, *line = NULL, *first = NULL;
  size_t n = 0, fn = 0;
  while(*s) {
    const char *e = strchr(s, '\n'), *a = s, *b;
    if(!e)
      e = s + strlen(s);
    while(a < e && (*a == ' ' || *a == '\t'))
      a++;
    b = e;
    while(b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
      b--;
    if(b > a && !first) {
      first = a;
      fn = (size_t)(b - a);
    }
    if(b > a && *a == '#') {
      while(a < b && *a == '#')
        a++;
      while(b > a && b[-1] == '#')
        b--;
      while(a < b && (*a == ' ' || *a == '\t'))
        a++;
      while(b > a && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
      if(b > a) {
        line = a;
        n = (size_t)(b - a);
        break;
      }
    }
    s = *e ? e + 1 : e;
  }
  if(!line) {
    line = first;
    n = fn;
  }
  if(!line)
    return PM_OK;
  if(n > 200)
    n = 200;
  while(n > 0 && ((unsigned char)line[n] & 0xC0) == 0x80)
    n--;
  p->title = pm_strndup(line, n);
  return p->title ? PM_OK : pm_diag_nomem(err);
}

PM_API void pm_plan_free(pm_plan *p)
{
  if(!p)
    return;
  pm_json_free(&p->json);
  pm_json_free(&p->team_json);
  pm_free(p->source);
  pm_free(p->data);
  pm_free(p->team_data);
  pm_free(p->title);
  pm_free(p->announcement);
  pm_free(p->launch_date);
  pm_free(p->owner);
  pm_strv_free(&p->channels);
  pm_strv_free(&p->regions);
  pm_free(p->chan_line);
  pm_free(p->id_json);
  pm_free(p->chan_col);
  pm_lines_free(&p->lines);
  free_team(p);
  free_mits(p);
  pm_free(p);
}

static pm_status load_roster(pm_engine *e, pm_plan *p, const char *team_file, pm_diags *warnings, pm_diag *err)
{
  size_t len;
  plan_ctx c;
  pm_status st = pm_read_file(team_file, e->opt.max_plan_bytes, &p->team_data, &len, err);
  if(st != PM_OK)
    return st;
  if((st = pm_json_parse(&p->team_json, team_file, p->team_data, len, err)) != PM_OK)
    return st;
  c.p = p;
  c.j = &p->team_json;
  c.warnings = warnings;
  c.err = err;
  c.roster = 1;
  return parse_fields(&c);
}

PM_API pm_status pm_plan_load_buffer(pm_engine *e, const char *name, const char *data, size_t len, int is_json,
                                     const char *team_file, pm_plan **out, pm_diags *warnings, pm_diag *err)
{
  pm_plan *p;
  pm_status st;
  *out = NULL;
  pm_alloc_init();
  if(len > e->opt.max_plan_bytes)
    return pm_diag_set(err, PM_ERR_LIMIT, name, 0, 0, "plan is %zu bytes, over the limit of %zu bytes", len,
                       e->opt.max_plan_bytes);
  p = pm_calloc(1, sizeof *p);
  if(!p)
    return pm_diag_nomem(err);
  p->is_json = is_json;
  if(!(p->source = pm_strdup(name)) || !(p->data = pm_strndup(data, len))) {
    pm_plan_free(p);
    return pm_diag_nomem(err);
  }
  p->len = len;
  if(pm_lines_init(&p->lines, p->data, p->len) != PM_OK) {
    pm_plan_free(p);
    return pm_diag_nomem(err);
  }
  if(is_json) {
    plan_ctx c;
    if((st = pm_json_parse(&p->json, p->source, p->data, p->len, err)) != PM_OK) {
      pm_plan_free(p);
      return st;
    }
    c.p = p;
    c.j = &p->json;
    c.warnings = warnings;
    c.err = err;
    c.roster = 0;
    st = parse_fields(&c);
  } else {
    size_t bad, start = 0, i;
    const char *why;
    int line, col;
    if(len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
      start = 3;
    for(i = start; i < len && isspace((unsigned char)data[i]); i++)
      ;
    if(i == len)
      st = pm_diag_set(err, PM_ERR_INPUT, name, 0, 0, "empty file: nothing to check");
    else if(!pm_utf8_check(data, len, &bad, &why)) {
      pm_linecol(data, len, bad, &line, &col);
      st = pm_diag_set(err, PM_ERR_INPUT, name, line, col, "%s (byte 0x%02X at offset %zu)", why,
                       (unsigned char)data[bad], bad);
    } else if(!(p->announcement = pm_strndup(data + start, len - start)))
      st = pm_diag_nomem(err);
    else {
      p->text_base = start;
      p->title_in_text = 1;
      st = text_title(p, err);
    }
  }
  if(st == PM_OK && team_file)
    st = load_roster(e, p, team_file, warnings, err);
  if(st != PM_OK) {
    pm_plan_free(p);
    return st;
  }
  *out = p;
  return PM_OK;
}

static int ends_with(const char *s, const char *suffix)
{
  size_t n = strlen(s), m = strlen(suffix);
  size_t i;
  if(n < m)
    return 0;
  for(i = 0; i < m; i++)
    if(tolower((unsigned char)s[n - m + i]) != suffix[i])
      return 0;
  return 1;
}

PM_API pm_status pm_plan_load_file(pm_engine *e, const char *path, const char *team_file, pm_plan **out,
                                   pm_diags *warnings, pm_diag *err)
{
  char *data;
  size_t len;
  pm_status st;
  *out = NULL;
  st = pm_read_file(path, e->opt.max_plan_bytes, &data, &len, err);
  if(st != PM_OK)
    return st;
  st = pm_plan_load_buffer(e, path, data, len, ends_with(path, ".json"), team_file, out, warnings, err);
  pm_free(data);
  return st;
}

PM_API const char *pm_plan_id_json(const pm_plan *p) { return p->id_json; }
