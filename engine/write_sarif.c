/*
** write_sarif.c: SARIF 2.1.0, so that code-scanning tools show the items as
** results located in the plan file: one run per plan, the rules that fired
** as the driver's rules, one result per item. Done items are results of
** kind "pass"; waived and accepted ones carry a suppression with the note.
*/
#include <string.h>

#include "alloc.h"
#include "jw.h"
#include "write.h"

/* A relative path as a URI reference: unreserved bytes and '/' kept, the rest %-escaped. */
static char *uri_of(const char *path)
{
  pm_buf b;
  const unsigned char *u = (const unsigned char *)path;
  pm_buf_init(&b, 0);
  pm_buf_add(&b, "", 0);
  for(; *u; u++) {
    if((*u >= 'a' && *u <= 'z') || (*u >= 'A' && *u <= 'Z') || (*u >= '0' && *u <= '9') || strchr("-._~/", *u))
      pm_buf_addc(&b, (char)*u);
    else
      pm_buf_addf(&b, "%%%02X", *u);
  }
  if(b.failed) {
    pm_buf_free(&b);
    return NULL;
  }
  return pm_buf_take(&b, NULL);
}

static void help_text(pm_buf *t, const pm_rule *r)
{
  size_t i;
  pm_buf_adds(t, "Prevent:");
  for(i = 0; i < r->prevent.n; i++) {
    pm_buf_adds(t, "\n- ");
    pm_buf_adds(t, r->prevent.v[i]);
  }
  pm_buf_adds(t, "\nIf it happens anyway:");
  for(i = 0; i < r->respond.n; i++) {
    pm_buf_adds(t, "\n- ");
    pm_buf_adds(t, r->respond.v[i]);
  }
}

/* The distinct rules of a checklist's items, in id order (items are sorted by id, so rules come grouped). */
static size_t rules_of(const pm_checklist *cl, const pm_rule **out)
{
  size_t i, n = 0;
  for(i = 0; i < cl->nitems; i++)
    if(!n || out[n - 1] != cl->items[i]->rule)
      out[n++] = cl->items[i]->rule;
  return n;
}

static size_t rule_index(const pm_rule *const *rules, size_t n, const pm_rule *r)
{
  size_t i;
  for(i = 0; i < n; i++)
    if(rules[i] == r)
      return i;
  return 0;
}

