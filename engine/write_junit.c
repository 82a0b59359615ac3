/*
** write_junit.c: JUnit XML for CI systems: one test suite per plan, one
** test case per item; an open blocking item is a failure, an accepted or
** waived one is skipped with its note.
*/
#include <string.h>

#include "write.h"

/* XML 1.0 text: the five entities escaped, characters XML cannot carry dropped. */
static void esc(pm_buf *b, const char *s)
{
  for(; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    switch(c) {
    case '&': pm_buf_adds(b, "&amp;"); break;
    case '<': pm_buf_adds(b, "&lt;"); break;
    case '>': pm_buf_adds(b, "&gt;"); break;
    case '"': pm_buf_adds(b, "&quot;"); break;
    case '\'': pm_buf_adds(b, "&apos;"); break;
    case '\n': pm_buf_adds(b, "&#10;"); break;
    case '\t': pm_buf_adds(b, "&#9;"); break;
    case '\r': pm_buf_adds(b, "&#13;"); break;
    default:
      if(c >= 0x20)
        pm_buf_addc(b, (char)c);
    }
  }
}

static void failure_body(pm_buf *b, const pm_item *it)
{
  const pm_strv *v = pm_item_prevent(it);
  size_t i;
  esc(b, pm_item_wrong(it));
  pm_buf_adds(b, "&#10;Prevent:");
  for(i = 0; i < v->n; i++) {
    pm_buf_adds(b, "&#10;- ");
    esc(b, v->v[i]);
  }
  pm_buf_adds(b, "&#10;Owner: ");
  esc(b, it->owner_name ? it->owner_name : "nobody");
}

pm_status pm_write_junit(const pm_engine *e, const pm_checklist *const *cls, size_t n, pm_buf *b)
{
  size_t c, i, tests = 0, failures = 0;
  char due[16];
  (void)e;
  for(c = 0; c < n; c++) {
    tests += cls[c]->nitems;
    failures += cls[c]->score.blocking;
  }
  pm_buf_adds(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  pm_buf_addf(b, "<testsuites name=\"premortem\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", tests, failures);
  for(c = 0; c < n; c++) {
    const pm_checklist *cl = cls[c];
    size_t skipped = cl->score.waived + cl->score.accepted;
    pm_buf_adds(b, "  <testsuite name=\"");
    esc(b, cl->plan->title ? cl->plan->title : cl->plan->source);
    pm_buf_addf(b, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\" skipped=\"%zu\">\n", cl->nitems, cl->score.blocking,
                skipped);
    pm_buf_adds(b, "    <properties><property name=\"plan\" value=\"");
    esc(b, cl->plan->source);
    pm_buf_addf(b, "\"/><property name=\"readiness\" value=\"%d\"/><property name=\"gate\" value=\"%s\"/></properties>\n",
                cl->score.readiness, cl->score.passed ? "passed" : "failed");
    for(i = 0; i < cl->nitems; i++) {
      const pm_item *it = cl->items[i];
      const char *d = pm_item_due(it, due);
      pm_buf_adds(b, "    <testcase classname=\"");
      esc(b, it->rule->pack);
      pm_buf_adds(b, "\" name=\"");
      esc(b, it->id);
      pm_buf_adds(b, "\">");
      if(it->blocking) {
        pm_buf_adds(b, "\n      <failure type=\"blocking\" message=\"");
        esc(b, pm_item_title(it));
        if(d)
          pm_buf_addf(b, " (due %s)", d);
        pm_buf_adds(b, "\">");
        failure_body(b, it);
        pm_buf_adds(b, "</failure>\n    ");
      } else if(it->status == PM_ST_WAIVED || it->status == PM_ST_ACCEPTED) {
        pm_buf_addf(b, "\n      <skipped message=\"%s: ", pm_state_status_name(it->status));
        esc(b, it->st_note ? it->st_note : "");
        pm_buf_adds(b, "\"/>\n    ");
      }
      pm_buf_adds(b, "</testcase>\n");
    }
    pm_buf_adds(b, "  </testsuite>\n");
  }
  pm_buf_adds(b, "</testsuites>\n");
  return PM_OK;
}
