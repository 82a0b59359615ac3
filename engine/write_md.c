/*
** write_md.c: Markdown: a task list grouped by owner, with due dates, ready
** to paste into an issue tracker.
*/
#include <string.h>

#include "alloc.h"
#include "write.h"

/*
** Text on one line, with Markdown's inline specials escaped: a backslash
** for the punctuation, entities for '<', '>' and '&' (which every
** renderer, CommonMark or not, reads back as the character).
*/
static void md_text(pm_buf *b, const char *s)
{
  for(; *s; s++) {
    if(*s == '\n' || *s == '\r')
      pm_buf_addc(b, ' ');
    else if(*s == '<')
      pm_buf_adds(b, "&lt;");
    else if(*s == '>')
      pm_buf_adds(b, "&gt;");
    else if(*s == '&')
      pm_buf_adds(b, "&amp;");
    else if(strchr("\\`*_[]|#", *s)) {
      pm_buf_addc(b, '\\');
      pm_buf_addc(b, *s);
    } else
      pm_buf_addc(b, *s);
  }
}

static void md_list(pm_buf *b, const char *label, const pm_strv *v)
{
  size_t i;
  pm_buf_addf(b, "    - %s\n", label);
  for(i = 0; i < v->n; i++) {
    pm_buf_adds(b, "        - ");
    md_text(b, v->v[i]);
    pm_buf_addc(b, '\n');
  }
}

static void md_item(const pm_engine *e, pm_buf *b, const pm_item *it)
{
  char due[16];
  size_t i;
  const char *d = pm_item_due(it, due);
  pm_buf_addf(b, "- [%c] **", pm_item_closed(it) ? 'x' : ' ');
  md_text(b, pm_item_title(it));
  pm_buf_addf(b, "** — due %s · %s · `%s`", d ? d : "(no launch date)", pm_level_text(e, it->res_level), it->id);
  if(it->blocking)
    pm_buf_adds(b, " · **blocking**");
  if(pm_item_closed(it)) {
    pm_buf_addf(b, " · %s by ", pm_state_status_name(it->status));
    md_text(b, it->st_by ? it->st_by : "?");
  }
  pm_buf_adds(b, "\n    - Could go wrong: ");
  md_text(b, pm_item_wrong(it));
  pm_buf_addc(b, '\n');
  md_list(b, "Causes:", pm_item_causes(it));
  md_list(b, "Prevent:", pm_item_prevent(it));
  md_list(b, "If it happens:", pm_item_respond(it));
  pm_buf_adds(b, "    - Evidence:");
  for(i = 0; i < it->nev; i++) {
    const pm_evidence *ev = &it->ev[i];
    pm_buf_adds(b, i ? "; " : " ");
    md_text(b, ev->source ? ev->source : pm_field_name(ev->field));
    if(ev->line > 0)
      pm_buf_addf(b, " %d:%d", ev->line, ev->col);
    pm_buf_adds(b, " “");
    md_text(b, ev->text);
    pm_buf_adds(b, "”");
  }
  pm_buf_addc(b, '\n');
  if(it->nmit) {
    pm_buf_adds(b, "    - Already done:");
    for(i = 0; i < it->nmit; i++) {
      pm_buf_adds(b, i ? "; " : " ");
      md_text(b, it->mit[i].text ? it->mit[i].text : "");
    }
    pm_buf_addc(b, '\n');
  }
}

pm_status pm_write_md(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  size_t c, i;
  for(c = 0; c < n; c++) {
    const pm_checklist *cl = cls[c];
    const pm_plan *p = cl->plan;
    const pm_item **v = pm_items_by_owner(cl);
    const char *owner = NULL;
    int started = 0;
    if(!v)
      return PM_ERR_NOMEM;
    if(c)
      pm_buf_addc(b, '\n');
    pm_buf_adds(b, "# Pre-mortem: ");
    md_text(b, p->title ? p->title : p->source);
    pm_buf_adds(b, "\n\n");
    pm_buf_addf(b, "Readiness **%d/100** (%s) · %zu items, %zu open, %zu blocking · gate: **%s**", cl->score.readiness,
                cl->score.grade ? cl->score.grade : "-", cl->nitems, cl->score.open, cl->score.blocking,
                cl->score.passed ? "passed" : "not passed");
    if(p->launch_date)
      pm_buf_addf(b, " · launch %s", p->launch_date);
    pm_buf_adds(b, "  \nPlan: `");
    md_text(b, p->source);
    pm_buf_adds(b, "`\n");
    if(!cl->nitems)
      pm_buf_adds(b, "\nNo risks found by the loaded rules.\n");
    for(i = 0; i < cl->nitems; i++) {
      const pm_item *it = v[i];
      if(!started || (owner == NULL) != (it->owner_name == NULL) || (owner && strcmp(owner, it->owner_name) != 0)) {
        owner = it->owner_name;
        started = 1;
        pm_buf_adds(b, "\n## ");
        if(owner) {
          md_text(b, owner);
          if(it->owner_role) {
            pm_buf_adds(b, " (");
            md_text(b, it->owner_role);
            pm_buf_adds(b, ")");
          }
        } else
          pm_buf_adds(b, "Unowned");
        pm_buf_adds(b, "\n\n");
      }
      md_item(e, b, it);
    }
    pm_free((void *)v);
  }
  return PM_OK;
}