static pm_status run(const pm_engine *e, const pm_checklist *cl, jw *w)
{
  const pm_rule **rules = pm_malloc((cl->nitems + 1) * sizeof *rules);
  char *uri = uri_of(cl->plan->source);
  size_t nr, i, k;
  char due[16];
  pm_buf t;
  if(!rules || !uri) {
    pm_free(rules);
    pm_free(uri);
    return PM_ERR_NOMEM;
  }
  nr = rules_of(cl, rules);
  pm_jw_open(w, NULL, '{');
  pm_jw_open(w, "tool", '{');
  pm_jw_open(w, "driver", '{');
  pm_jw_str(w, "name", "premortem");
  pm_jw_str(w, "version", PM_VERSION);
  pm_jw_str(w, "semanticVersion", PM_VERSION);
  pm_jw_open(w, "rules", '[');
  for(i = 0; i < nr; i++) {
    const pm_rule *r = rules[i];
    pm_jw_open(w, NULL, '{');
    pm_jw_str(w, "id", r->id);
    pm_jw_open(w, "shortDescription", '{');
    pm_jw_str(w, "text", r->title);
    pm_jw_close(w, '}');
    pm_jw_open(w, "fullDescription", '{');
    pm_jw_str(w, "text", r->wrong);
    pm_jw_close(w, '}');
    pm_buf_init(&t, 0);
    help_text(&t, r);
    pm_jw_open(w, "help", '{');
    pm_jw_str(w, "text", t.p ? t.p : "");
    pm_jw_close(w, '}');
    if(t.failed)
      w->b->failed = 1;
    pm_buf_free(&t);
    pm_jw_open(w, "properties", '{');
    pm_jw_str(w, "category", r->category);
    pm_jw_num(w, "severity", r->severity);
    pm_jw_num(w, "likelihood", r->likelihood);
    pm_jw_str(w, "rationale", r->rationale);
    pm_jw_open(w, "tags", '[');  /* unique, as the schema requires */
    pm_jw_str(w, NULL, r->category);
    if(strcmp(r->pack, r->category) != 0)
      pm_jw_str(w, NULL, r->pack);
    pm_jw_close(w, ']');
    pm_jw_close(w, '}');
    pm_jw_close(w, '}');
  }
  pm_jw_close(w, ']');
  pm_jw_close(w, '}');
  pm_jw_close(w, '}');
  pm_jw_open(w, "artifacts", '[');
  pm_jw_open(w, NULL, '{');
  pm_jw_open(w, "location", '{');
  pm_jw_str(w, "uri", uri);
  pm_jw_close(w, '}');
  pm_jw_close(w, '}');
  pm_jw_close(w, ']');
  pm_jw_str(w, "columnKind", "unicodeCodePoints");
  pm_jw_open(w, "results", '[');
  for(i = 0; i < cl->nitems; i++) {
    const pm_item *it = cl->items[i];
    int located = 0;
    pm_jw_open(w, NULL, '{');
    pm_jw_str(w, "ruleId", it->rule->id);
    pm_jw_num(w, "ruleIndex", (long)rule_index(rules, nr, it->rule));
    if(it->status == PM_ST_DONE) {
      pm_jw_str(w, "kind", "pass");
      pm_jw_str(w, "level", "none");
    } else {
      pm_jw_str(w, "kind", "fail");
      pm_jw_str(w, "level", pm_item_closed(it) ? "note" : it->blocking ? "error" : "warning");
    }
    pm_buf_init(&t, 0);
    pm_buf_adds(&t, pm_item_title(it));
    pm_buf_adds(&t, ": ");
    pm_buf_adds(&t, pm_item_wrong(it));
    pm_jw_open(w, "message", '{');
    pm_jw_str(w, "text", t.p ? t.p : "");
    pm_jw_close(w, '}');
    if(t.failed)
      w->b->failed = 1;
    pm_buf_free(&t);
    pm_jw_open(w, "locations", '[');
    for(k = 0; k < it->nev; k++) {
      const pm_evidence *ev = &it->ev[k];
      if(ev->line <= 0)
        continue;
      located = 1;
      pm_jw_open(w, NULL, '{');
      pm_jw_open(w, "physicalLocation", '{');
      pm_jw_open(w, "artifactLocation", '{');
      pm_jw_str(w, "uri", uri);
      pm_jw_num(w, "index", 0);
      pm_jw_close(w, '}');
      pm_jw_open(w, "region", '{');
      pm_jw_num(w, "startLine", ev->line);
      pm_jw_num(w, "startColumn", ev->col);
      pm_jw_open(w, "snippet", '{');
      pm_jw_str(w, "text", ev->text);
      pm_jw_close(w, '}');
      pm_jw_close(w, '}');
      pm_jw_close(w, '}');
      pm_jw_close(w, '}');
    }
    if(!located) {  /* no position: the plan file as a whole */
      pm_jw_open(w, NULL, '{');
      pm_jw_open(w, "physicalLocation", '{');
      pm_jw_open(w, "artifactLocation", '{');
      pm_jw_str(w, "uri", uri);
      pm_jw_num(w, "index", 0);
      pm_jw_close(w, '}');
      pm_jw_close(w, '}');
      pm_jw_close(w, '}');
    }
    pm_jw_close(w, ']');
    pm_jw_open(w, "partialFingerprints", '{');
    pm_jw_str(w, "premortemItemId/v1", it->id);
    pm_jw_close(w, '}');
    if(it->status == PM_ST_WAIVED || it->status == PM_ST_ACCEPTED) {
      pm_jw_open(w, "suppressions", '[');
      pm_jw_open(w, NULL, '{');
      pm_jw_str(w, "kind", "external");
      pm_jw_str(w, "status", "accepted");
      pm_jw_str(w, "justification", it->st_note ? it->st_note : pm_state_status_name(it->status));
      pm_jw_close(w, '}');
      pm_jw_close(w, ']');
    }
    pm_jw_open(w, "properties", '{');
    pm_jw_str(w, "itemId", it->id);
    pm_jw_str(w, "status", pm_state_status_name(it->status));
    pm_jw_str(w, "owner", it->owner_name);
    pm_jw_str(w, "due", pm_item_due(it, due));
    pm_jw_str(w, "level", pm_level_text(e, it->res_level));
    pm_jw_bool(w, "blocking", it->blocking);
    pm_jw_close(w, '}');
    pm_jw_close(w, '}');
  }
  pm_jw_close(w, ']');
  pm_jw_close(w, '}');
  pm_free(rules);
  pm_free(uri);
  return PM_OK;
}

pm_status pm_write_sarif(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  jw w;
  size_t c;
  memset(&w, 0, sizeof w);
  w.b = b;
  pm_jw_open(&w, NULL, '{');
  pm_jw_str(&w, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
  pm_jw_str(&w, "version", "2.1.0");
  pm_jw_open(&w, "runs", '[');
  for(c = 0; c < n; c++)
    if(run(e, cls[c], &w) != PM_OK)
      return PM_ERR_NOMEM;
  pm_jw_close(&w, ']');
  pm_jw_close(&w, '}');
  pm_buf_addc(b, '\n');
  return PM_OK;
}
