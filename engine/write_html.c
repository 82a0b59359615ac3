/*
** write_html.c: one self-contained page (no scripts, no network): the score,
** a severity x likelihood risk matrix drawn as SVG, the items by owner and
** each item's evidence.
*/
#include <string.h>

#include "alloc.h"
#include "write.h"

static void esc(pm_buf *b, const char *s)
{
  for(; s && *s; s++) {
    switch(*s) {
    case '&': pm_buf_adds(b, "&amp;"); break;
    case '<': pm_buf_adds(b, "&lt;"); break;
    case '>': pm_buf_adds(b, "&gt;"); break;
    case '"': pm_buf_adds(b, "&quot;"); break;
    case '\'': pm_buf_adds(b, "&#39;"); break;
    default: pm_buf_addc(b, *s);
    }
  }
}

/* Cell colours by level index, lowest first; levels past the table take the last colour. */
static const char *const colours[] = { "#cfe8cf", "#fbe7a1", "#f6b26b", "#e06666", "#a61c00" };

static const char *colour(int level)
{
  int n = (int)(sizeof colours / sizeof colours[0]);
  if(level < 0)
    return "#eeeeee";
  return colours[level < n ? level : n - 1];
}

/* The matrix: rows severity 5..1, columns likelihood 1..5; each cell counts open items at that residual risk. */
static void matrix(const pm_engine *e, const pm_checklist *cl, pm_buf *b)
{
  int s, l, count[5][5];
  size_t i;
  const int cell = 64, left = 110, top = 20;
  memset(count, 0, sizeof count);
  for(i = 0; i < cl->nitems; i++) {
    const pm_item *it = cl->items[i];
    if(!pm_item_closed(it))
      count[it->severity - 1][it->res_likelihood - 1]++;
  }
  pm_buf_addf(b, "<svg class=\"matrix\" role=\"img\" aria-label=\"Risk matrix of the open items\" "
                 "xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">\n",
              left + 5 * cell + 10, top + 5 * cell + 50, left + 5 * cell + 10, top + 5 * cell + 50);
  for(s = 5; s >= 1; s--) {
    int y = top + (5 - s) * cell;
    pm_buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"13\">severity %d</text>\n", left - 8,
                y + cell / 2 + 5, s);
    for(l = 1; l <= 5; l++) {
      int x = left + (l - 1) * cell, k = pm_engine_level(e, s, l);
      pm_buf_addf(b, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"2\">"
                     "<title>severity %d, likelihood %d: %s, %d open</title></rect>\n",
                  x, y, cell, cell, colour(k), s, l, pm_level_text(e, k), count[s - 1][l - 1]);
      if(count[s - 1][l - 1])
        pm_buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\">%d</text>\n",
                    x + cell / 2, y + cell / 2 + 7, count[s - 1][l - 1]);
    }
  }
  for(l = 1; l <= 5; l++)
    pm_buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">%d</text>\n",
                left + (l - 1) * cell + cell / 2, top + 5 * cell + 18, l);
  pm_buf_addf(b, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">likelihood (after mitigation)</text>\n",
              left + 5 * cell / 2, top + 5 * cell + 40);
  pm_buf_adds(b, "</svg>\n");
}

static void list(pm_buf *b, const char *heading, const pm_strv *v)
{
  size_t i;
  pm_buf_adds(b, "<h4>");
  esc(b, heading);
  pm_buf_adds(b, "</h4><ul>");
  for(i = 0; i < v->n; i++) {
    pm_buf_adds(b, "<li>");
    esc(b, v->v[i]);
    pm_buf_adds(b, "</li>");
  }
  pm_buf_adds(b, "</ul>\n");
}

static void item(const pm_engine *e, const pm_item *it, pm_buf *b)
{
  char due[16];
  size_t i;
  const char *d = pm_item_due(it, due);
  pm_buf_addf(b, "<article class=\"item%s\" id=\"", it->blocking ? " blocking" : "");
  esc(b, it->id);
  pm_buf_adds(b, "\">\n<h3>");
  esc(b, pm_item_title(it));
  pm_buf_addf(b, " <span class=\"level\" style=\"background:%s\">", colour(it->res_level));
  esc(b, pm_level_text(e, it->res_level));
  pm_buf_adds(b, "</span></h3>\n<p class=\"meta\"><code>");
  esc(b, it->id);
  pm_buf_addf(b, "</code> · due %s · %s%s</p>\n", d ? d : "(no launch date)", pm_state_status_name(it->status),
              it->blocking ? " · <strong>blocking</strong>" : "");
  pm_buf_adds(b, "<p>");
  esc(b, pm_item_wrong(it));
  pm_buf_adds(b, "</p>\n");
  list(b, "What could cause it", pm_item_causes(it));
  list(b, "What prevents it", pm_item_prevent(it));
  list(b, "If it happens anyway", pm_item_respond(it));
  pm_buf_adds(b, "<h4>Evidence in the plan</h4><ul class=\"evidence\">");
  for(i = 0; i < it->nev; i++) {
    const pm_evidence *ev = &it->ev[i];
    pm_buf_adds(b, "<li>");
    esc(b, ev->source ? ev->source : pm_field_name(ev->field));
    if(ev->line > 0)
      pm_buf_addf(b, " %d:%d", ev->line, ev->col);
    pm_buf_adds(b, ": <q>");
    esc(b, ev->text);
    pm_buf_adds(b, "</q></li>");
  }
  pm_buf_adds(b, "</ul>\n");
  if(it->nmit) {
    pm_buf_adds(b, "<h4>Already done</h4><ul>");
    for(i = 0; i < it->nmit; i++) {
      pm_buf_adds(b, "<li>");
      esc(b, it->mit[i].text);
      pm_buf_adds(b, "</li>");
    }
    pm_buf_adds(b, "</ul>\n");
  }
  pm_buf_adds(b, "</article>\n");
}

static void plan_section(const pm_engine *e, const pm_checklist *cl, pm_buf *b, const pm_item **v)
{
  const pm_plan *p = cl->plan;
  const char *owner = NULL;
  size_t i;
  int started = 0;
  pm_buf_adds(b, "<section class=\"plan\">\n<h1>Pre-mortem: ");
  esc(b, p->title ? p->title : p->source);
  pm_buf_adds(b, "</h1>\n<p class=\"score\">Readiness <strong>");
  pm_buf_addf(b, "%d/100</strong> (grade %s) · %zu items, %zu open, %zu blocking · gate: <strong>%s</strong>",
              cl->score.readiness, cl->score.grade ? cl->score.grade : "-", cl->nitems, cl->score.open,
              cl->score.blocking, cl->score.passed ? "passed" : "not passed");
  if(p->launch_date) {
    pm_buf_adds(b, " · launch ");
    esc(b, p->launch_date);
  }
  pm_buf_adds(b, "</p>\n<p class=\"source\">Plan: <code>");
  esc(b, p->source);
  pm_buf_adds(b, "</code></p>\n");
  matrix(e, cl, b);
  if(!cl->nitems)
    pm_buf_adds(b, "<p>No risks found by the loaded rules.</p>\n");
  for(i = 0; i < cl->nitems; i++) {
    const pm_item *it = v[i];
    if(!started || (owner == NULL) != (it->owner_name == NULL) || (owner && strcmp(owner, it->owner_name) != 0)) {
      owner = it->owner_name;
      started = 1;
      pm_buf_adds(b, "<h2 class=\"owner\">");
      if(owner) {
        esc(b, owner);
        if(it->owner_role) {
          pm_buf_adds(b, " <small>(");
          esc(b, it->owner_role);
          pm_buf_adds(b, ")</small>");
        }
      } else
        pm_buf_adds(b, "Unowned");
      pm_buf_adds(b, "</h2>\n");
    }
    item(e, it, b);
  }
  pm_buf_adds(b, "</section>\n");
}

pm_status pm_write_html(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  size_t c;
  pm_buf_adds(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Pre-mortem: ");
  esc(b, n == 1 ? (cls[0]->plan->title ? cls[0]->plan->title : cls[0]->plan->source) : "several plans");
  pm_buf_adds(b, "</title>\n<style>\n"
                 "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}\n"
                 "article{border-left:4px solid #ccc;padding:.2rem 1rem;margin:1rem 0}\n"
                 "article.blocking{border-left-color:#c0392b}\n"
                 ".level{font-size:.75rem;padding:.1rem .4rem;border-radius:.3rem;vertical-align:middle}\n"
                 ".meta{color:#555;font-size:.9rem}h4{margin:.6rem 0 .2rem}section.plan{margin-bottom:3rem}\n"
                 "</style>\n</head>\n<body>\n");
  for(c = 0; c < n; c++) {
    const pm_item **v = pm_items_by_owner(cls[c]);
    if(!v)
      return PM_ERR_NOMEM;
    plan_section(e, cls[c], b, v);
    pm_free((void *)v);
  }
  pm_buf_adds(b, "</body>\n</html>\n");
  return PM_OK;
}
